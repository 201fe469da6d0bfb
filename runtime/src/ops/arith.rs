//! Arithmetic and bitwise operators, unary operators, truthiness.
//!
//! `Int op Int` is the hot path (checked `i64` arithmetic, overflowing to
//! big ints); everything else goes through `binary_slow`. Error messages
//! match CPython 3.11.

use crate::classes::ClassId;
use crate::convert::bigint_value;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use pycps_ir::{BinaryOp, UnaryOp};

/// Largest big-int result (in bits) we agree to compute.
const MAX_INT_BITS: u64 = 1 << 26;

/// `Int op Int` without allocation; `None` when the result needs the slow
/// path (overflow, division by zero, negative power...).
#[inline]
pub fn int_fast(op: BinaryOp, a: i64, b: i64) -> Option<Value> {
    Some(match op {
        BinaryOp::Add => Value::Int(a.checked_add(b)?),
        BinaryOp::Sub => Value::Int(a.checked_sub(b)?),
        BinaryOp::Mul => Value::Int(a.checked_mul(b)?),
        BinaryOp::FloorDiv => {
            if b == 0 {
                return None;
            }
            let q = a.checked_div(b)?;
            let q = if (a % b != 0) && ((a < 0) != (b < 0)) {
                q - 1
            } else {
                q
            };
            Value::Int(q)
        }
        BinaryOp::Mod => {
            if b == 0 {
                return None;
            }
            let r = a.checked_rem(b)?;
            Value::Int(if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            })
        }
        BinaryOp::BitAnd => Value::Int(a & b),
        BinaryOp::BitOr => Value::Int(a | b),
        BinaryOp::BitXor => Value::Int(a ^ b),
        BinaryOp::TrueDiv => {
            if b == 0 {
                return None;
            }
            Value::Float(a as f64 / b as f64)
        }
        BinaryOp::LShift => {
            if !(0..64).contains(&b) {
                return None;
            }
            let r = a.checked_shl(b as u32)?;
            if r >> b != a {
                return None;
            }
            Value::Int(r)
        }
        BinaryOp::RShift => {
            if b < 0 {
                return None;
            }
            Value::Int(a >> b.min(63))
        }
        BinaryOp::Pow => {
            if !(0..=u32::MAX as i64).contains(&b) {
                return None;
            }
            Value::Int(a.checked_pow(b as u32)?)
        }
        BinaryOp::MatMul => return None,
    })
}

enum Num {
    Int(BigInt),
    Float(f64),
}

impl Interp {
    fn num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Bool(b) => Some(Num::Int(BigInt::from(b as i64))),
            Value::Int(i) => Some(Num::Int(BigInt::from(i))),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => Some(Num::Int(b.clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// A value as an `f64` if it is a number (`OverflowError` for huge ints).
    pub fn to_f64(&mut self, v: Value) -> PyResult<Option<f64>> {
        Ok(match v {
            Value::Bool(b) => Some(b as i64 as f64),
            Value::Int(i) => Some(i as f64),
            Value::Float(f) => Some(f),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => match b.to_f64() {
                    Some(f) if f.is_finite() => Some(f),
                    _ => {
                        return Err(
                            self.err(ClassId::OverflowError, "int too large to convert to float")
                        )
                    }
                },
                _ => None,
            },
            _ => None,
        })
    }

    /// `lhs op rhs` (`inplace` for `op=`).
    pub fn binary(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(v) = int_fast(op, x, y) {
                return Ok(v);
            }
        }
        self.binary_slow(op, a, b, inplace)
    }

    fn binary_slow(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        if self.is_user_obj(a) || self.is_user_obj(b) {
            if let Some(v) = self.binary_dunder(op, a, b, inplace)? {
                return Ok(v);
            }
        }
        // Bools with bitwise operators stay bools.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinaryOp::BitAnd => return Ok(Value::Bool(x & y)),
                BinaryOp::BitOr => return Ok(Value::Bool(x | y)),
                BinaryOp::BitXor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return match (x, y) {
                (Num::Int(x), Num::Int(y)) => self.bigint_op(op, x, y, a, b, inplace),
                (x, y) => {
                    let fx = match x {
                        Num::Float(f) => f,
                        Num::Int(_) => self.to_f64(a)?.unwrap_or(0.0),
                    };
                    let fy = match y {
                        Num::Float(f) => f,
                        Num::Int(_) => self.to_f64(b)?.unwrap_or(0.0),
                    };
                    self.float_op(op, fx, fy, a, b, inplace)
                }
            };
        }
        if let Some(v) = self.collections_binary(op, a, b, inplace)? {
            return Ok(v);
        }
        if let Some(v) = self.sequence_op(op, a, b, inplace)? {
            return Ok(v);
        }
        Err(self.unsupported(op, a, b, inplace))
    }

    pub fn unsupported(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> crate::interp::Raise {
        let (ta, tb) = (self.heap.type_name(a), self.heap.type_name(b));
        let eq = if inplace { "=" } else { "" };
        if op == BinaryOp::Pow && !inplace {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}{eq}: '{ta}' and '{tb}'",
            op.symbol()
        ))
    }

    fn bigint_op(
        &mut self,
        op: BinaryOp,
        x: BigInt,
        y: BigInt,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => {
                if x.bits() + y.bits() > MAX_INT_BITS {
                    return Err(self.err(ClassId::MemoryError, ""));
                }
                x * y
            }
            BinaryOp::FloorDiv | BinaryOp::Mod => {
                if y.is_zero() {
                    return Err(self.err(
                        ClassId::ZeroDivisionError,
                        if op == BinaryOp::Mod {
                            "integer modulo by zero"
                        } else {
                            "integer division or modulo by zero"
                        },
                    ));
                }
                if op == BinaryOp::FloorDiv {
                    x.div_floor(&y)
                } else {
                    x.mod_floor(&y)
                }
            }
            BinaryOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.err(ClassId::ZeroDivisionError, "division by zero"));
                }
                // Correctly rounded, as CPython's `long_true_divide`.
                return match crate::text::int_true_div(&x, &y) {
                    Ok(q) => Ok(Value::Float(q)),
                    Err(e) => Err(self.text_error(e)),
                };
            }
            BinaryOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.err(
                            ClassId::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    // CPython converts both operands to float first.
                    const TOO_LARGE: &str = "int too large to convert to float";
                    let (fx, fy) = (x.to_f64(), y.to_f64());
                    return match (fx, fy) {
                        (Some(fx), Some(fy)) if fx.is_finite() && fy.is_finite() => {
                            Ok(Value::Float(fx.powf(fy)))
                        }
                        _ => Err(self.err(ClassId::OverflowError, TOO_LARGE)),
                    };
                }
                let e = match y.to_u32() {
                    Some(e) => e,
                    None => {
                        if x.abs() <= BigInt::from(1) {
                            0
                        } else {
                            return Err(self.err(ClassId::MemoryError, ""));
                        }
                    }
                };
                if x.abs() <= BigInt::from(1) {
                    if x.is_zero() {
                        return Ok(Value::Int(if y.is_zero() { 1 } else { 0 }));
                    }
                    if x.is_negative() && y.is_odd() {
                        return Ok(Value::Int(-1));
                    }
                    return Ok(Value::Int(1));
                }
                if x.bits().saturating_mul(e as u64) > MAX_INT_BITS {
                    return Err(self.err(ClassId::MemoryError, ""));
                }
                num_traits::pow(x, e as usize)
            }
            BinaryOp::LShift | BinaryOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_u64().unwrap_or(u64::MAX);
                if op == BinaryOp::LShift {
                    if x.is_zero() {
                        return Ok(Value::Int(0));
                    }
                    if x.bits().saturating_add(s) > MAX_INT_BITS {
                        return Err(self.err(ClassId::MemoryError, ""));
                    }
                    x << s
                } else if s > x.bits() {
                    BigInt::from(if x.is_negative() { -1 } else { 0 })
                } else {
                    // Arithmetic shift (floor).
                    x.div_floor(&(BigInt::from(1) << s))
                }
            }
            BinaryOp::BitAnd => x & y,
            BinaryOp::BitOr => x | y,
            BinaryOp::BitXor => x ^ y,
            BinaryOp::MatMul => return Err(self.unsupported(op, a, b, inplace)),
        };
        Ok(bigint_value(&mut self.heap, r))
    }

    fn float_op(
        &mut self,
        op: BinaryOp,
        x: f64,
        y: f64,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        Ok(Value::Float(match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.err(ClassId::ZeroDivisionError, "float division by zero"));
                }
                x / y
            }
            BinaryOp::FloorDiv => {
                if y == 0.0 {
                    return Err(
                        self.err(ClassId::ZeroDivisionError, "float floor division by zero")
                    );
                }
                float_divmod(x, y).0
            }
            BinaryOp::Mod => {
                if y == 0.0 {
                    return Err(self.err(ClassId::ZeroDivisionError, "float modulo"));
                }
                float_divmod(x, y).1
            }
            BinaryOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.err(
                        ClassId::ZeroDivisionError,
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.err(
                        ClassId::OverflowError,
                        "(34, 'Numerical result out of range')",
                    ));
                }
                r
            }
            _ => return Err(self.unsupported(op, a, b, inplace)),
        }))
    }

    /// `+`, `*`, `%`, `|`, `&`, `-`, `^` on sequences, strings, dicts and sets.
    fn sequence_op(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        if matches!(op, BinaryOp::Add | BinaryOp::Mul) {
            if let Some(t) = self.namedtuple_as_tuple(a) {
                return self.sequence_op(op, t, b, inplace);
            }
            if let Some(t) = self.namedtuple_as_tuple(b) {
                return self.sequence_op(op, a, t, inplace);
            }
        }
        let (Some(ca), cb) = (
            a.as_obj().map(|r| self.heap.get(r).class()),
            self.heap.class_of(b),
        ) else {
            // a is an immediate: only `int * seq` remains.
            if op == BinaryOp::Mul && matches!(a, Value::Int(_) | Value::Bool(_)) {
                return self.repeat(b, a);
            }
            return Ok(None);
        };
        match op {
            BinaryOp::Add if matches!(ca, ClassId::Bytes | ClassId::ByteArray) => {
                self.bytes_concat(a, b, inplace)
            }
            BinaryOp::Add => {
                if ca != cb {
                    return match ca {
                        ClassId::Str | ClassId::List | ClassId::Tuple | ClassId::Bytes => {
                            if ca == ClassId::List && inplace {
                                // list += iterable extends in place.
                                let items = self.iterate(b)?;
                                return self.list_extend_values(a, items).map(|_| Some(a));
                            }
                            let tb = self.heap.type_name(b);
                            Err(self.type_error(format!(
                                "can only concatenate {} (not \"{tb}\") to {}",
                                ca.name(),
                                ca.name()
                            )))
                        }
                        _ => Ok(None),
                    };
                }
                let r = match (
                    self.heap.get(a.as_obj().unwrap_or(crate::value::ObjRef(0))),
                    self.heap.obj(b),
                ) {
                    (Object::Str(x), Some(Object::Str(y))) => {
                        let mut s = String::with_capacity(x.len() + y.len());
                        s.push_str(x);
                        s.push_str(y);
                        Object::Str(s)
                    }
                    (Object::List(x), Some(Object::List(y))) => {
                        if inplace {
                            let y = y.clone();
                            return self.list_extend_values(a, y).map(|_| Some(a));
                        }
                        Object::List(x.iter().chain(y.iter()).copied().collect())
                    }
                    (Object::Tuple(x), Some(Object::Tuple(y))) => {
                        Object::Tuple(x.iter().chain(y.iter()).copied().collect())
                    }
                    _ => return Ok(None),
                };
                Ok(Some(Value::Obj(self.heap.alloc(r))))
            }
            BinaryOp::Mul => {
                if matches!(b, Value::Int(_) | Value::Bool(_)) || cb == ClassId::Int {
                    if inplace && ca == ClassId::List {
                        let r = self.repeat(a, b)?;
                        if let Some(Value::Obj(rr)) = r {
                            if let (Object::List(items), Some(ar)) =
                                (self.heap.get(rr).clone(), a.as_obj())
                            {
                                if let Object::List(l) = self.heap.get_mut(ar) {
                                    *l = items;
                                }
                                return Ok(Some(a));
                            }
                        }
                        return Ok(r);
                    }
                    return self.repeat(a, b);
                }
                if matches!(ca, ClassId::Int)
                    && matches!(
                        cb,
                        ClassId::Str
                            | ClassId::List
                            | ClassId::Tuple
                            | ClassId::Bytes
                            | ClassId::ByteArray
                    )
                {
                    return self.repeat(b, a);
                }
                if matches!(
                    ca,
                    ClassId::Str
                        | ClassId::List
                        | ClassId::Tuple
                        | ClassId::Bytes
                        | ClassId::ByteArray
                ) {
                    let tb = cb.name();
                    return Err(self
                        .type_error(format!("can't multiply sequence by non-int of type '{tb}'")));
                }
                Ok(None)
            }
            BinaryOp::Mod if ca == ClassId::Str => self.percent_format(a, b).map(Some),
            BinaryOp::BitOr if ca == ClassId::Dict && cb == ClassId::Dict => {
                let target = if inplace { a } else { self.dict_copy(a)? };
                self.dict_update_from(target, b)?;
                Ok(Some(target))
            }
            BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor
                if matches!(ca, ClassId::Set | ClassId::FrozenSet)
                    && matches!(cb, ClassId::Set | ClassId::FrozenSet | ClassId::DictKeys) =>
            {
                self.set_binary(op, a, b, inplace).map(Some)
            }
            BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor
                if matches!(ca, ClassId::DictKeys | ClassId::DictItems)
                    || matches!(cb, ClassId::DictKeys | ClassId::DictItems) =>
            {
                self.dict_view_binary(op, a, b).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// `seq * n`.
    fn repeat(&mut self, seq: Value, n: Value) -> PyResult<Option<Value>> {
        let n = match n {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ => {
                return Err(self.err(
                    ClassId::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        };
        let n = n.max(0) as usize;
        let Some(r) = seq.as_obj() else {
            return Ok(None);
        };
        let unit = match self.heap.get(r) {
            Object::Str(s) => s.len(),
            Object::Bytes(b) | Object::ByteArray(b) => b.len(),
            Object::List(v) | Object::Tuple(v) => v.len() * 16,
            _ => return Ok(None),
        };
        self.reserve(unit.saturating_mul(n))?;
        let obj = match self.heap.get(r) {
            Object::Str(s) => Object::Str(s.repeat(n)),
            Object::Bytes(b) => Object::Bytes(b.repeat(n)),
            Object::ByteArray(b) => Object::ByteArray(b.repeat(n)),
            Object::List(v) => Object::List(v.repeat(n)),
            Object::Tuple(v) => Object::Tuple(v.repeat(n)),
            _ => return Ok(None),
        };
        Ok(Some(Value::Obj(self.heap.alloc(obj))))
    }

    /// Unary operators.
    pub fn unary(&mut self, op: UnaryOp, v: Value) -> PyResult<Value> {
        if op != UnaryOp::Not && self.is_user_obj(v) {
            let name = match op {
                UnaryOp::Neg => "__neg__",
                UnaryOp::Pos => "__pos__",
                _ => "__invert__",
            };
            if let Some(r) = self.call_special(v, name, &[])? {
                return Ok(r);
            }
        }
        if let Some(r) = self.collections_unary(op, v)? {
            return Ok(r);
        }
        match (op, v) {
            (UnaryOp::Not, v) => Ok(Value::Bool(!self.truthy(v)?)),
            (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Ok(Value::Int(n)),
                None => Ok(bigint_value(&mut self.heap, -BigInt::from(i))),
            },
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(b as i64))),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::Float(_)) => Ok(v),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(b as i64))),
            (op, Value::Obj(r)) if matches!(self.heap.get(r), Object::BigInt(_)) => {
                let Object::BigInt(b) = self.heap.get(r) else {
                    unreachable!()
                };
                let b = b.clone();
                let res = match op {
                    UnaryOp::Neg => -b,
                    UnaryOp::Pos => b,
                    _ => -b - 1,
                };
                Ok(bigint_value(&mut self.heap, res))
            }
            _ => {
                let sym = match op {
                    UnaryOp::Neg => "-",
                    UnaryOp::Pos => "+",
                    UnaryOp::Invert => "~",
                    UnaryOp::Not => "not",
                };
                let t = self.heap.type_name(v);
                Err(self.type_error(format!("bad operand type for unary {sym}: '{t}'")))
            }
        }
    }

    /// Python truthiness.
    #[inline]
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::Unbound | Value::None => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => !s.is_empty(),
                Object::Native(_) => self.native_len(r).is_none_or(|n| n > 0),
                Object::Bytes(b) | Object::ByteArray(b) => !b.is_empty(),
                Object::BigInt(b) => {
                    let zero = num_traits::Zero::is_zero(b);
                    if self.heap.header(r).is_some() {
                        if let Some(t) = self.user_truthy(v)? {
                            return Ok(t);
                        }
                    }
                    !zero
                }
                Object::List(v) | Object::Tuple(v) => !v.is_empty(),
                Object::Dict(d) => !d.is_empty(),
                Object::Set(t) | Object::FrozenSet(t) => !t.is_empty(),
                Object::Range(rg) => !rg.is_empty(),
                Object::BigRange(rg) => rg.len() != num_bigint::BigInt::from(0),
                Object::DictView(d, _) => match self.heap.get(*d) {
                    Object::Dict(d) => !d.is_empty(),
                    _ => true,
                },
                Object::Instance(_) => return self.user_truthy(v).map(|t| t.unwrap_or(true)),
                _ => true,
            },
        })
    }
}

/// Python's float `divmod` (floor semantics, sign of the divisor).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}
