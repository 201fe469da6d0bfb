//! Operators and class-level attributes of the `collections` types:
//! `Counter` arithmetic (`+ - | &`, their in-place forms, unary `+`/`-`),
//! `deque` concatenation and repetition, the equality rules CPython gives
//! `OrderedDict` (order-sensitive between two of them), `deque` and
//! namedtuples (equal to tuples with the same items), `defaultdict`'s
//! `default_factory`, and `OrderedDict.fromkeys`-style class methods.
//!
//! Counter results follow CPython's `Counter.__add__` etc.: only positive
//! counts are kept, in the order "keys of the left operand, then new keys
//! of the right one".

use super::collections::{deque_push, flavor_of, set_flavor, DequeObj, DictFlavor};
use super::native::NativeObj;
use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use pycps_ir::{BinaryOp, CompareOp, UnaryOp};

fn is_counter(it: &Interp, v: Value) -> bool {
    matches!(flavor_of(it, v), Some(DictFlavor::Counter))
}

fn obj(v: Value) -> ObjRef {
    v.as_obj().unwrap_or(ClassId::Object.obj())
}

impl Interp {
    fn new_counter(&mut self) -> Value {
        let d = self.new_dict();
        set_flavor(self, d, DictFlavor::Counter);
        d
    }

    fn count_of(&mut self, c: Value, k: Value) -> PyResult<Value> {
        Ok(self.dict_get(obj(c), k)?.unwrap_or(Value::Int(0)))
    }

    fn gt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let r = self.compare(CompareOp::Gt, a, b)?;
        self.truthy(r)
    }

    fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let r = self.compare(CompareOp::Lt, a, b)?;
        self.truthy(r)
    }

    /// `a op b` for `collections` operands (`None`: not theirs).
    pub fn collections_binary(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        if is_counter(self, a) && is_counter(self, b) {
            return self.counter_binary(op, a, b, inplace);
        }
        self.deque_binary(op, a, b, inplace)
    }

    fn counter_binary(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        if !matches!(
            op,
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::BitOr | BinaryOp::BitAnd
        ) {
            return Ok(None);
        }
        let zero = Value::Int(0);
        let left = self.dict_entries(obj(a));
        let right = self.dict_entries(obj(b));
        let mut out: Vec<(Value, Value)> = Vec::new();
        for &(k, n) in &left {
            let m = self.count_of(b, k)?;
            let v = match op {
                BinaryOp::Add => self.binary(BinaryOp::Add, n, m, false)?,
                BinaryOp::Sub => self.binary(BinaryOp::Sub, n, m, false)?,
                BinaryOp::BitOr => {
                    if self.lt(n, m)? {
                        m
                    } else {
                        n
                    }
                }
                _ => {
                    if self.lt(n, m)? {
                        n
                    } else {
                        m
                    }
                }
            };
            out.push((k, v));
        }
        if op != BinaryOp::BitAnd {
            for &(k, m) in &right {
                if self.dict_get(obj(a), k)?.is_some() {
                    continue;
                }
                let v = match op {
                    BinaryOp::Sub => self.binary(BinaryOp::Sub, zero, m, false)?,
                    _ => m,
                };
                out.push((k, v));
            }
        }
        let mut keep = Vec::with_capacity(out.len());
        for (k, v) in out {
            if self.gt(v, zero)? {
                keep.push((k, v));
            }
        }
        let target = if inplace {
            for (k, _) in left {
                self.dict_remove(obj(a), k)?;
            }
            a
        } else {
            self.new_counter()
        };
        for (k, v) in keep {
            self.dict_set(target, k, v)?;
        }
        Ok(Some(target))
    }

    /// `deque + deque`, `deque * n`, `deque += iterable`, `deque *= n`.
    fn deque_binary(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let deque = |it: &Interp, v: Value| match v.as_obj().and_then(|r| it.native(r)) {
            Some(NativeObj::Deque(d)) => Some((**d).clone()),
            _ => None,
        };
        let (da, db) = (deque(self, a), deque(self, b));
        let result = match (op, da, db) {
            (BinaryOp::Add, Some(mut d), Some(e)) => {
                for v in e.items {
                    deque_push(&mut d, v, false);
                }
                d
            }
            (BinaryOp::Add, Some(mut d), None) if inplace => {
                for v in self.iterate(b)? {
                    deque_push(&mut d, v, false);
                }
                d
            }
            (BinaryOp::Add, Some(_), None) => {
                let t = self.heap.type_name(b);
                return Err(
                    self.type_error(format!("can only concatenate deque (not \"{t}\") to deque"))
                );
            }
            (BinaryOp::Mul, Some(d), None) | (BinaryOp::Mul, None, Some(d)) => {
                let n = if matches!(self.native_of(a), Some(NativeObj::Deque(_))) {
                    b
                } else {
                    a
                };
                let Some(n) = self.index_value(n) else {
                    return Ok(None);
                };
                let len = d.items.len() * n.max(0) as usize;
                self.reserve(len.min(d.maxlen.unwrap_or(len)) * 16)?;
                let mut out = DequeObj {
                    items: Default::default(),
                    maxlen: d.maxlen,
                };
                for _ in 0..n.max(0) {
                    for &v in &d.items {
                        deque_push(&mut out, v, false);
                    }
                }
                out
            }
            _ => return Ok(None),
        };
        if inplace {
            if let Some(r) = a.as_obj() {
                if let Object::Native(n) = self.heap.get_mut(r) {
                    if let NativeObj::Deque(d) = &mut **n {
                        **d = result;
                        return Ok(Some(a));
                    }
                }
            }
        }
        Ok(Some(self.alloc_native(NativeObj::Deque(Box::new(result)))))
    }

    fn native_of(&self, v: Value) -> Option<&NativeObj> {
        v.as_obj().and_then(|r| self.native(r))
    }

    /// Unary `+c` / `-c` on a `Counter` (`None`: not one).
    pub fn collections_unary(&mut self, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
        if !is_counter(self, v) || !matches!(op, UnaryOp::Pos | UnaryOp::Neg) {
            return Ok(None);
        }
        let zero = Value::Int(0);
        let out = self.new_counter();
        for (k, n) in self.dict_entries(obj(v)) {
            if op == UnaryOp::Pos && self.gt(n, zero)? {
                self.dict_set(out, k, n)?;
            } else if op == UnaryOp::Neg && self.lt(n, zero)? {
                let m = self.binary(BinaryOp::Sub, zero, n, false)?;
                self.dict_set(out, k, m)?;
            }
        }
        Ok(Some(out))
    }

    /// `a == b` where CPython's rule for a `collections` type differs from
    /// the plain one (`None`: not such a pair). `eq` compares two items.
    pub fn collections_eq(
        &mut self,
        a: Value,
        b: Value,
        eq: &mut dyn FnMut(&mut Interp, Value, Value) -> PyResult<bool>,
    ) -> PyResult<Option<bool>> {
        let od = |it: &Interp, v: Value| matches!(flavor_of(it, v), Some(DictFlavor::OrderedDict));
        if od(self, a) && od(self, b) {
            let (x, y) = (self.dict_entries(obj(a)), self.dict_entries(obj(b)));
            if x.len() != y.len() {
                return Ok(Some(false));
            }
            for ((k1, v1), (k2, v2)) in x.into_iter().zip(y) {
                if !eq(self, k1, k2)? || !eq(self, v1, v2)? {
                    return Ok(Some(false));
                }
            }
            return Ok(Some(true));
        }
        let seq = |it: &Interp, v: Value| -> Option<(u8, Vec<Value>)> {
            match it.heap.obj(v)? {
                Object::Tuple(items) => Some((0, items.clone())),
                Object::Native(n) => match &**n {
                    NativeObj::NtInst { values, .. } => Some((0, values.clone())),
                    NativeObj::Deque(d) => Some((1, d.items.iter().copied().collect())),
                    _ => None,
                },
                _ => None,
            }
        };
        let is_std = |it: &Interp, v: Value| {
            matches!(
                it.native_of(v),
                Some(NativeObj::NtInst { .. } | NativeObj::Deque(_))
            )
        };
        if !is_std(self, a) && !is_std(self, b) {
            return Ok(None);
        }
        let (Some((ka, x)), Some((kb, y))) = (seq(self, a), seq(self, b)) else {
            return Ok(Some(false));
        };
        if ka != kb || x.len() != y.len() {
            return Ok(Some(false));
        }
        for (p, q) in x.into_iter().zip(y) {
            if !p.is(q) && !eq(self, p, q)? {
                return Ok(Some(false));
            }
        }
        Ok(Some(true))
    }

    /// Data attributes of flavored dicts (`defaultdict.default_factory`).
    pub fn flavored_dict_attr(&mut self, r: ObjRef, name: &str) -> Option<Value> {
        match (flavor_of(self, Value::Obj(r))?, name) {
            (DictFlavor::DefaultDict(f), "default_factory") => Some(f),
            _ => None,
        }
    }

    /// `cls.fromkeys(iterable[, value])` for a dict class `cls`.
    pub fn dict_class_fromkeys(&mut self, cls: ClassId, args: &[Value]) -> PyResult<Value> {
        if cls == ClassId::Counter {
            return Err(self.err(
                ClassId::NotImplementedError,
                "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
            ));
        }
        self.arity("fromkeys", args, 1, 2)?;
        let keys = self.iterate(args[0])?;
        let v = args.get(1).copied().unwrap_or(Value::None);
        let d = self.new_dict();
        for k in keys {
            self.dict_set(d, k, v)?;
        }
        match cls {
            ClassId::OrderedDict => set_flavor(self, d, DictFlavor::OrderedDict),
            ClassId::DefaultDict => set_flavor(self, d, DictFlavor::DefaultDict(Value::None)),
            _ => {}
        }
        Ok(d)
    }
}
