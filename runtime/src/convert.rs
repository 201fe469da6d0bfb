//! Conversions between heap values and plain data: IR constants,
//! [`HostValue`]s (inputs, capability arguments and results).

use crate::classes::ClassId;
use crate::dict::Dict;
use crate::heap::Heap;
use crate::host_value::HostValue;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::Value;
use num_bigint::BigInt;
use pycps_ir::Const;

/// Materialises an IR constant.
pub fn const_value(heap: &mut Heap, c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => bigint_value(heap, b.clone()),
        Const::Float(f) => Value::Float(*f),
        Const::Str(s) => heap.str(s.clone()),
        Const::Bytes(b) => Value::Obj(heap.alloc(Object::Bytes(b.clone()))),
        Const::Ellipsis => Value::Obj(heap.alloc(Object::Ellipsis)),
    }
}

/// An int value, normalised to `Value::Int` when it fits.
pub fn bigint_value(heap: &mut Heap, b: BigInt) -> Value {
    match i64::try_from(&b) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::Obj(heap.alloc(Object::BigInt(b))),
    }
}

impl Interp {
    /// Host data to a heap value.
    pub fn from_host(&mut self, h: &HostValue) -> PyResult<Value> {
        Ok(match h {
            HostValue::None => Value::None,
            HostValue::Bool(b) => Value::Bool(*b),
            HostValue::Int(i) => Value::Int(*i),
            HostValue::BigInt(b) => bigint_value(&mut self.heap, b.clone()),
            HostValue::Float(f) => Value::Float(*f),
            HostValue::Str(s) | HostValue::Other(s) => self.heap.str(s.clone()),
            HostValue::Bytes(b) => Value::Obj(self.heap.alloc(Object::Bytes(b.clone()))),
            HostValue::List(items) => {
                let vals = items
                    .iter()
                    .map(|i| self.from_host(i))
                    .collect::<PyResult<Vec<_>>>()?;
                self.heap.list(vals)
            }
            HostValue::Tuple(items) => {
                let vals = items
                    .iter()
                    .map(|i| self.from_host(i))
                    .collect::<PyResult<Vec<_>>>()?;
                self.heap.tuple(vals)
            }
            HostValue::Dict(pairs) => {
                let d = Value::Obj(self.heap.alloc(Object::Dict(Dict::new())));
                for (k, v) in pairs {
                    let k = self.from_host(k)?;
                    let v = self.from_host(v)?;
                    self.dict_set(d, k, v)?;
                }
                d
            }
        })
    }

    /// A heap value to host data (`Other(repr)` for non-data objects).
    pub fn value_to_host(&mut self, v: Value) -> HostValue {
        self.host_depth(v, 0)
    }

    fn host_depth(&mut self, v: Value, depth: usize) -> HostValue {
        if depth > 200 {
            return HostValue::Other("...".into());
        }
        match v {
            Value::Unbound | Value::None => HostValue::None,
            Value::Bool(b) => HostValue::Bool(b),
            Value::Int(i) => HostValue::Int(i),
            Value::Float(f) => HostValue::Float(f),
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => HostValue::Str(s.clone()),
                Object::Bytes(b) | Object::ByteArray(b) => HostValue::Bytes(b.clone()),
                Object::BigInt(b) => HostValue::BigInt(b.clone()),
                Object::List(items) => {
                    let items = items.clone();
                    HostValue::List(
                        items
                            .into_iter()
                            .map(|i| self.host_depth(i, depth + 1))
                            .collect(),
                    )
                }
                Object::Tuple(items) => {
                    let items = items.clone();
                    HostValue::Tuple(
                        items
                            .into_iter()
                            .map(|i| self.host_depth(i, depth + 1))
                            .collect(),
                    )
                }
                Object::Dict(d) => {
                    let pairs: Vec<_> = d.iter().map(|e| (e.key, e.value)).collect();
                    HostValue::Dict(
                        pairs
                            .into_iter()
                            .map(|(k, v)| {
                                (self.host_depth(k, depth + 1), self.host_depth(v, depth + 1))
                            })
                            .collect(),
                    )
                }
                Object::Set(d) | Object::FrozenSet(d) => {
                    let keys: Vec<_> = d.iter().map(|e| e.key).collect();
                    HostValue::List(
                        keys.into_iter()
                            .map(|k| self.host_depth(k, depth + 1))
                            .collect(),
                    )
                }
                _ => HostValue::Other(self.repr_lossy(v)),
            },
        }
    }

    /// The exception a failed capability call raises.
    pub fn capability_exception(&mut self, e: &crate::capability::CapabilityError) -> Value {
        let cls = ClassId::exception_by_name(&e.type_name).unwrap_or(ClassId::RuntimeError);
        let m = self.heap.str(e.message.clone());
        self.new_exception(cls, vec![m])
    }
}
