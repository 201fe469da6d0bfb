//! `set` and `frozenset` operations as CPython 3.11's Objects/setobject.c
//! performs them, over [`SetTable`]: which operand is iterated, which
//! result is copied or built, where the table is pre-sized. These choices
//! decide the slot order of results (and so their iteration order), so
//! each function names the CPython function it follows.
//!
//! Invariants: a set never contains itself (sets are unhashable; a `set`
//! key is looked up as the equal `frozenset`, as CPython does for `in`,
//! `remove` and `discard`); loops that mutate one set while walking
//! another walk a snapshot of the other's entries; a key with a user
//! `__eq__` is first resolved to the stored key it equals (`user_key`)
//! so table probes compare with the heap only.

use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::{Object, ViewKind};
use crate::ops::hash::hash_frozenset;
use crate::settable::{Probe, SetEntry, SetTable};
use crate::value::{ObjRef, Value};
use pycps_ir::{BinaryOp, CompareOp};

/// Heap bytes charged per inserted element.
const ENTRY_BYTES: usize = 32;

impl Interp {
    /// The table of a `set` or `frozenset` object.
    pub fn set_table(&self, r: ObjRef) -> Option<&SetTable> {
        match self.heap.get(r) {
            Object::Set(t) | Object::FrozenSet(t) => Some(t),
            _ => None,
        }
    }

    fn set_table_mut(&mut self, r: ObjRef) -> Option<&mut SetTable> {
        match self.heap.get_mut(r) {
            Object::Set(t) | Object::FrozenSet(t) => Some(t),
            _ => None,
        }
    }

    /// `PyAnySet_Check`.
    fn as_anyset(&self, v: Value) -> Option<ObjRef> {
        let r = v.as_obj()?;
        self.set_table(r).map(|_| r)
    }

    fn is_frozen(&self, r: ObjRef) -> bool {
        matches!(self.heap.get(r), Object::FrozenSet(_))
    }

    /// A new empty `set` (or `frozenset`).
    pub fn new_set_obj(&mut self, frozen: bool) -> ObjRef {
        let t = SetTable::new();
        self.heap.account(t.capacity_bytes());
        self.heap.alloc(if frozen {
            Object::FrozenSet(t)
        } else {
            Object::Set(t)
        })
    }

    /// `{a, b, c}` / `set` built by adding `items` in order.
    pub fn new_set(&mut self, items: &[Value]) -> PyResult<Value> {
        let s = self.new_set_obj(false);
        for &i in items {
            self.set_add(s, i)?;
        }
        Ok(Value::Obj(s))
    }

    /// `make_new_set`: a new set (or frozenset) filled from `iterable`.
    pub fn make_new_set(&mut self, frozen: bool, iterable: Option<Value>) -> PyResult<ObjRef> {
        let s = self.new_set_obj(frozen);
        if let Some(it) = iterable {
            self.set_update_internal(s, it)?;
        }
        Ok(s)
    }

    /// `set_copy`: a new object of `so`'s type with its contents.
    pub fn set_copy(&mut self, so: ObjRef) -> PyResult<ObjRef> {
        let frozen = self.is_frozen(so);
        self.make_new_set(frozen, Some(Value::Obj(so)))
    }

    /// The hash a set lookup uses: a `set` key stands for the equal
    /// frozenset (`set_contains_key`'s retry).
    fn set_key_hash(&mut self, key: Value) -> PyResult<u64> {
        if let Some(Object::Set(t)) = self.heap.obj(key) {
            return Ok(hash_frozenset(t));
        }
        self.hash(key)
    }

    fn set_probe(&mut self, s: ObjRef, hash: u64, key: Value) -> PyResult<Option<Probe>> {
        let key = self.user_key(s, hash, key)?;
        let heap = &self.heap;
        Ok(self
            .set_table(s)
            .map(|t| t.probe(hash, |k| k.is(key) || heap.eq(k, key))))
    }

    /// `set_add_entry`.
    fn set_add_entry(&mut self, s: ObjRef, hash: u64, key: Value) -> PyResult<()> {
        if let Some(Probe::Vacant { slot, unused }) = self.set_probe(s, hash, key)? {
            self.heap.account(ENTRY_BYTES);
            if let Some(t) = self.set_table_mut(s) {
                t.insert_vacant(slot, unused, hash, key);
            }
        }
        Ok(())
    }

    /// `set_add_key`: `s.add(key)`.
    pub fn set_add(&mut self, s: ObjRef, key: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.set_add_entry(s, h, key)
    }

    fn set_contains_entry(&mut self, s: ObjRef, hash: u64, key: Value) -> PyResult<bool> {
        Ok(matches!(
            self.set_probe(s, hash, key)?,
            Some(Probe::Found(_))
        ))
    }

    /// `key in s`.
    pub fn set_contains(&mut self, s: ObjRef, key: Value) -> PyResult<bool> {
        let h = self.set_key_hash(key)?;
        self.set_contains_entry(s, h, key)
    }

    /// `set_discard_entry`: true when the key was present.
    fn set_discard_entry(&mut self, s: ObjRef, hash: u64, key: Value) -> PyResult<bool> {
        match self.set_probe(s, hash, key)? {
            Some(Probe::Found(pos)) => {
                if let Some(t) = self.set_table_mut(s) {
                    t.remove_at(pos);
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `s.discard(key)`: true when the key was present.
    pub fn set_discard(&mut self, s: ObjRef, key: Value) -> PyResult<bool> {
        let h = self.set_key_hash(key)?;
        self.set_discard_entry(s, h, key)
    }

    /// A snapshot of `s`'s entries in slot order.
    fn set_entries(&self, s: ObjRef) -> Vec<SetEntry> {
        self.set_table(s)
            .map(|t| t.iter().copied().collect())
            .unwrap_or_default()
    }

    fn set_size(&self, s: ObjRef) -> usize {
        self.set_table(s).map_or(0, SetTable::len)
    }

    /// `set_merge`: adds the contents of the set `other` to `so`.
    fn set_merge(&mut self, so: ObjRef, other: ObjRef) -> PyResult<()> {
        if so == other {
            return Ok(());
        }
        let Some(mut t) = self.set_table_mut(so).map(std::mem::take) else {
            return Ok(());
        };
        let (done, added) = match self.set_table(other) {
            Some(o) => (t.merge_fast(o), o.len()),
            None => (true, 0),
        };
        self.heap.account(added * ENTRY_BYTES);
        if let Some(slot) = self.set_table_mut(so) {
            *slot = t;
        }
        if !done {
            for e in self.set_entries(other) {
                self.set_add_entry(so, e.hash, e.key)?;
            }
        }
        Ok(())
    }

    /// `set_update_internal`: `so.update(other)` for one argument.
    pub fn set_update_internal(&mut self, so: ObjRef, other: Value) -> PyResult<()> {
        if let Some(o) = self.as_anyset(other) {
            return self.set_merge(so, o);
        }
        if let Some(Object::Dict(d)) = self.heap.obj(other) {
            if d.flavor.is_none() {
                let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
                if let Some(t) = self.set_table_mut(so) {
                    t.reserve_for(keys.len());
                }
                for k in keys {
                    self.set_add(so, k)?;
                }
                return Ok(());
            }
        }
        for k in self.iterate(other)? {
            self.set_add(so, k)?;
        }
        Ok(())
    }

    /// `set_intersection`: a new set of `so`'s type.
    fn set_intersection(&mut self, so: ObjRef, other: Value) -> PyResult<ObjRef> {
        if other.is(Value::Obj(so)) {
            return self.set_copy(so);
        }
        let result = self.new_set_obj(self.is_frozen(so));
        if let Some(o) = self.as_anyset(other) {
            // Walk the smaller set, probing the larger.
            let (big, small) = if self.set_size(o) > self.set_size(so) {
                (o, so)
            } else {
                (so, o)
            };
            for e in self.set_entries(small) {
                if self.set_contains_entry(big, e.hash, e.key)? {
                    self.set_add_entry(result, e.hash, e.key)?;
                }
            }
            return Ok(result);
        }
        for k in self.iterate(other)? {
            let h = self.hash(k)?;
            if self.set_contains_entry(so, h, k)? {
                self.set_add_entry(result, h, k)?;
            }
        }
        Ok(result)
    }

    /// `set_intersection_multi`.
    fn set_intersection_multi(&mut self, so: ObjRef, others: &[Value]) -> PyResult<ObjRef> {
        if others.is_empty() {
            return self.set_copy(so);
        }
        let mut result = so;
        for &o in others {
            result = self.set_intersection(result, o)?;
        }
        Ok(result)
    }

    /// `set_swap_bodies` for the `*_update` methods that build a new table.
    fn set_take_contents(&mut self, so: ObjRef, from: ObjRef) {
        let Some(t) = self.set_table_mut(from).map(std::mem::take) else {
            return;
        };
        if let Some(dst) = self.set_table_mut(so) {
            dst.replace_contents(t);
        }
    }

    /// `set_difference_update_internal`.
    fn set_difference_update_internal(&mut self, so: ObjRef, other: Value) -> PyResult<()> {
        if other.is(Value::Obj(so)) {
            if let Some(t) = self.set_table_mut(so) {
                t.clear();
            }
            return Ok(());
        }
        if let Some(mut o) = self.as_anyset(other) {
            // When the other set is much larger, walk the intersection.
            if self.set_size(o) >> 3 > self.set_size(so) {
                o = self.set_intersection(so, other)?;
            }
            for e in self.set_entries(o) {
                self.set_discard_entry(so, e.hash, e.key)?;
            }
        } else {
            for k in self.iterate(other)? {
                self.set_discard(so, k)?;
            }
        }
        if let Some(t) = self.set_table_mut(so) {
            t.purge_dummies();
        }
        Ok(())
    }

    /// `set_difference`: a new set of `so`'s type.
    fn set_difference(&mut self, so: ObjRef, other: Value) -> PyResult<ObjRef> {
        let dict = match self.heap.obj(other) {
            Some(Object::Dict(d)) if d.flavor.is_none() => Some(d.len()),
            _ => None,
        };
        let other_size = match (self.as_anyset(other), dict) {
            (Some(o), _) => self.set_size(o),
            (None, Some(n)) => n,
            (None, None) => return self.set_copy_and_difference(so, other),
        };
        if self.set_size(so) >> 2 > other_size {
            return self.set_copy_and_difference(so, other);
        }
        let result = self.new_set_obj(self.is_frozen(so));
        for e in self.set_entries(so) {
            let present = match (self.as_anyset(other), other) {
                (Some(o), _) => self.set_contains_entry(o, e.hash, e.key)?,
                (None, Value::Obj(d)) => self.dict_find(d, e.key)?.is_some(),
                _ => false,
            };
            if !present {
                self.set_add_entry(result, e.hash, e.key)?;
            }
        }
        Ok(result)
    }

    fn set_copy_and_difference(&mut self, so: ObjRef, other: Value) -> PyResult<ObjRef> {
        let result = self.set_copy(so)?;
        self.set_difference_update_internal(result, other)?;
        Ok(result)
    }

    /// `set_symmetric_difference_update`.
    fn set_symmetric_difference_update(&mut self, so: ObjRef, other: Value) -> PyResult<()> {
        if other.is(Value::Obj(so)) {
            if let Some(t) = self.set_table_mut(so) {
                t.clear();
            }
            return Ok(());
        }
        let entries: Vec<SetEntry> = match self.heap.obj(other) {
            Some(Object::Dict(d)) if d.flavor.is_none() => {
                let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
                let mut entries = Vec::with_capacity(keys.len());
                for key in keys {
                    // Dict tables keep their own str hashes: rehash.
                    entries.push(SetEntry {
                        hash: self.hash(key)?,
                        key,
                    });
                }
                entries
            }
            _ => {
                let o = match self.as_anyset(other) {
                    Some(o) => o,
                    None => self.make_new_set(self.is_frozen(so), Some(other))?,
                };
                self.set_entries(o)
            }
        };
        for e in entries {
            if !self.set_discard_entry(so, e.hash, e.key)? {
                self.set_add_entry(so, e.hash, e.key)?;
            }
        }
        Ok(())
    }

    /// `set_symmetric_difference`: `other` copied into `so`'s type, then
    /// updated with `so`.
    fn set_symmetric_difference(&mut self, so: ObjRef, other: Value) -> PyResult<ObjRef> {
        let result = self.make_new_set(self.is_frozen(so), Some(other))?;
        self.set_symmetric_difference_update(result, Value::Obj(so))?;
        Ok(result)
    }

    /// `set_issubset`.
    fn set_issubset(&mut self, so: ObjRef, other: Value) -> PyResult<bool> {
        let Some(o) = self.as_anyset(other) else {
            let tmp = self.set_intersection(so, other)?;
            return Ok(self.set_size(tmp) == self.set_size(so));
        };
        if self.set_size(so) > self.set_size(o) {
            return Ok(false);
        }
        for e in self.set_entries(so) {
            if !self.set_contains_entry(o, e.hash, e.key)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `set_issuperset`.
    fn set_issuperset(&mut self, so: ObjRef, other: Value) -> PyResult<bool> {
        if let Some(o) = self.as_anyset(other) {
            return self.set_issubset(o, Value::Obj(so));
        }
        for k in self.iterate(other)? {
            if !self.set_contains(so, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `set_isdisjoint`.
    fn set_isdisjoint(&mut self, so: ObjRef, other: Value) -> PyResult<bool> {
        if other.is(Value::Obj(so)) {
            return Ok(self.set_size(so) == 0);
        }
        if let Some(o) = self.as_anyset(other) {
            let (big, small) = if self.set_size(o) > self.set_size(so) {
                (o, so)
            } else {
                (so, o)
            };
            for e in self.set_entries(small) {
                if self.set_contains_entry(big, e.hash, e.key)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        for k in self.iterate(other)? {
            if self.set_contains(so, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` (and `|=` ... when `inplace`) for
    /// a set or frozenset `a` and a set, frozenset or dict keys view `b`.
    pub fn set_binary(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let Some(so) = self.as_anyset(a) else {
            return Err(self.type_error("expected a set"));
        };
        if self.as_anyset(b).is_none() {
            return self.set_with_keys_view(op, so, b).map(Value::Obj);
        }
        let mutate = inplace && !self.is_frozen(so);
        let out = match op {
            BinaryOp::BitOr if mutate => {
                self.set_update_internal(so, b)?;
                so
            }
            BinaryOp::BitOr => {
                let result = self.set_copy(so)?;
                if !b.is(a) {
                    self.set_update_internal(result, b)?;
                }
                result
            }
            BinaryOp::BitAnd if mutate => {
                let tmp = self.set_intersection(so, b)?;
                self.set_take_contents(so, tmp);
                so
            }
            BinaryOp::BitAnd => self.set_intersection(so, b)?,
            BinaryOp::Sub if mutate => {
                self.set_difference_update_internal(so, b)?;
                so
            }
            BinaryOp::Sub => self.set_difference(so, b)?,
            _ if mutate => {
                self.set_symmetric_difference_update(so, b)?;
                so
            }
            _ => self.set_symmetric_difference(so, b)?,
        };
        Ok(Value::Obj(out))
    }

    /// `s | d.keys()` and friends: CPython's `dictviews_*` with the set on
    /// the left (the result is always a `set`).
    fn set_with_keys_view(&mut self, op: BinaryOp, so: ObjRef, view: Value) -> PyResult<ObjRef> {
        if op == BinaryOp::BitAnd {
            let view_len = self.len(view)?;
            if !self.is_frozen(so) && view_len <= self.set_size(so) {
                return self.set_intersection(so, view);
            }
            let result = self.new_set_obj(false);
            for e in self.set_entries(so) {
                if self.contains(view, e.key)? {
                    self.set_add_entry(result, e.hash, e.key)?;
                }
            }
            return Ok(result);
        }
        let result = self.make_new_set(false, Some(Value::Obj(so)))?;
        match op {
            BinaryOp::BitOr => self.set_update_internal(result, view)?,
            BinaryOp::Sub => self.set_difference_update_internal(result, view)?,
            _ => self.set_symmetric_difference_update(result, view)?,
        }
        Ok(result)
    }

    /// `d.keys() | x`, `x & d.items()`...: CPython's `dictviews_*` (a keys
    /// or items view on either side; the result is always a `set`).
    pub fn dict_view_binary(&mut self, op: BinaryOp, left: Value, right: Value) -> PyResult<Value> {
        // dictviews_to_set(left): a keys view of a dict copies the dict.
        let to_set = |me: &mut Self| -> PyResult<ObjRef> {
            let src = match me.heap.obj(left) {
                Some(Object::DictView(d, ViewKind::Keys)) => Value::Obj(*d),
                _ => left,
            };
            me.make_new_set(false, Some(src))
        };
        let is_view = |me: &Self, v: Value| matches!(me.heap.obj(v), Some(Object::DictView(_, k)) if *k != ViewKind::Values);
        // The intersection takes the view as `self` (CPython swaps).
        let (view, other) = if is_view(self, left) {
            (left, right)
        } else {
            (right, left)
        };
        let result = match op {
            BinaryOp::BitAnd => {
                let len_self = self.len(view)?;
                if self.heap.class_of(other) == ClassId::Set && len_self <= self.len(other)? {
                    let so = self
                        .as_anyset(other)
                        .ok_or_else(|| self.type_error("expected a set"))?;
                    return self.set_intersection(so, view).map(Value::Obj);
                }
                // Iterate the smaller of two views; test membership in `view`.
                let (big, small) = if is_view(self, other) && self.len(other)? > len_self {
                    (other, view)
                } else {
                    (view, other)
                };
                let result = self.new_set_obj(false);
                for k in self.iterate(small)? {
                    if self.contains(big, k)? {
                        self.set_add(result, k)?;
                    }
                }
                result
            }
            BinaryOp::BitOr => {
                let result = to_set(self)?;
                self.set_update_internal(result, other)?;
                result
            }
            BinaryOp::Sub => {
                let result = to_set(self)?;
                self.set_difference_update_internal(result, other)?;
                result
            }
            _ => {
                let result = to_set(self)?;
                self.set_symmetric_difference_update(result, other)?;
                result
            }
        };
        Ok(Value::Obj(result))
    }

    /// Whether `v` is a keys or items view (a set-like view).
    pub fn is_set_view(&self, v: Value) -> bool {
        matches!(self.heap.obj(v), Some(Object::DictView(_, k)) if *k != ViewKind::Values)
    }

    /// CPython's `dictview_richcompare`: a keys/items view against a set or
    /// another such view compares as sets (`None`: not that case).
    pub fn view_compare(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        let setlike = |me: &Self, v: Value| me.is_set_view(v) || me.as_anyset(v).is_some();
        if !(self.is_set_view(a) || self.is_set_view(b)) || !setlike(self, a) || !setlike(self, b) {
            return Ok(None);
        }
        let (la, lb) = (self.len(a)?, self.len(b)?);
        Ok(Some(match op {
            CompareOp::Eq => la == lb && self.all_contained_in(a, b)?,
            CompareOp::Ne => !(la == lb && self.all_contained_in(a, b)?),
            CompareOp::Lt => la < lb && self.all_contained_in(a, b)?,
            CompareOp::Le => la <= lb && self.all_contained_in(a, b)?,
            CompareOp::Gt => la > lb && self.all_contained_in(b, a)?,
            CompareOp::Ge => la >= lb && self.all_contained_in(b, a)?,
            _ => return Ok(None),
        }))
    }

    fn all_contained_in(&mut self, a: Value, b: Value) -> PyResult<bool> {
        for k in self.iterate(a)? {
            if !self.contains(b, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `view.isdisjoint(other)` (CPython's `dictviews_isdisjoint`).
    pub fn view_isdisjoint(&mut self, view: Value, other: Value) -> PyResult<bool> {
        if view.is(other) {
            return Ok(self.len(view)? == 0);
        }
        let setlike = self.is_set_view(other) || self.as_anyset(other).is_some();
        if setlike && self.len(other)? > self.len(view)? {
            for k in self.iterate(view)? {
                if self.contains(other, k)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        for k in self.iterate(other)? {
            if self.contains(view, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A method of `set` / `frozenset`; `None` when there is no such
    /// method (mutators are absent on `frozenset`).
    pub fn set_method_call(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(so) = self.as_anyset(recv) else {
            return Ok(None);
        };
        let frozen = self.is_frozen(so);
        let one = |me: &mut Self| -> PyResult<Value> {
            me.arity(name, args, 1, 1)?;
            Ok(args[0])
        };
        Ok(Some(match name {
            "copy" if frozen => recv,
            "copy" => Value::Obj(self.set_copy(so)?),
            "union" => {
                let result = self.set_copy(so)?;
                for &o in args {
                    if !o.is(recv) {
                        self.set_update_internal(result, o)?;
                    }
                }
                Value::Obj(result)
            }
            "intersection" => Value::Obj(self.set_intersection_multi(so, args)?),
            "difference" => match args.split_first() {
                None => Value::Obj(self.set_copy(so)?),
                Some((&first, rest)) => {
                    let result = self.set_difference(so, first)?;
                    for &o in rest {
                        self.set_difference_update_internal(result, o)?;
                    }
                    Value::Obj(result)
                }
            },
            "symmetric_difference" => {
                let o = one(self)?;
                Value::Obj(self.set_symmetric_difference(so, o)?)
            }
            "issubset" => {
                let o = one(self)?;
                Value::Bool(self.set_issubset(so, o)?)
            }
            "issuperset" => {
                let o = one(self)?;
                Value::Bool(self.set_issuperset(so, o)?)
            }
            "isdisjoint" => {
                let o = one(self)?;
                Value::Bool(self.set_isdisjoint(so, o)?)
            }
            _ if frozen => return Ok(None),
            "add" => {
                let k = one(self)?;
                self.set_add(so, k)?;
                Value::None
            }
            "remove" => {
                let k = one(self)?;
                if !self.set_discard(so, k)? {
                    return Err(self.key_error(k));
                }
                Value::None
            }
            "discard" => {
                let k = one(self)?;
                self.set_discard(so, k)?;
                Value::None
            }
            "pop" => {
                self.arity(name, args, 0, 0)?;
                match self.set_table_mut(so).and_then(SetTable::pop) {
                    Some(e) => e.key,
                    None => return Err(self.err(ClassId::KeyError, "pop from an empty set")),
                }
            }
            "clear" => {
                self.arity(name, args, 0, 0)?;
                if let Some(t) = self.set_table_mut(so) {
                    t.clear();
                }
                Value::None
            }
            "update" => {
                for &o in args {
                    self.set_update_internal(so, o)?;
                }
                Value::None
            }
            "intersection_update" => {
                let tmp = self.set_intersection_multi(so, args)?;
                if tmp != so {
                    self.set_take_contents(so, tmp);
                }
                Value::None
            }
            "difference_update" => {
                for &o in args {
                    self.set_difference_update_internal(so, o)?;
                }
                Value::None
            }
            "symmetric_difference_update" => {
                let o = one(self)?;
                self.set_symmetric_difference_update(so, o)?;
                Value::None
            }
            _ => return Ok(None),
        }))
    }
}
