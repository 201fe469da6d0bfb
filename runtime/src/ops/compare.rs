//! Equality, ordering and membership (hashing lives in `hash`).
//!
//! Heap-level equality is `&Heap` only so dict lookups can use it while
//! borrowing the dict. Deeply nested structures stop at `MAX_DEPTH`
//! (equal/unhashable answers are then conservative) rather than overflow
//! the Rust stack.

use crate::heap::Heap;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pycps_ir::CompareOp;
use std::cmp::Ordering;

const MAX_DEPTH: usize = 500;
impl Heap {
    /// Python `==` for built-in values; a comparison that needs a user
    /// `__eq__` (see [`Heap::eq_opt`]) answers by identity.
    pub fn eq(&self, a: Value, b: Value) -> bool {
        self.eq_opt(a, b).unwrap_or(false)
    }

    /// Python `==` when it needs no Python code: `None` when the answer
    /// depends on a user object's `__eq__` (met at any depth).
    pub fn eq_opt(&self, a: Value, b: Value) -> Option<bool> {
        self.eq_depth(a, b, 0)
    }

    /// Whether `v` is an instance of a user class (its operators may run
    /// Python code).
    #[inline]
    pub fn is_user(&self, v: Value) -> bool {
        match v {
            Value::Obj(r) => match self.get(r) {
                Object::Instance(_) => true,
                Object::Exception(e) => e.user_class.is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    fn eq_depth(&self, a: Value, b: Value, depth: usize) -> Option<bool> {
        use Value::*;
        Some(match (a, b) {
            (Int(x), Int(y)) => x == y,
            (Obj(x), Obj(y)) if x == y => true,
            (None, None) | (Unbound, Unbound) => true,
            (Bool(x), Bool(y)) => x == y,
            (Int(x), Bool(y)) | (Bool(y), Int(x)) => x == y as i64,
            (Float(x), Float(y)) => x == y,
            (Float(x), Int(y)) | (Int(y), Float(x)) => int_float_eq(y, x),
            (Float(x), Bool(y)) | (Bool(y), Float(x)) => x == y as i64 as f64,
            _ if self.is_user(a) || self.is_user(b) => return Option::None,
            (Obj(x), Obj(y)) => {
                if depth > MAX_DEPTH {
                    return Some(false);
                }
                // Set when a nested comparison needs Python code.
                let needs = std::cell::Cell::new(false);
                let key_eq = |k: Value, q: Value| match self.eq_depth(k, q, depth + 1) {
                    Some(r) => r,
                    Option::None => {
                        needs.set(true);
                        false
                    }
                };
                let r = match (self.get(x), self.get(y)) {
                    (Object::Str(s), Object::Str(t)) => s == t,
                    (Object::BigInt(s), Object::BigInt(t)) => s == t,
                    (
                        Object::Bytes(s) | Object::ByteArray(s),
                        Object::Bytes(t) | Object::ByteArray(t),
                    ) => s == t,
                    (Object::List(s), Object::List(t)) | (Object::Tuple(s), Object::Tuple(t)) => {
                        if s.len() != t.len() {
                            return Some(false);
                        }
                        for (&p, &q) in s.iter().zip(t.iter()) {
                            if !p.is(q) && !self.eq_depth(p, q, depth + 1)? {
                                return Some(false);
                            }
                        }
                        true
                    }
                    (Object::Dict(s), Object::Dict(t)) => {
                        if s.len() != t.len() {
                            return Some(false);
                        }
                        for e in s.iter() {
                            let Some(pos) = t.find(e.hash, |k| key_eq(k, e.key)) else {
                                return if needs.get() {
                                    Option::None
                                } else {
                                    Some(false)
                                };
                            };
                            let Some(f) = t.entry(pos) else {
                                return Some(false);
                            };
                            if !f.value.is(e.value)
                                && !self.eq_depth(f.value, e.value, depth + 1)?
                            {
                                return Some(false);
                            }
                        }
                        true
                    }
                    (
                        Object::Set(s) | Object::FrozenSet(s),
                        Object::Set(t) | Object::FrozenSet(t),
                    ) => {
                        s.len() == t.len()
                            && s.iter()
                                .all(|e| t.find(e.hash, |k| key_eq(k, e.key)).is_some())
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
                            return Some(false);
                        };
                        s.len() == t.len()
                            && s.iter()
                                .all(|e| t.find(e.hash, |k| key_eq(k, e.key)).is_some())
                    }
                    _ => false,
                };
                if needs.get() {
                    return Option::None;
                }
                r
            }
            (Obj(x), Int(i)) | (Int(i), Obj(x)) => match self.get(x) {
                Object::BigInt(b) => b.to_i64() == Some(i),
                _ => false,
            },
            (Obj(x), Float(f)) | (Float(f), Obj(x)) => match self.get(x) {
                Object::BigInt(b) => big_float_cmp(b, f) == Some(Ordering::Equal),
                _ => false,
            },
            _ => false,
        })
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
            Err(c) if self.heap.header_of(v).is_some() && self.heap.class_of(v) == c => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!("unhashable type: '{t}'")))
            }
            Err(c) => Err(self.type_error(format!("unhashable type: '{}'", c.name()))),
        }
    }

    /// One comparison.
    pub fn compare(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Value> {
        Ok(Value::Bool(match op {
            CompareOp::Is => return Ok(Value::Bool(a.is(b))),
            CompareOp::IsNot => return Ok(Value::Bool(!a.is(b))),
            CompareOp::In => self.contains(b, a)?,
            CompareOp::NotIn => !self.contains(b, a)?,
            CompareOp::Eq | CompareOp::Ne => {
                if let (Value::Float(x), Value::Float(y)) = (a, b) {
                    // No identity shortcut: `nan == nan` is False.
                    return Ok(Value::Bool((x == y) == (op == CompareOp::Eq)));
                }
                if self.is_user_obj(a) || self.is_user_obj(b) {
                    if let Some(v) = self.rich_compare(op, a, b)? {
                        return Ok(v);
                    }
                }
                if let Some(r) = self.view_compare(op, a, b)? {
                    return Ok(Value::Bool(r));
                }
                self.py_eq(a, b)? == (op == CompareOp::Eq)
            }
            _ => {
                if self.is_user_obj(a) || self.is_user_obj(b) {
                    if let Some(v) = self.rich_compare(op, a, b)? {
                        return Ok(v);
                    }
                }
                if let Some(r) = self.view_compare(op, a, b)? {
                    return Ok(Value::Bool(r));
                }
                self.rich_order(op, a, b, 0)?
            }
        }))
    }

    /// `a == b` as a bool, running user `__eq__` methods where needed (also
    /// inside containers).
    pub fn py_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        self.py_eq_depth(a, b, 0)
    }

    fn py_eq_depth(&mut self, a: Value, b: Value, depth: usize) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if self.is_user_obj(a) || self.is_user_obj(b) {
            match self.rich_compare(CompareOp::Eq, a, b)? {
                Some(v) => return self.truthy(v),
                None if self.heap.header_of(a).is_some() || self.heap.header_of(b).is_some() => {}
                None => return Ok(false),
            }
        }
        let mut item_eq = |it: &mut Interp, x, y| it.py_eq_depth(x, y, depth + 1);
        if let Some(r) = self.collections_eq(a, b, &mut item_eq)? {
            return Ok(r);
        }
        if let Some(r) = self.heap.eq_opt(a, b) {
            return Ok(r);
        }
        if depth > MAX_DEPTH {
            return Err(self.err(
                crate::classes::ClassId::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        // Containers holding user objects: compare as CPython does,
        // element by element (identity first), dunders included.
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return Ok(false);
        };
        match (self.heap.get(x), self.heap.get(y)) {
            (Object::List(_), Object::List(_)) | (Object::Tuple(_), Object::Tuple(_)) => {
                let mut i = 0;
                loop {
                    // Re-read each round: `__eq__` may mutate the lists.
                    let (p, q) = match (self.heap.get(x), self.heap.get(y)) {
                        (Object::List(s), Object::List(t))
                        | (Object::Tuple(s), Object::Tuple(t)) => {
                            if s.len() != t.len() {
                                return Ok(false);
                            }
                            match (s.get(i), t.get(i)) {
                                (Some(&p), Some(&q)) => (p, q),
                                _ => return Ok(true),
                            }
                        }
                        _ => return Ok(false),
                    };
                    if !p.is(q) && !self.py_eq_depth(p, q, depth + 1)? {
                        return Ok(false);
                    }
                    i += 1;
                }
            }
            (Object::Dict(s), Object::Dict(t)) => {
                if s.len() != t.len() {
                    return Ok(false);
                }
                let entries: Vec<(Value, Value)> = s.iter().map(|e| (e.key, e.value)).collect();
                for (k, v) in entries {
                    let Some(w) = self.dict_get(y, k)? else {
                        return Ok(false);
                    };
                    if !v.is(w) && !self.py_eq_depth(v, w, depth + 1)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (Object::Set(s) | Object::FrozenSet(s), Object::Set(t) | Object::FrozenSet(t)) => {
                if s.len() != t.len() {
                    return Ok(false);
                }
                self.is_subset(x, y)
            }
            _ => Ok(self.heap.eq(a, b)),
        }
    }

    /// Whether every element of set `x` is in set `y` (dunders included).
    fn is_subset(&mut self, x: ObjRef, y: ObjRef) -> PyResult<bool> {
        let keys: Vec<Value> = match self.heap.get(x) {
            Object::Set(s) | Object::FrozenSet(s) => s.iter().map(|e| e.key).collect(),
            _ => return Ok(false),
        };
        for k in keys {
            if self.dict_find(y, k)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a <op> b` for an ordering operator on built-in values (containers
    /// may hold user objects): CPython's rules, including the element-level
    /// `TypeError` (`[1] < ['a']` names `int` and `str`).
    fn rich_order(&mut self, op: CompareOp, a: Value, b: Value, depth: usize) -> PyResult<bool> {
        if self.is_user_obj(a) || self.is_user_obj(b) {
            match self.rich_compare(op, a, b)? {
                Some(v) => return self.truthy(v),
                None if self.heap.header_of(a).is_some() || self.heap.header_of(b).is_some() => {}
                None => return Err(self.order_error(op, a, b)),
            }
        }
        // A namedtuple (`sys.version_info`) orders as its tuple.
        let as_tuple = |it: &mut Interp, v: Value| match it.heap.obj(v) {
            Some(Object::Native(n)) => match &**n {
                crate::modules::NativeObj::NtInst { values, .. } => {
                    let values = values.clone();
                    Some(it.heap.tuple(values))
                }
                _ => None,
            },
            _ => None,
        };
        let (ta, tb) = (as_tuple(self, a), as_tuple(self, b));
        if ta.is_some() || tb.is_some() {
            let (a, b) = (ta.unwrap_or(a), tb.unwrap_or(b));
            return self.rich_order(op, a, b, depth + 1);
        }
        match self.heap.try_order(a, b) {
            Ok(o) => Ok(op_holds(op, o)),
            Err(OrderErr::Incomparable(x, y)) => Err(self.order_error(op, x, y)),
            Err(OrderErr::NeedsDunder) => {
                if depth > MAX_DEPTH {
                    return Err(self.err(
                        crate::classes::ClassId::RecursionError,
                        "maximum recursion depth exceeded in comparison",
                    ));
                }
                let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
                    return Err(self.order_error(op, a, b));
                };
                match (self.heap.get(x), self.heap.get(y)) {
                    (Object::List(_), Object::List(_)) | (Object::Tuple(_), Object::Tuple(_)) => {
                        let mut i = 0;
                        loop {
                            let pair = match (self.heap.get(x), self.heap.get(y)) {
                                (Object::List(s), Object::List(t))
                                | (Object::Tuple(s), Object::Tuple(t)) => {
                                    match (s.get(i), t.get(i)) {
                                        (Some(&p), Some(&q)) => Ok((p, q)),
                                        _ => Err(s.len().cmp(&t.len())),
                                    }
                                }
                                _ => return Err(self.order_error(op, a, b)),
                            };
                            match pair {
                                Err(by_len) => return Ok(op_holds(op, Some(by_len))),
                                Ok((p, q)) => {
                                    if p.is(q) || self.py_eq_depth(p, q, depth + 1)? {
                                        i += 1;
                                        continue;
                                    }
                                    return self.rich_order(op, p, q, depth + 1);
                                }
                            }
                        }
                    }
                    (
                        Object::Set(_) | Object::FrozenSet(_),
                        Object::Set(_) | Object::FrozenSet(_),
                    ) => {
                        let (ls, lt) = (self.set_len(x), self.set_len(y));
                        Ok(match op {
                            CompareOp::Lt => ls < lt && self.is_subset(x, y)?,
                            CompareOp::Le => ls <= lt && self.is_subset(x, y)?,
                            CompareOp::Gt => ls > lt && self.is_subset(y, x)?,
                            _ => ls >= lt && self.is_subset(y, x)?,
                        })
                    }
                    _ => Err(self.order_error(op, a, b)),
                }
            }
        }
    }

    fn set_len(&self, s: ObjRef) -> usize {
        match self.heap.get(s) {
            Object::Set(d) | Object::FrozenSet(d) => d.len(),
            _ => 0,
        }
    }

    /// `TypeError: '<' not supported between instances of 'int' and 'str'`.
    pub fn order_error(&mut self, op: CompareOp, a: Value, b: Value) -> crate::interp::Raise {
        let (ta, tb) = (self.heap.type_name(a), self.heap.type_name(b));
        self.type_error(format!(
            "'{}' not supported between instances of '{ta}' and '{tb}'",
            op.symbol()
        ))
    }

    /// Orders two values for `<`-style operators (`None` = unordered, as
    /// NaN); user objects answer through their dunder for `op`.
    pub fn order(&mut self, a: Value, b: Value, op: CompareOp) -> PyResult<Option<Ordering>> {
        if !self.is_user_obj(a) && !self.is_user_obj(b) {
            match self.heap.try_order(a, b) {
                Ok(o) => return Ok(o),
                Err(OrderErr::Incomparable(x, y)) => return Err(self.order_error(op, x, y)),
                Err(OrderErr::NeedsDunder) => {}
            }
        }
        let t = match self.compare(op, a, b)? {
            Value::Bool(t) => t,
            v => self.truthy(v)?,
        };
        Ok(Some(match (op, t) {
            (CompareOp::Lt | CompareOp::Le, true) => Ordering::Less,
            (CompareOp::Lt | CompareOp::Le, false) => Ordering::Greater,
            (_, true) => Ordering::Greater,
            (_, false) => Ordering::Less,
        }))
    }
}

/// Why [`Heap::try_order`] has no answer.
#[derive(Clone, Copy, Debug)]
pub enum OrderErr {
    /// These two values (possibly elements of the operands) don't order.
    Incomparable(Value, Value),
    /// A user object's dunder decides (see [`Interp::compare`]).
    NeedsDunder,
}

/// Whether `op` holds for an ordering (`None`: unordered, as NaN).
fn op_holds(op: CompareOp, o: Option<Ordering>) -> bool {
    match (op, o) {
        (_, None) => false,
        (CompareOp::Lt, Some(o)) => o == Ordering::Less,
        (CompareOp::Le, Some(o)) => o != Ordering::Greater,
        (CompareOp::Gt, Some(o)) => o == Ordering::Greater,
        (CompareOp::Ge, Some(o)) => o != Ordering::Less,
        (CompareOp::Eq, Some(o)) => o == Ordering::Equal,
        (_, Some(o)) => o != Ordering::Equal,
    }
}

impl Heap {
    /// Order of two built-in values when no Python code is needed: the
    /// ordering used by `<` and `sorted` (`None` = unordered, as NaN).
    pub fn try_order(&self, a: Value, b: Value) -> Result<Option<Ordering>, OrderErr> {
        self.try_order_depth(a, b, 0)
    }

    fn try_order_depth(
        &self,
        a: Value,
        b: Value,
        depth: usize,
    ) -> Result<Option<Ordering>, OrderErr> {
        use Value::*;
        let num = |v: Value| -> Option<Num> {
            match v {
                Bool(b) => Some(Num::I(b as i64)),
                Int(i) => Some(Num::I(i)),
                Float(f) => Some(Num::F(f)),
                Obj(r) => match self.get(r) {
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
        if self.is_user(a) || self.is_user(b) {
            return Err(OrderErr::NeedsDunder);
        }
        if depth > MAX_DEPTH {
            return Err(OrderErr::NeedsDunder);
        }
        let (Obj(x), Obj(y)) = (a, b) else {
            return Err(OrderErr::Incomparable(a, b));
        };
        match (self.get(x), self.get(y)) {
            (Object::Str(s), Object::Str(t)) => Ok(Some(s.as_str().cmp(t.as_str()))),
            (Object::Bytes(s) | Object::ByteArray(s), Object::Bytes(t) | Object::ByteArray(t)) => {
                Ok(Some(s.cmp(t)))
            }
            (Object::List(s), Object::List(t)) | (Object::Tuple(s), Object::Tuple(t)) => {
                for (&p, &q) in s.iter().zip(t.iter()) {
                    match self.eq_depth(p, q, depth + 1) {
                        Some(true) => continue,
                        Some(false) => return self.try_order_depth(p, q, depth + 1),
                        Option::None => return Err(OrderErr::NeedsDunder),
                    }
                }
                Ok(Some(s.len().cmp(&t.len())))
            }
            (Object::Set(s) | Object::FrozenSet(s), Object::Set(t) | Object::FrozenSet(t)) => {
                let needs = std::cell::Cell::new(false);
                let sub = |p: &crate::settable::SetTable, q: &crate::settable::SetTable| {
                    p.iter().all(|e| {
                        q.find(e.hash, |k| match self.eq_depth(k, e.key, depth + 1) {
                            Some(r) => r,
                            Option::None => {
                                needs.set(true);
                                false
                            }
                        })
                        .is_some()
                    })
                };
                let (st, ts) = (sub(s, t), sub(t, s));
                if needs.get() {
                    return Err(OrderErr::NeedsDunder);
                }
                Ok(match (st, ts) {
                    (true, true) => Some(Ordering::Equal),
                    (true, false) => Some(Ordering::Less),
                    (false, true) => Some(Ordering::Greater),
                    _ => Option::None,
                })
            }
            _ => Err(OrderErr::Incomparable(a, b)),
        }
    }
}

impl Interp {
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
                    let mut slow = false;
                    for &i in items {
                        match self.heap.eq_opt(i, needle) {
                            _ if i.is(needle) => return Ok(true),
                            Some(true) => return Ok(true),
                            Some(false) => {}
                            None => {
                                slow = true;
                                break;
                            }
                        }
                    }
                    if !slow {
                        return Ok(false);
                    }
                    let mut idx = 0;
                    // Re-read each round: `__eq__` may mutate the list.
                    while let Some(x) = match self.heap.get(r) {
                        Object::List(items) | Object::Tuple(items) => items.get(idx).copied(),
                        _ => None,
                    } {
                        if x.is(needle) || self.py_eq(x, needle)? {
                            return Ok(true);
                        }
                        idx += 1;
                    }
                    return Ok(false);
                }
                Object::Dict(_) => return Ok(self.dict_find(r, needle)?.is_some()),
                Object::Set(_) | Object::FrozenSet(_) => return self.set_contains(r, needle),
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
                _ => {}
            }
        }
        // Any other iterable is stepped through up to the first match, as
        // CPython does (an iterator is left just past it).
        let Ok(Value::Obj(it)) = self.get_iter(container) else {
            let t = self.heap.type_name(container);
            return Err(self.type_error(format!("argument of type '{t}' is not iterable")));
        };
        // Nested: stepping mutates the iterator, a replay must not repeat it.
        self.nested(|this| {
            while let Some(x) = this.iter_next(it)? {
                if x.is(needle) || this.py_eq(x, needle)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })
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
        (B(x), F(y)) => big_float_cmp(x, *y),
        (F(x), B(y)) => big_float_cmp(y, *x).map(Ordering::reverse),
    }
}

/// Exact order of a big int and a float (CPython's `float_richcompare`:
/// no rounding of the int; infinities beyond every int; NaN unordered).
pub(crate) fn big_float_cmp(b: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fi = f.trunc();
    let fb: BigInt = num_traits::FromPrimitive::from_f64(fi)?;
    Some(b.cmp(&fb).then(if f > fi {
        Ordering::Less
    } else if f < fi {
        Ordering::Greater
    } else {
        Ordering::Equal
    }))
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
