//! `Dict`: an insertion-ordered hash table keyed by hash + equality, backing
//! `dict` and attribute namespaces (sets use `settable.rs`).
//!
//! Layout (CPython's compact dict): `entries` in insertion order (deleted
//! entries become `None` tombstones, compacted when they dominate) and an
//! open-addressing `indices` table (linear probing) of entry positions.
//! Hashes are cached in entries, so growing never needs the heap.
//!
//! Table hashes are Python's `hash()` except for `str` keys, which use the
//! cheaper `ops::hash::hash_str` (`Interp::dict_key_hash`): iteration order
//! never depends on hashes, attribute lookups hash names constantly, and a
//! `str` only ever equals a `str`. So an entry's `hash` is not a Python hash;
//! code moving keys into a set rehashes them.
//!
//! Equality of keys needs the heap (strings, tuples), so lookups take an
//! `eq` closure; callers compute the hash first and may borrow the heap
//! immutably for both the dict and the closure (a dict can never be a key
//! of itself: dicts are unhashable).

use crate::value::Value;
use serde::{Deserialize, Serialize};

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    indices: Vec<u32>,
    len: usize,
    /// Slots of `indices` not EMPTY (live + DELETED).
    used: usize,
    /// `collections` dict subclasses (`Counter`, `defaultdict`,
    /// `OrderedDict`): `None` for a plain dict.
    #[serde(default)]
    pub flavor: Option<Box<crate::modules::collections::DictFlavor>>,
}

impl Dict {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity_bytes(&self) -> usize {
        self.entries.capacity() * 40 + self.indices.capacity() * 4
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().flatten()
    }

    /// The live entry at or after raw position `pos`, and the next position
    /// (for iterators that must survive mutation of other entries).
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = self.entries[pos] {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    /// Position in `entries` of the key, if present.
    pub fn find(&self, hash: u64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut i = (hash as usize) & mask;
        loop {
            match self.indices[i] {
                EMPTY => return None,
                DELETED => {}
                pos => {
                    if let Some(e) = &self.entries[pos as usize] {
                        if e.hash == hash && eq(e.key) {
                            return Some(pos as usize);
                        }
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    pub fn entry(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    pub fn set_value(&mut self, pos: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, hash: u64, key: Value, value: Value) {
        if (self.used + 1) * 3 >= self.indices.len() * 2 {
            self.grow();
        }
        let pos = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        let mask = self.indices.len() - 1;
        let mut i = (hash as usize) & mask;
        loop {
            if self.indices[i] == EMPTY {
                self.indices[i] = pos;
                self.used += 1;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// Removes the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let e = self.entries.get_mut(pos)?.take()?;
        let mask = self.indices.len() - 1;
        let mut i = (e.hash as usize) & mask;
        loop {
            if self.indices[i] == pos as u32 {
                self.indices[i] = DELETED;
                break;
            }
            if self.indices[i] == EMPTY {
                break;
            }
            i = (i + 1) & mask;
        }
        self.len -= 1;
        if self.len == 0 {
            self.clear();
        }
        Some(e)
    }

    /// Removes and returns the last inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(pos)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.len = 0;
        self.used = 0;
    }

    /// Raw entry positions (including tombstones): iterator bound.
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }

    fn grow(&mut self) {
        // Compact tombstones, then rebuild the index with room to spare.
        if self.len < self.entries.len() {
            self.entries.retain(|e| e.is_some());
        }
        let mut cap = 8;
        while cap * 2 < (self.len + 1) * 3 + 2 {
            cap *= 2;
        }
        cap *= 2;
        self.indices = vec![EMPTY; cap];
        self.used = 0;
        let mask = cap - 1;
        for (pos, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let mut i = (e.hash as usize) & mask;
                while self.indices[i] != EMPTY {
                    i = (i + 1) & mask;
                }
                self.indices[i] = pos as u32;
                self.used += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_find_remove() {
        let mut d = Dict::new();
        for i in 0..100i64 {
            let h = (i as u64).wrapping_mul(31) % 7;
            assert!(d.find(h, |k| k == Value::Int(i)).is_none());
            d.push_new(h, Value::Int(i), Value::Int(i * 2));
        }
        assert_eq!(d.len(), 100);
        for i in 0..100i64 {
            let h = (i as u64).wrapping_mul(31) % 7;
            let pos = d.find(h, |k| k == Value::Int(i)).unwrap();
            assert_eq!(d.entry(pos).unwrap().value, Value::Int(i * 2));
            if i % 2 == 0 {
                d.remove_at(pos);
            }
        }
        assert_eq!(d.len(), 50);
        let keys: Vec<_> = d.iter().map(|e| e.key).collect();
        assert_eq!(keys[0], Value::Int(1));
        for i in 100..200i64 {
            d.push_new(i as u64, Value::Int(i), Value::None);
        }
        assert_eq!(d.len(), 150);
        assert!(d.find(150, |k| k == Value::Int(150)).is_some());
    }
}
