//! Equality, ordering and membership (hashing lives in `hash`).
//!
//! Heap-level equality is `&Heap` only so dict lookups can use it while
//! borrowing the dict. Deeply nested structures stop at `MAX_DEPTH`
//! (equal/unhashable answers are then conservative) rather than overflow
//! the Rust stack.

use crate::heap::Heap;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pycps_ir::CompareOp;
use std::cmp::Ordering;

const MAX_DEPTH: usize = 500;
impl Heap {
    /// Python `==` for built-in values.
    pub fn eq(&self, a: Value, b: Value) -> bool {
        self.eq_depth(a, b, 0)
    }

    fn eq_depth(&self, a: Value, b: Value, depth: usize) -> bool {
        use Value::*;
        match (a, b) {
            (Int(x), Int(y)) => x == y,
            (Obj(x), Obj(y)) if x == y => true,
            (None, None) | (Unbound, Unbound) => true,
            (Bool(x), Bool(y)) => x == y,
            (Int(x), Bool(y)) | (Bool(y), Int(x)) => x == y as i64,
            (Float(x), Float(y)) => x == y,
            (Float(x), Int(y)) | (Int(y), Float(x)) => int_float_eq(y, x),
            (Float(x), Bool(y)) | (Bool(y), Float(x)) => x == y as i64 as f64,
            (Obj(x), Obj(y)) => {
                if depth > MAX_DEPTH {
                    return false;
                }
                match (self.get(x), self.get(y)) {
                    (Object::Str(s), Object::Str(t)) => s == t,
                    (Object::BigInt(s), Object::BigInt(t)) => s == t,
                    (
                        Object::Bytes(s) | Object::ByteArray(s),
                        Object::Bytes(t) | Object::ByteArray(t),
                    ) => s == t,
                    (Object::List(s), Object::List(t)) | (Object::Tuple(s), Object::Tuple(t)) => {
                        s.len() == t.len()
                            && s.iter()
                                .zip(t.iter())
                                .all(|(&p, &q)| p.is(q) || self.eq_depth(p, q, depth + 1))
                    }
                    (Object::Dict(s), Object::Dict(t)) => {
                        s.len() == t.len()
                            && s.iter().all(|e| {
                                match t.find(e.hash, |k| self.eq_depth(k, e.key, depth + 1)) {
                                    Some(pos) => t.entry(pos).is_some_and(|f| {
                                        f.value.is(e.value)
                                            || self.eq_depth(f.value, e.value, depth + 1)
                                    }),
                                    Option::None => false,
                                }
                            })
                    }
                    (
                        Object::Set(s) | Object::FrozenSet(s),
                        Object::Set(t) | Object::FrozenSet(t),
                    ) => {
                        s.len() == t.len()
                            && s.iter().all(|e| {
                                t.find(e.hash, |k| self.eq_depth(k, e.key, depth + 1))
                                    .is_some()
                            })
                    }
                    (Object::Range(s), Object::Range(t)) => {
                        let (ls, lt) = (s.len(), t.len());
                        ls == lt
                            && (ls == 0 || (s.start == t.start && (ls == 1 || s.step == t.step)))
                    }
                    (Object::DictView(d1, k1), Object::DictView(d2, k2))
                        if k1 == k2 && *k1 != crate::object::ViewKind::Values =>
                    {
                        // Keys views compare as sets.
                        let (Object::Dict(s), Object::Dict(t)) = (self.get(*d1), self.get(*d2))
                        else {
                            return false;
                        };
                        s.len() == t.len()
                            && s.iter().all(|e| {
                                t.find(e.hash, |k| self.eq_depth(k, e.key, depth + 1))
                                    .is_some()
                            })
                    }
                    _ => false,
                }
            }
            (Obj(x), Int(i)) | (Int(i), Obj(x)) => match self.get(x) {
                Object::BigInt(b) => b.to_i64() == Some(i),
                _ => false,
            },
            (Obj(x), Float(f)) | (Float(f), Obj(x)) => match self.get(x) {
                Object::BigInt(b) => b.to_f64() == Some(f),
                _ => false,
            },
            _ => false,
        }
    }
}

fn int_float_eq(i: i64, f: f64) -> bool {
    if f.fract() != 0.0 || !f.is_finite() {
        return false;
    }
    if f.abs() < 9.2e18 {
        f as i64 == i
    } else {
        false
    }
}

impl Interp {
    /// `hash(v)` or `TypeError: unhashable type: 'list'`.
    pub fn hash(&mut self, v: Value) -> PyResult<u64> {
        if self.is_user_obj(v) {
            if let Some(h) = self.user_hash(v)? {
                return Ok(h);
            }
        }
        match self.heap.hash(v) {
            Ok(h) => Ok(h),
            Err(c) => Err(self.type_error(format!("unhashable type: '{}'", c.name()))),
        }
    }

    /// One comparison.
    pub fn compare(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Value> {
        if !matches!(
            op,
            CompareOp::Is | CompareOp::IsNot | CompareOp::In | CompareOp::NotIn
        ) && (self.is_user_obj(a) || self.is_user_obj(b))
        {
            if let Some(v) = self.rich_compare(op, a, b)? {
                return Ok(v);
            }
        }
        Ok(Value::Bool(match op {
            CompareOp::Eq => self.heap.eq(a, b),
            CompareOp::Ne => !self.heap.eq(a, b),
            CompareOp::Is => a.is(b),
            CompareOp::IsNot => !a.is(b),
            CompareOp::In => self.contains(b, a)?,
            CompareOp::NotIn => !self.contains(b, a)?,
            CompareOp::Lt => self.order(a, b, op)? == Some(Ordering::Less),
            CompareOp::Le => matches!(
                self.order(a, b, op)?,
                Some(Ordering::Less | Ordering::Equal)
            ),
            CompareOp::Gt => self.order(a, b, op)? == Some(Ordering::Greater),
            CompareOp::Ge => {
                matches!(
                    self.order(a, b, op)?,
                    Some(Ordering::Greater | Ordering::Equal)
                )
            }
        }))
    }

    /// Orders two values for `<`-style operators (`None` = unordered, as NaN).
    pub fn order(&mut self, a: Value, b: Value, op: CompareOp) -> PyResult<Option<Ordering>> {
        if self.is_user_obj(a) || self.is_user_obj(b) {
            let v = self.rich_compare(op, a, b)?.unwrap_or(Value::Bool(false));
            let t = self.truthy(v)?;
            return Ok(Some(match (op, t) {
                (CompareOp::Lt | CompareOp::Le, true) => Ordering::Less,
                (CompareOp::Lt | CompareOp::Le, false) => Ordering::Greater,
                (_, true) => Ordering::Greater,
                (_, false) => Ordering::Less,
            }));
        }
        match self.try_order(a, b, 0) {
            Ok(o) => Ok(o),
            Err(()) => {
                let (ta, tb) = (self.heap.type_name(a), self.heap.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{ta}' and '{tb}'",
                    op.symbol()
                )))
            }
        }
    }

    /// Total-ish order used by `<` and `sorted`; `Err` when not comparable.
    #[allow(clippy::result_unit_err)]
    pub fn try_order(&self, a: Value, b: Value, depth: usize) -> Result<Option<Ordering>, ()> {
        use Value::*;
        let num = |v: Value| -> Option<Num> {
            match v {
                Bool(b) => Some(Num::I(b as i64)),
                Int(i) => Some(Num::I(i)),
                Float(f) => Some(Num::F(f)),
                Obj(r) => match self.heap.get(r) {
                    Object::BigInt(b) => Some(Num::B(b)),
                    _ => Option::None,
                },
                _ => Option::None,
            }
        };
        if let (Int(x), Int(y)) = (a, b) {
            return Ok(Some(x.cmp(&y)));
        }
        if let (Some(x), Some(y)) = (num(a), num(b)) {
            return Ok(num_cmp(&x, &y));
        }
        if depth > MAX_DEPTH {
            return Err(());
        }
        let (Obj(x), Obj(y)) = (a, b) else {
            return Err(());
        };
        match (self.heap.get(x), self.heap.get(y)) {
            (Object::Str(s), Object::Str(t)) => Ok(Some(s.as_str().cmp(t.as_str()))),
            (Object::Bytes(s) | Object::ByteArray(s), Object::Bytes(t) | Object::ByteArray(t)) => {
                Ok(Some(s.cmp(t)))
            }
            (Object::List(s), Object::List(t)) | (Object::Tuple(s), Object::Tuple(t)) => {
                for (&p, &q) in s.iter().zip(t.iter()) {
                    if p.is(q) || self.heap.eq(p, q) {
                        continue;
                    }
                    return self.try_order(p, q, depth + 1);
                }
                Ok(Some(s.len().cmp(&t.len())))
            }
            (Object::Set(s) | Object::FrozenSet(s), Object::Set(t) | Object::FrozenSet(t)) => {
                let sub = |p: &crate::dict::Dict, q: &crate::dict::Dict| {
                    p.iter()
                        .all(|e| q.find(e.hash, |k| self.heap.eq(k, e.key)).is_some())
                };
                let (st, ts) = (sub(s, t), sub(t, s));
                Ok(match (st, ts) {
                    (true, true) => Some(Ordering::Equal),
                    (true, false) => Some(Ordering::Less),
                    (false, true) => Some(Ordering::Greater),
                    _ => Option::None,
                })
            }
            _ => Err(()),
        }
    }

    /// `needle in container`.
    pub fn contains(&mut self, container: Value, needle: Value) -> PyResult<bool> {
        if let Some(r) = self.user_contains(container, needle)? {
            return Ok(r);
        }
        if let Some(r) = self.class_hook(container, "__class_contains__", &[needle])? {
            return self.truthy(r);
        }
        if let Some(items) = container.as_obj().and_then(|r| self.native_items(r)) {
            for x in items {
                if self.py_eq(x, needle)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Object::Str(s) => {
                    return match self.heap.as_str(needle) {
                        Some(n) => Ok(s.contains(n)),
                        None => {
                            let t = self.heap.type_name(needle);
                            Err(self.type_error(format!(
                                "'in <string>' requires string as left operand, not {t}"
                            )))
                        }
                    }
                }
                Object::List(items) | Object::Tuple(items) => {
                    return Ok(items
                        .iter()
                        .any(|&i| i.is(needle) || self.heap.eq(i, needle)))
                }
                Object::Dict(_) | Object::Set(_) | Object::FrozenSet(_) => {
                    return Ok(self.dict_find(r, needle)?.is_some())
                }
                Object::DictView(d, kind) => {
                    let (d, kind) = (*d, *kind);
                    return match kind {
                        crate::object::ViewKind::Keys => Ok(self.dict_find(d, needle)?.is_some()),
                        _ => {
                            let items = self.iterate(container)?;
                            Ok(items.iter().any(|&i| self.heap.eq(i, needle)))
                        }
                    };
                }
                Object::Range(rg) => {
                    let rg = *rg;
                    let i = match needle {
                        Value::Int(i) => i,
                        Value::Bool(b) => b as i64,
                        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9e18 => f as i64,
                        _ => return Ok(false),
                    };
                    let in_bounds = if rg.step > 0 {
                        i >= rg.start && i < rg.stop
                    } else {
                        i <= rg.start && i > rg.stop
                    };
                    return Ok(in_bounds && (i as i128 - rg.start as i128) % rg.step as i128 == 0);
                }
                Object::BigRange(rg) => {
                    let rg = rg.clone();
                    let i = match needle {
                        Value::Int(i) => num_bigint::BigInt::from(i),
                        Value::Bool(b) => num_bigint::BigInt::from(b as i64),
                        Value::Obj(n) => match self.heap.get(n) {
                            Object::BigInt(b) => b.clone(),
                            _ => return Ok(false),
                        },
                        _ => return Ok(false),
                    };
                    let zero = num_bigint::BigInt::from(0);
                    let in_bounds = if rg.step > zero {
                        i >= rg.start && i < rg.stop
                    } else {
                        i <= rg.start && i > rg.stop
                    };
                    let on_step =
                        num_integer::Integer::mod_floor(&(&i - &rg.start), &rg.step) == zero;
                    return Ok(in_bounds && on_step);
                }
                Object::Bytes(_) | Object::ByteArray(_) => return self.bytes_contains(r, needle),
                Object::Iter(_) => {
                    let items = self.iterate(container)?;
                    return Ok(items.iter().any(|&i| self.heap.eq(i, needle)));
                }
                _ => {}
            }
        }
        let t = self.heap.type_name(container);
        Err(self.type_error(format!("argument of type '{t}' is not iterable")))
    }
}

enum Num<'a> {
    I(i64),
    F(f64),
    B(&'a BigInt),
}

fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    use Num::*;
    match (a, b) {
        (I(x), I(y)) => Some(x.cmp(y)),
        (F(x), F(y)) => x.partial_cmp(y),
        (I(x), F(y)) => int_float_cmp(*x, *y),
        (F(x), I(y)) => int_float_cmp(*y, *x).map(Ordering::reverse),
        (B(x), B(y)) => Some(x.cmp(y)),
        (B(x), I(y)) => Some((*x).cmp(&BigInt::from(*y))),
        (I(x), B(y)) => Some(BigInt::from(*x).cmp(y)),
        (B(x), F(y)) => x.to_f64().and_then(|xf| xf.partial_cmp(y)),
        (F(x), B(y)) => y.to_f64().and_then(|yf| x.partial_cmp(&yf)),
    }
}

fn int_float_cmp(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.abs() < 9.0e15 || f.is_infinite() {
        (i as f64).partial_cmp(&f)
    } else {
        // Exact for large magnitudes: compare via the float's integer part.
        let fi = f.trunc();
        match (i as f64).partial_cmp(&fi) {
            Some(Ordering::Equal) => {
                let b = BigInt::from(i);
                let fb: Option<BigInt> = num_traits::FromPrimitive::from_f64(fi);
                fb.map(|fb| {
                    b.cmp(&fb).then(if f > fi {
                        Ordering::Less
                    } else {
                        Ordering::Equal
                    })
                })
            }
            o => o,
        }
    }
}
