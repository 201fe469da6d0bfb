//! Sequence and mapping protocols: `len`, indexing and slicing, item
//! assignment and deletion, iteration (`iter`/`next`, materialising an
//! iterable), unpacking, and the dict/set primitives the rest of the
//! runtime builds on.

use crate::classes::ClassId;
use crate::dict::Dict;
use crate::interp::{Interp, PyResult, Raise};
use crate::object::{IterObj, Object, RangeObj, ViewKind};
use crate::value::{ObjRef, Value};
use num_traits::ToPrimitive;

/// Resolved `slice.indices(len)`.
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SliceIdx {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> usize {
        if self.step > 0 && self.start < self.stop {
            ((self.stop - self.start - 1) / self.step + 1) as usize
        } else if self.step < 0 && self.start > self.stop {
            ((self.start - self.stop - 1) / (-self.step) + 1) as usize
        } else {
            0
        }
    }

    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let s = *self;
        (0..s.len()).map(move |i| (s.start + i as i64 * s.step) as usize)
    }
}

impl Interp {
    // ----- len / index helpers ----------------------------------------

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if self.is_user_obj(v)
            && (self.heap.header_of(v).is_none() || self.user_special(v, "__len__").is_some())
        {
            return self.user_len(v);
        }
        if let Some(n) = self.class_hook(v, "__class_len__", &[])? {
            return match n {
                Value::Int(i) if i >= 0 => Ok(i as usize),
                _ => Err(self.type_error("__len__() should return >= 0")),
            };
        }
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Object::Native(_) => {
                    if let Some(n) = self.native_len(r) {
                        return Ok(n);
                    }
                }
                Object::Str(s) => {
                    return Ok(if s.is_ascii() {
                        s.len()
                    } else {
                        s.chars().count()
                    })
                }
                Object::Bytes(b) | Object::ByteArray(b) => return Ok(b.len()),
                Object::List(v) | Object::Tuple(v) => return Ok(v.len()),
                Object::Dict(d) => return Ok(d.len()),
                Object::Set(t) | Object::FrozenSet(t) => return Ok(t.len()),
                Object::Range(rg) => return Ok(rg.len() as usize),
                Object::BigRange(rg) => {
                    return match usize::try_from(rg.len()) {
                        Ok(n) => Ok(n),
                        Err(_) => Err(self.err(
                            ClassId::OverflowError,
                            "Python int too large to convert to C ssize_t",
                        )),
                    }
                }
                Object::DictView(d, _) => {
                    if let Object::Dict(d) = self.heap.get(*d) {
                        return Ok(d.len());
                    }
                }
                _ => {}
            }
        }
        let t = self.heap.type_name(v);
        Err(self.type_error(format!("object of type '{t}' has no len()")))
    }

    /// An integer usable as an index (`int`, `bool`), if `v` is one.
    pub fn index_value(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => Some(num_traits::ToPrimitive::to_i64(b).unwrap_or(
                    if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN
                    } else {
                        i64::MAX
                    },
                )),
                _ => None,
            },
            _ => None,
        }
    }

    /// Resolves a slice object against a length.
    pub fn slice_indices(&mut self, slice: ObjRef, len: usize) -> PyResult<SliceIdx> {
        let Object::Slice(lo, hi, st) = *self.heap.get(slice) else {
            return Err(self.type_error("expected a slice"));
        };
        let len = len as i64;
        let get = |v: Value, this: &mut Interp| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                _ => match this.index_value(v) {
                    Some(i) => Ok(Some(i)),
                    None => Err(this.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )),
                },
            }
        };
        let step = get(st, self)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |i: Option<i64>, default: i64| -> i64 {
            match i {
                None => default,
                Some(i) if i < 0 => (i.saturating_add(len)).max(lower),
                Some(i) => i.min(upper),
            }
        };
        let start = adjust(get(lo, self)?, if step < 0 { upper } else { lower });
        let stop = adjust(get(hi, self)?, if step < 0 { lower } else { upper });
        Ok(SliceIdx { start, stop, step })
    }

    fn norm_index(i: i64, len: usize) -> Option<usize> {
        let i = if i < 0 { i.checked_add(len as i64)? } else { i };
        if i >= 0 && (i as usize) < len {
            Some(i as usize)
        } else {
            None
        }
    }

    // ----- subscription -----------------------------------------------

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if self.is_user_obj(obj) {
            match self.call_special(obj, "__getitem__", &[key])? {
                Some(v) => return Ok(v),
                None if self.heap.header_of(obj).is_some() => {}
                None => return Err(self.not_subscriptable(obj)),
            }
        }
        self.get_item_builtin(obj, key)
    }

    /// `obj[key]` by the built-in type of `obj` (user overrides skipped).
    #[inline(always)]
    pub fn get_item_builtin(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if let Some(Object::UserClass(_)) = self.heap.obj(obj) {
            if let Some(f) = obj
                .as_obj()
                .and_then(|c| self.class_lookup(c, "__class_getitem__"))
            {
                let c = obj.as_obj().unwrap_or(ObjRef(0));
                let bound = self.bind_attr(f, obj, c)?;
                return self.call_sync(bound, &[key]);
            }
        }
        let Value::Obj(r) = obj else {
            return Err(self.not_subscriptable(obj));
        };
        let key_slice = match key {
            Value::Obj(k) if matches!(self.heap.get(k), Object::Slice(..)) => Some(k),
            _ => None,
        };
        match self.heap.get(r) {
            Object::List(items) | Object::Tuple(items) => {
                let is_list = matches!(self.heap.get(r), Object::List(_));
                let len = items.len();
                if let Some(i) = self.index_value(key) {
                    return match Self::norm_index(i, len) {
                        Some(i) => Ok(items[i]),
                        None => Err(self.err(
                            ClassId::IndexError,
                            if is_list {
                                "list index out of range"
                            } else {
                                "tuple index out of range"
                            },
                        )),
                    };
                }
                if let Some(k) = key_slice {
                    let idx = self.slice_indices(k, len)?;
                    let (Object::List(items) | Object::Tuple(items)) = self.heap.get(r) else {
                        unreachable!()
                    };
                    let out: Vec<Value> = if idx.step == 1 {
                        items[idx.start as usize..idx.start.max(idx.stop) as usize].to_vec()
                    } else {
                        idx.indices().map(|i| items[i]).collect()
                    };
                    return Ok(if is_list {
                        self.heap.list(out)
                    } else {
                        self.heap.tuple(out)
                    });
                }
                let t = self.heap.type_name(key);
                let name = if is_list { "list" } else { "tuple" };
                Err(self.type_error(format!(
                    "{name} indices must be integers or slices, not {t}"
                )))
            }
            Object::Str(s) => {
                if let Some(i) = self.index_value(key) {
                    let c = if s.is_ascii() {
                        Self::norm_index(i, s.len()).map(|i| s[i..i + 1].to_string())
                    } else {
                        let n = s.chars().count();
                        Self::norm_index(i, n)
                            .and_then(|i| s.chars().nth(i))
                            .map(String::from)
                    };
                    return match c {
                        Some(c) => Ok(self.heap.str(c)),
                        None => Err(self.err(ClassId::IndexError, "string index out of range")),
                    };
                }
                if let Some(k) = key_slice {
                    let s = s.clone();
                    return self.str_slice(&s, k);
                }
                let t = self.heap.type_name(key);
                Err(self.type_error(format!("string indices must be integers, not '{t}'")))
            }
            Object::Bytes(b) | Object::ByteArray(b) => {
                let ba = matches!(self.heap.get(r), Object::ByteArray(_));
                if let Some(i) = self.index_value(key) {
                    return match Self::norm_index(i, b.len()) {
                        Some(i) => Ok(Value::Int(b[i] as i64)),
                        None if ba => {
                            Err(self.err(ClassId::IndexError, "bytearray index out of range"))
                        }
                        None => Err(self.err(ClassId::IndexError, "index out of range")),
                    };
                }
                if let Some(k) = key_slice {
                    let b = b.clone();
                    let idx = self.slice_indices(k, b.len())?;
                    let out: Vec<u8> = idx.indices().map(|i| b[i]).collect();
                    return Ok(self.new_bytes(ba, out));
                }
                let t = self.heap.type_name(key);
                let what = if ba { "bytearray" } else { "byte" };
                Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {t}"
                )))
            }
            Object::Dict(d) => {
                let flavored = d.flavor.is_some();
                match self.dict_get(r, key)? {
                    Some(v) => Ok(v),
                    None if flavored => self.flavored_missing(r, key),
                    None => match self.call_special(obj, "__missing__", &[key])? {
                        Some(v) => Ok(v),
                        None => Err(self.key_error(key)),
                    },
                }
            }
            Object::Range(rg) => {
                let rg = *rg;
                if let Some(i) = self.index_value(key) {
                    return match Self::norm_index(i, rg.len() as usize) {
                        Some(i) => Ok(Value::Int(rg.get(i as i64))),
                        None => {
                            Err(self.err(ClassId::IndexError, "range object index out of range"))
                        }
                    };
                }
                if let Some(k) = key_slice {
                    let idx = self.slice_indices(k, rg.len() as usize)?;
                    let r = RangeObj {
                        start: rg.start + idx.start * rg.step,
                        stop: rg.start + idx.stop * rg.step,
                        step: rg.step * idx.step,
                    };
                    return Ok(Value::Obj(self.heap.alloc(Object::Range(r))));
                }
                let t = self.heap.type_name(key);
                Err(self.type_error(format!("range indices must be integers or slices, not {t}")))
            }
            Object::Class(_) => Ok(obj), // `list[int]` in annotations: the class itself
            Object::Native(_) => match self.native_get_item(r, key)? {
                Some(v) => Ok(v),
                None => Err(self.not_subscriptable(obj)),
            },
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    fn not_subscriptable(&mut self, obj: Value) -> crate::interp::Raise {
        let t = self.heap.type_name(obj);
        self.type_error(format!("'{t}' object is not subscriptable"))
    }

    fn str_slice(&mut self, s: &str, k: ObjRef) -> PyResult<Value> {
        if s.is_ascii() {
            let idx = self.slice_indices(k, s.len())?;
            let out: String = if idx.step == 1 {
                s[idx.start as usize..idx.start.max(idx.stop) as usize].to_string()
            } else {
                let b = s.as_bytes();
                idx.indices().map(|i| b[i] as char).collect()
            };
            return Ok(self.heap.str(out));
        }
        let chars: Vec<char> = s.chars().collect();
        let idx = self.slice_indices(k, chars.len())?;
        let out: String = idx.indices().map(|i| chars[i]).collect();
        Ok(self.heap.str(out))
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        if self.is_user_obj(obj) {
            match self.call_special(obj, "__setitem__", &[key, value])? {
                Some(_) => return Ok(()),
                None if self.heap.header_of(obj).is_some() => {}
                None => {
                    let t = self.heap.type_name(obj);
                    return Err(
                        self.type_error(format!("'{t}' object does not support item assignment"))
                    );
                }
            }
        }
        self.set_item_builtin(obj, key, value)
    }

    /// `obj[key] = value` by the built-in type of `obj`.
    #[inline(always)]
    pub fn set_item_builtin(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            let t = self.heap.type_name(obj);
            return Err(self.type_error(format!("'{t}' object does not support item assignment")));
        };
        match self.heap.get(r) {
            Object::List(items) => {
                let len = items.len();
                if let Some(i) = self.index_value(key) {
                    return match Self::norm_index(i, len) {
                        Some(i) => {
                            if let Object::List(items) = self.heap.get_mut(r) {
                                items[i] = value;
                            }
                            Ok(())
                        }
                        None => {
                            Err(self.err(ClassId::IndexError, "list assignment index out of range"))
                        }
                    };
                }
                if let Value::Obj(k) = key {
                    if matches!(self.heap.get(k), Object::Slice(..)) {
                        let idx = self.slice_indices(k, len)?;
                        let new = self.iterate(value)?;
                        if idx.step == 1 {
                            let (a, b) = (idx.start as usize, idx.start.max(idx.stop) as usize);
                            self.heap.account(new.len() * 16);
                            if let Object::List(items) = self.heap.get_mut(r) {
                                items.splice(a..b, new);
                            }
                            return Ok(());
                        }
                        if new.len() != idx.len() {
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new.len(),
                                idx.len()
                            )));
                        }
                        if let Object::List(items) = self.heap.get_mut(r) {
                            for (i, v) in idx.indices().zip(new) {
                                items[i] = v;
                            }
                        }
                        return Ok(());
                    }
                }
                let t = self.heap.type_name(key);
                Err(self.type_error(format!("list indices must be integers or slices, not {t}")))
            }
            Object::Dict(_) => self.dict_set(obj, key, value),
            Object::ByteArray(_) => self.bytearray_set_item(r, key, value),
            _ => {
                let t = self.heap.type_name(obj);
                Err(self.type_error(format!("'{t}' object does not support item assignment")))
            }
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if self.is_user_obj(obj) {
            match self.call_special(obj, "__delitem__", &[key])? {
                Some(_) => return Ok(()),
                None if self.heap.header_of(obj).is_some() => {}
                None => {
                    let t = self.heap.type_name(obj);
                    return Err(
                        self.type_error(format!("'{t}' object does not support item deletion"))
                    );
                }
            }
        }
        self.del_item_builtin(obj, key)
    }

    /// `del obj[key]` by the built-in type of `obj`.
    #[inline(always)]
    pub fn del_item_builtin(&mut self, obj: Value, key: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            let t = self.heap.type_name(obj);
            return Err(self.type_error(format!("'{t}' object does not support item deletion")));
        };
        match self.heap.get(r) {
            Object::List(items) => {
                let len = items.len();
                if let Some(i) = self.index_value(key) {
                    return match Self::norm_index(i, len) {
                        Some(i) => {
                            if let Object::List(items) = self.heap.get_mut(r) {
                                items.remove(i);
                            }
                            Ok(())
                        }
                        None => {
                            Err(self.err(ClassId::IndexError, "list assignment index out of range"))
                        }
                    };
                }
                if let Value::Obj(k) = key {
                    if matches!(self.heap.get(k), Object::Slice(..)) {
                        let idx = self.slice_indices(k, len)?;
                        let mut drop: Vec<usize> = idx.indices().collect();
                        drop.sort_unstable();
                        if let Object::List(items) = self.heap.get_mut(r) {
                            let mut di = 0;
                            let mut pos = 0;
                            items.retain(|_| {
                                let keep = !(di < drop.len() && drop[di] == pos);
                                if !keep {
                                    di += 1;
                                }
                                pos += 1;
                                keep
                            });
                        }
                        return Ok(());
                    }
                }
                let t = self.heap.type_name(key);
                Err(self.type_error(format!("list indices must be integers or slices, not {t}")))
            }
            Object::Dict(_) => match self.dict_remove(r, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key)),
            },
            Object::ByteArray(_) => self.bytearray_del_item(r, key),
            _ => {
                let t = self.heap.type_name(obj);
                Err(self.type_error(format!("'{t}' object does not support item deletion")))
            }
        }
    }

    // ----- dicts and sets ----------------------------------------------

    /// The hash a [`Dict`] table files `key` under: Python's hash, except
    /// for `str` keys (the cheaper [`crate::ops::hash::hash_str`]).
    pub fn dict_key_hash(&mut self, key: Value) -> PyResult<u64> {
        match self.heap.obj(key) {
            Some(Object::Str(s)) => Ok(crate::ops::hash::hash_str(s)),
            _ => self.hash(key),
        }
    }

    /// Position of `key` in the dict (or set) `d`.
    pub fn dict_find(&mut self, d: ObjRef, key: Value) -> PyResult<Option<usize>> {
        let h = match self.heap.get(d) {
            Object::Dict(_) => self.dict_key_hash(key)?,
            _ => self.hash(key)?,
        };
        let key = self.user_key(d, h, key)?;
        let heap = &self.heap;
        Ok(match heap.get(d) {
            Object::Dict(dict) => dict.find(h, |k| k.is(key) || heap.eq(k, key)),
            Object::Set(t) | Object::FrozenSet(t) => t.find(h, |k| k.is(key) || heap.eq(k, key)),
            _ => None,
        })
    }

    pub fn dict_get(&mut self, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
        let h = self.dict_key_hash(key)?;
        let key = self.user_key(d, h, key)?;
        let heap = &self.heap;
        Ok(match heap.get(d) {
            Object::Dict(dict) => dict
                .find(h, |k| k.is(key) || heap.eq(k, key))
                .and_then(|p| dict.entry(p))
                .map(|e| e.value),
            _ => None,
        })
    }

    /// `d[key] = value` (also set insertion, ignoring `value`).
    pub fn dict_set(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        let Value::Obj(d) = d else { return Ok(()) };
        if let Object::Set(_) | Object::FrozenSet(_) = self.heap.get(d) {
            return self.set_add(d, key);
        }
        let h = self.dict_key_hash(key)?;
        let found = self.user_key(d, h, key)?;
        let heap = &self.heap;
        let pos = match heap.get(d) {
            Object::Dict(dict) => dict.find(h, |k| k.is(found) || heap.eq(k, found)),
            _ => return Ok(()),
        };
        if pos.is_none() {
            self.heap.account(48);
        }
        if let Object::Dict(dict) = self.heap.get_mut(d) {
            match pos {
                Some(p) => dict.set_value(p, value),
                None => dict.push_new(h, key, value),
            }
        }
        Ok(())
    }

    pub fn dict_remove(&mut self, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
        let pos = self.dict_find(d, key)?;
        Ok(match (pos, self.heap.get_mut(d)) {
            (Some(p), Object::Dict(dict)) => dict.remove_at(p).map(|e| e.value),
            _ => None,
        })
    }

    pub fn new_dict(&mut self) -> Value {
        Value::Obj(self.heap.alloc(Object::Dict(Dict::new())))
    }

    pub fn dict_copy(&mut self, d: Value) -> PyResult<Value> {
        let obj = match self.heap.obj(d) {
            Some(o @ Object::Dict(_)) => o.clone(),
            _ => return Err(self.type_error("expected a dict")),
        };
        Ok(Value::Obj(self.heap.alloc(obj)))
    }

    /// `target.update(src)` for a mapping or an iterable of pairs.
    pub fn dict_update_from(&mut self, target: Value, src: Value) -> PyResult<()> {
        if let Some(Object::Dict(d)) = self.heap.obj(src) {
            let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
            for (k, v) in pairs {
                self.dict_set(target, k, v)?;
            }
            return Ok(());
        }
        // A mapping implemented by a user class: `keys()` and `obj[key]`.
        if self.is_user_obj(src) && self.user_special(src, "keys").is_some() {
            let keys = self.call_special(src, "keys", &[])?.unwrap_or(Value::None);
            for k in self.iterate(keys)? {
                let v = self.get_item(src, k)?;
                self.dict_set(target, k, v)?;
            }
            return Ok(());
        }
        let items = match self.iterate(src) {
            Ok(items) => items,
            Err(_) => {
                let t = self.heap.type_name(src);
                return Err(self.type_error(format!("'{t}' object is not a mapping")));
            }
        };
        for (n, item) in items.into_iter().enumerate() {
            let pair = self.iterate(item)?;
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{n} has length {}; 2 is required",
                    pair.len()
                )));
            }
            self.dict_set(target, pair[0], pair[1])?;
        }
        Ok(())
    }

    /// Keys (or entries) of a dict/set, snapshotted.
    pub fn dict_entries(&self, d: ObjRef) -> Vec<(Value, Value)> {
        match self.heap.get(d) {
            Object::Dict(dict) => dict.iter().map(|e| (e.key, e.value)).collect(),
            Object::Set(t) | Object::FrozenSet(t) => {
                t.iter().map(|e| (e.key, Value::None)).collect()
            }
            _ => Vec::new(),
        }
    }

    // ----- lists ---------------------------------------------------------

    pub fn list_extend_values(&mut self, list: Value, items: Vec<Value>) -> PyResult<()> {
        self.heap.account(items.len() * 16);
        if let Some(r) = list.as_obj() {
            if let Object::List(l) = self.heap.get_mut(r) {
                l.extend(items);
            }
        }
        Ok(())
    }

    // ----- iteration -----------------------------------------------------

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if self.heap.header_of(v).is_some() && self.user_special(v, "__iter__").is_some() {
            if let Some(it) = self.user_iter(v)? {
                return Ok(it);
            }
        }
        let it = match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Native(_) => {
                    return match self.native_iter(r)? {
                        Some(it) => Ok(it),
                        None => Err(self.not_iterable(v)),
                    }
                }
                Object::List(_) | Object::Tuple(_) => IterObj::Seq { seq: r, idx: 0 },
                Object::Str(_) => IterObj::Str { s: r, byte: 0 },
                Object::Range(rg) => IterObj::Range {
                    cur: rg.start,
                    stop: rg.stop,
                    step: rg.step,
                },
                Object::BigRange(rg) => IterObj::BigRange(rg.clone()),
                Object::Dict(d) => IterObj::Dict {
                    dict: r,
                    idx: 0,
                    len: d.len(),
                    kind: ViewKind::Keys,
                },
                Object::Set(t) | Object::FrozenSet(t) => IterObj::Dict {
                    dict: r,
                    idx: 0,
                    len: t.len(),
                    kind: ViewKind::Keys,
                },
                Object::DictView(d, kind) => {
                    let len = match self.heap.get(*d) {
                        Object::Dict(dd) => dd.len(),
                        _ => 0,
                    };
                    IterObj::Dict {
                        dict: *d,
                        idx: 0,
                        len,
                        kind: *kind,
                    }
                }
                Object::Bytes(b) | Object::ByteArray(b) => IterObj::Values {
                    items: b.iter().map(|&x| Value::Int(x as i64)).collect(),
                    idx: 0,
                },
                Object::Iter(_) | Object::Generator(_) => return Ok(v),
                Object::Instance(_) | Object::Exception(_) if self.is_user_obj(v) => {
                    return match self.user_iter(v)? {
                        Some(it) => Ok(it),
                        None => Err(self.not_iterable(v)),
                    }
                }
                Object::UserClass(_) => {
                    return match self.class_hook(v, "__class_iter__", &[])? {
                        Some(it) => self.get_iter(it),
                        None => Err(self.not_iterable(v)),
                    }
                }
                _ => return Err(self.not_iterable(v)),
            },
            _ => return Err(self.not_iterable(v)),
        };
        Ok(Value::Obj(self.heap.alloc(Object::Iter(it))))
    }

    pub fn not_iterable(&mut self, v: Value) -> crate::interp::Raise {
        let t = self.heap.type_name(v);
        self.type_error(format!("'{t}' object is not iterable"))
    }

    /// `next(it)`: `None` when exhausted. Generators are driven by the
    /// interpreter (they need frames), never here.
    pub fn iter_next(&mut self, it: ObjRef) -> PyResult<Option<Value>> {
        match self.heap.get(it) {
            Object::Instance(_) => return self.user_next(Value::Obj(it)),
            Object::Generator(_) => return self.gen_next_sync(it),
            Object::Native(_) => return self.lazy_next(it),
            _ => {}
        }
        // Fast paths that only read.
        let step = match self.heap.get(it) {
            Object::Iter(IterObj::Seq { seq, idx }) => {
                let v = match self.heap.get(*seq) {
                    Object::List(items) | Object::Tuple(items) => items.get(*idx).copied(),
                    _ => None,
                };
                if let Object::Iter(IterObj::Seq { idx, .. }) = self.heap.get_mut(it) {
                    if v.is_some() {
                        *idx += 1;
                    } else {
                        *idx = usize::MAX;
                    }
                }
                return Ok(v);
            }
            Object::Iter(IterObj::BigRange(rg)) => {
                let (c, s, st) = (rg.start.clone(), &rg.stop, &rg.step);
                let more = if st.sign() == num_bigint::Sign::Plus {
                    c < *s
                } else {
                    c > *s
                };
                if !more {
                    return Ok(None);
                }
                let next = &c + st;
                if let Object::Iter(IterObj::BigRange(rg)) = self.heap.get_mut(it) {
                    rg.start = next;
                }
                return Ok(Some(crate::convert::bigint_value(&mut self.heap, c)));
            }
            Object::Iter(IterObj::Range { cur, stop, step }) => {
                let (c, s, st) = (*cur, *stop, *step);
                if (st > 0 && c < s) || (st < 0 && c > s) {
                    if let Object::Iter(IterObj::Range { cur, .. }) = self.heap.get_mut(it) {
                        *cur = c.saturating_add(st);
                        if c.checked_add(st).is_none() {
                            *cur = s;
                        }
                    }
                    return Ok(Some(Value::Int(c)));
                }
                return Ok(None);
            }
            Object::Iter(i) => i.clone(),
            Object::Generator(_) => {
                return Err(self.type_error("generator iteration is not supported in this context"))
            }
            _ => {
                let t = self.heap.get(it).class().name();
                return Err(self.type_error(format!("'{t}' object is not an iterator")));
            }
        };
        match step {
            IterObj::Str { s, byte } => {
                let c = match self.heap.get(s) {
                    Object::Str(st) => st.get(byte..).and_then(|rest| rest.chars().next()),
                    _ => None,
                };
                match c {
                    Some(c) => {
                        if let Object::Iter(IterObj::Str { byte, .. }) = self.heap.get_mut(it) {
                            *byte += c.len_utf8();
                        }
                        let mut buf = [0u8; 4];
                        Ok(Some(self.heap.str(&*c.encode_utf8(&mut buf))))
                    }
                    None => Ok(None),
                }
            }
            IterObj::Dict {
                dict,
                idx,
                len,
                kind,
            } => {
                let (cur_len, next) = match self.heap.get(dict) {
                    Object::Dict(d) => {
                        (d.len(), d.entry_from(idx).map(|(p, e)| (p, e.key, e.value)))
                    }
                    Object::Set(t) | Object::FrozenSet(t) => (
                        t.len(),
                        t.entry_from(idx).map(|(p, e)| (p, e.key, Value::None)),
                    ),
                    _ => (0, None),
                };
                if cur_len != len {
                    let what = if matches!(self.heap.get(dict), Object::Dict(_)) {
                        "dictionary"
                    } else {
                        "Set"
                    };
                    return Err(self.err(
                        ClassId::RuntimeError,
                        format!("{what} changed size during iteration"),
                    ));
                }
                match next {
                    Some((np, key, value)) => {
                        if let Object::Iter(IterObj::Dict { idx, .. }) = self.heap.get_mut(it) {
                            *idx = np;
                        }
                        Ok(Some(match kind {
                            ViewKind::Keys => key,
                            ViewKind::Values => value,
                            ViewKind::Items => self.heap.tuple(vec![key, value]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterObj::Enumerate { inner, count } => match self.iter_next(inner)? {
                Some(v) => {
                    if let Object::Iter(IterObj::Enumerate { count, .. }) = self.heap.get_mut(it) {
                        *count += 1;
                    }
                    Ok(Some(self.heap.tuple(vec![Value::Int(count), v])))
                }
                None => Ok(None),
            },
            // Steps that may run several Python calls (user iterators,
            // generators, the mapped function) run them nested: a replayed
            // instruction would advance the earlier iterators twice.
            IterObj::Zip { inners, strict } => self.nested(|it| it.zip_next(&inners, strict)),
            IterObj::Map { func, inners } => self.nested(|it| {
                let mut args = Vec::with_capacity(inners.len());
                for i in inners {
                    match it.iter_next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                it.call_sync(func, &args).map(Some)
            }),
            IterObj::Filter { func, inner } => self.nested(|it| loop {
                let Some(v) = it.iter_next(inner)? else {
                    return Ok(None);
                };
                let keep = match func {
                    Value::None => v,
                    f => it.call_sync(f, &[v])?,
                };
                if it.truthy(keep)? {
                    return Ok(Some(v));
                }
            }),
            IterObj::Reversed { seq, idx } => {
                if idx == 0 {
                    return Ok(None);
                }
                let v = match self.heap.get(seq) {
                    Object::List(items) | Object::Tuple(items) => items.get(idx - 1).copied(),
                    _ => None,
                };
                if let Object::Iter(IterObj::Reversed { idx, .. }) = self.heap.get_mut(it) {
                    *idx -= 1;
                }
                Ok(v)
            }
            IterObj::Values { items, idx } => {
                let v = items.get(idx).copied();
                if v.is_some() {
                    if let Object::Iter(IterObj::Values { idx, .. }) = self.heap.get_mut(it) {
                        *idx += 1;
                    }
                }
                Ok(v)
            }
            IterObj::Seq { .. } | IterObj::Range { .. } | IterObj::BigRange(_) => Ok(None),
        }
    }

    /// One step of `zip`: a tuple, or `None` when the shortest input ends
    /// (with `strict`, CPython's `ValueError` when the lengths differ).
    fn zip_next(&mut self, inners: &[ObjRef], strict: bool) -> PyResult<Option<Value>> {
        let mut out = Vec::with_capacity(inners.len());
        for (k, &i) in inners.iter().enumerate() {
            match self.iter_next(i)? {
                Some(v) => out.push(v),
                None if !strict => return Ok(None),
                None if k > 0 => {
                    let which = if k == 1 {
                        " 1".to_string()
                    } else {
                        format!("s 1-{k}")
                    };
                    return Err(self.value_error(format!(
                        "zip() argument {} is shorter than argument{which}",
                        k + 1
                    )));
                }
                None => {
                    // The first input ended: every other must end too.
                    for (j, &rest) in inners.iter().enumerate().skip(1) {
                        if self.iter_next(rest)?.is_some() {
                            let which = if j == 1 {
                                " 1".to_string()
                            } else {
                                format!("s 1-{j}")
                            };
                            return Err(self.value_error(format!(
                                "zip() argument {} is longer than argument{which}",
                                j + 1
                            )));
                        }
                    }
                    return Ok(None);
                }
            }
        }
        if out.is_empty() {
            return Ok(None);
        }
        Ok(Some(self.heap.tuple(out)))
    }

    /// Materialises an iterable into a vector (`list(x)`).
    pub fn iterate(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(r) = v {
            let user_iter =
                self.heap.header(r).is_some() && self.user_special(v, "__iter__").is_some();
            match self.heap.get(r) {
                _ if user_iter => {}
                Object::List(items) | Object::Tuple(items) => return Ok(items.clone()),
                Object::Range(rg) => {
                    let rg = *rg;
                    let n = rg.len().max(0) as usize;
                    self.reserve(n * 16)?;
                    return Ok((0..n as i64).map(|i| Value::Int(rg.get(i))).collect());
                }
                Object::Dict(d) => return Ok(d.iter().map(|e| e.key).collect()),
                Object::Set(t) | Object::FrozenSet(t) => {
                    return Ok(t.iter().map(|e| e.key).collect())
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let Value::Obj(it) = it else {
            return Ok(Vec::new());
        };
        let user_iterable = matches!(self.heap.obj(v), Some(Object::Instance(_)))
            || self.heap.header_of(v).is_some();
        if Value::Obj(it) == v || user_iterable {
            // An existing iterator, or the one a user `__iter__` returned
            // (memoised by a replay, so already drained by the first run):
            // draining it is a side effect a replay of the enclosing
            // operation must not repeat.
            let items = self.memoised(|this| {
                let items = this.drain_iter(it)?;
                Ok(this.heap.tuple(items))
            })?;
            return Ok(match self.heap.obj(items) {
                Some(Object::Tuple(items)) => items.clone(),
                _ => Vec::new(),
            });
        }
        self.drain_iter(it)
    }

    /// Every remaining item of iterator `it`.
    fn drain_iter(&mut self, it: ObjRef) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(it)? {
            out.push(x);
            if out.len() % 4096 == 0 {
                self.reserve(out.len() * 16)?;
            }
        }
        Ok(out)
    }

    /// `a, b = src` / `a, *b, c = src`: the items, checked against the
    /// expected count (`star` when a starred target takes the rest).
    pub fn unpack(
        &mut self,
        src: Value,
        before: usize,
        after: usize,
        star: bool,
    ) -> PyResult<Vec<Value>> {
        let items = match self.iterate(src) {
            Ok(items) => items,
            // `__iter__`/`__next__` of a user class: run it, then replay.
            Err(e @ (Raise::Call(_) | Raise::Limit(_))) => return Err(e),
            Err(e) => {
                if let Value::Obj(_) = src {
                    if self.get_iter(src).is_ok() {
                        return Err(e);
                    }
                }
                let t = self.heap.type_name(src);
                return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
            }
        };
        let need = before + after;
        if star {
            if items.len() < need {
                return Err(self.value_error(format!(
                    "not enough values to unpack (expected at least {need}, got {})",
                    items.len()
                )));
            }
        } else if items.len() < need {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {need}, got {})",
                items.len()
            )));
        } else if items.len() > need {
            return Err(self.value_error(format!("too many values to unpack (expected {need})")));
        }
        Ok(items)
    }

    /// An int argument as `i64` (`TypeError` otherwise).
    pub fn expect_int(&mut self, v: Value, what: &str) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => match b.to_i64() {
                    Some(i) => Ok(i),
                    None => Err(self.err(
                        ClassId::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    )),
                },
                _ => {
                    let t = self.heap.type_name(v);
                    Err(self.type_error(format!("{what} must be an integer, not '{t}'")))
                }
            },
            _ => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    }
}
