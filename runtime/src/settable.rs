//! `SetTable`: the hash table behind `set` and `frozenset`, a faithful port
//! of CPython 3.11's table (Objects/setobject.c) so that iteration order,
//! `set.pop()` order and `frozenset` hashes are exactly CPython's.
//!
//! The table is open addressing over `mask + 1` slots (a power of two, at
//! least [`MIN_SIZE`]). A probe looks at the home slot `hash & mask` and the
//! [`LINEAR_PROBES`] slots after it (when they fit before the end), then
//! jumps to `i * 5 + 1 + perturb` with `perturb` shifted right by
//! [`PERTURB_SHIFT`] each time. Deleted keys leave `Dummy` slots, which
//! lookups pass over and insertions reuse (the last one met before the
//! empty slot that ends the probe). Iteration is
//! slot order. Invariants:
//! - `fill` counts active + dummy slots, `used` active ones; after every
//!   insertion into an unused slot `fill * 5 < mask * 3`, so an empty slot
//!   always exists and probing terminates;
//! - a resize rebuilds without dummies into the smallest power of two above
//!   `used * 4` (`used * 2` past 50000 entries), reinserting in slot order.
//!
//! Key equality needs the heap, so lookups take an `eq` closure (as
//! [`crate::dict::Dict::find`]); the interpreter-level algorithms (merge,
//! intersection, difference, ...) live in `ops/sets.rs`.

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// Slots of a fresh table.
pub const MIN_SIZE: usize = 8;
/// Consecutive slots inspected after the home slot before jumping.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// A live element: its Python hash and the key itself.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct SetEntry {
    pub hash: u64,
    pub key: Value,
}

#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
enum Slot {
    #[default]
    Empty,
    Dummy,
    Active(SetEntry),
}

/// Where a key is, or where it would go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Probe {
    /// The slot holding an equal key.
    Found(usize),
    /// Absent: the slot an insertion takes; `unused` when it is a virgin
    /// slot (not a reused dummy), which raises `fill`.
    Vacant { slot: usize, unused: bool },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Where `pop` starts searching (CPython's `finger`).
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        Self::new()
    }
}

impl SetTable {
    pub fn new() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn capacity_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>()
    }

    /// Live entries in slot order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &SetEntry> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(e) => Some(e),
            _ => None,
        })
    }

    /// The live entry at or after slot `pos` and the position after it
    /// (`set_next`, for iterators that check the size themselves).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, SetEntry)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Active(e) => Some((i + 1, *e)),
                _ => None,
            })
    }

    pub fn entry(&self, pos: usize) -> Option<&SetEntry> {
        match self.slots.get(pos) {
            Some(Slot::Active(e)) => Some(e),
            _ => None,
        }
    }

    /// The probe of `set_add_entry` / `set_lookkey`: compares `eq` only
    /// against keys of the same hash.
    pub fn probe(&self, hash: u64, mut eq: impl FnMut(Value) -> bool) -> Probe {
        let mask = self.mask();
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => {
                        return match freeslot {
                            Some(slot) => Probe::Vacant {
                                slot,
                                unused: false,
                            },
                            None => Probe::Vacant {
                                slot: j,
                                unused: true,
                            },
                        }
                    }
                    Slot::Active(e) => {
                        if e.hash == hash && eq(e.key) {
                            return Probe::Found(j);
                        }
                    }
                    // CPython 3.11 keeps the last dummy met, not the first.
                    Slot::Dummy => freeslot = Some(j),
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
        }
    }

    /// Slot of the key, if present.
    pub fn find(&self, hash: u64, eq: impl FnMut(Value) -> bool) -> Option<usize> {
        match self.probe(hash, eq) {
            Probe::Found(pos) => Some(pos),
            Probe::Vacant { .. } => None,
        }
    }

    /// Stores a key at the vacancy `probe` returned (the table must not
    /// have changed since), resizing as `set_add_entry` does.
    pub fn insert_vacant(&mut self, slot: usize, unused: bool, hash: u64, key: Value) {
        debug_assert!(
            !matches!(self.slots.get(slot), Some(Slot::Active(_))),
            "insert_vacant into a live slot"
        );
        let Some(s) = self.slots.get_mut(slot) else {
            return;
        };
        *s = Slot::Active(SetEntry { hash, key });
        self.used += 1;
        if unused {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                self.resize(self.growth_target());
            }
        }
    }

    /// Adds a key (no-op when an equal key is present); true when added.
    pub fn add(&mut self, hash: u64, key: Value, eq: impl FnMut(Value) -> bool) -> bool {
        match self.probe(hash, eq) {
            Probe::Found(_) => false,
            Probe::Vacant { slot, unused } => {
                self.insert_vacant(slot, unused, hash, key);
                true
            }
        }
    }

    /// Turns the live slot `pos` into a dummy, returning its entry.
    pub fn remove_at(&mut self, pos: usize) -> Option<SetEntry> {
        let s = self.slots.get_mut(pos)?;
        let Slot::Active(e) = *s else {
            return None;
        };
        *s = Slot::Dummy;
        self.used -= 1;
        Some(e)
    }

    /// `set.pop()`: the first live slot from the finger on (wrapping).
    pub fn pop(&mut self) -> Option<SetEntry> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(_)) {
            i = if i >= mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    /// Empties the table back to [`MIN_SIZE`] slots (the finger stays).
    pub fn clear(&mut self) {
        self.slots = vec![Slot::Empty; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// Takes over `other`'s contents (`set_swap_bodies` for
    /// `intersection_update`); the finger stays with `self`.
    pub fn replace_contents(&mut self, other: SetTable) {
        self.slots = other.slots;
        self.fill = other.fill;
        self.used = other.used;
    }

    /// The `minused` CPython passes after an insertion fills the table.
    pub fn growth_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Resizes when more than a quarter of the slots are dummies (the end
    /// of `set_difference_update_internal`).
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// `set_table_resize`: rebuilds into the smallest power of two (at
    /// least [`MIN_SIZE`]) above `minused`, dropping dummies.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for s in old {
            if let Slot::Active(e) = s {
                insert_clean(&mut self.slots, e);
            }
        }
    }

    /// `set_merge`'s pre-sizing and fast paths for merging `other` into
    /// `self`: returns false when `self` was not empty, so the caller must
    /// add `other`'s entries one by one (comparing keys).
    pub fn merge_fast(&mut self, other: &SetTable) -> bool {
        if other.used == 0 {
            return true;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return false;
        }
        if self.mask() == other.mask() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
        } else {
            for e in other.iter() {
                insert_clean(&mut self.slots, *e);
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// Pre-sizing before merging `n` keys from a dict (`set_update_internal`).
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }
}

/// `set_insert_clean`: places a key known absent into a table without
/// dummies, no comparisons.
fn insert_clean(slots: &mut [Slot], e: SetEntry) {
    let mask = slots.len() - 1;
    let mut perturb = e.hash;
    let mut i = (e.hash as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(slot) = slots[i..=i + probes]
            .iter_mut()
            .find(|s| matches!(s, Slot::Empty))
        {
            *slot = Slot::Active(e);
            return;
        }
        perturb >>= PERTURB_SHIFT;
        i = i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize)
            & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(t: &mut SetTable, i: i64) {
        t.add(i as u64, Value::Int(i), |k| k == Value::Int(i));
    }

    fn keys(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|e| match e.key {
                Value::Int(i) => i,
                _ => -999,
            })
            .collect()
    }

    #[test]
    fn slot_order_and_dummy_reuse() {
        // CPython: s = {0, 8, 16, 24}; s.remove(0); s.remove(8);
        // s.add(32); s.add(40) -> {32, 40, 16, 24}
        let mut t = SetTable::new();
        for i in [0, 8, 16, 24] {
            add(&mut t, i);
        }
        for i in [0, 8] {
            let p = t.find(i as u64, |k| k == Value::Int(i));
            assert!(p.and_then(|p| t.remove_at(p)).is_some());
        }
        add(&mut t, 32);
        add(&mut t, 40);
        assert_eq!(keys(&t), vec![32, 40, 16, 24]);
    }

    #[test]
    fn growth_and_pop() {
        // CPython: {20, 3, 1, 2, 5} built by adds iterates 1, 2, 3, 5, 20.
        let mut t = SetTable::new();
        for i in [20, 3, 1, 2, 5] {
            add(&mut t, i);
        }
        assert_eq!(keys(&t), vec![1, 2, 3, 5, 20]);
        let popped: Vec<_> = std::iter::from_fn(|| t.pop()).map(|e| e.hash).collect();
        assert_eq!(popped, vec![1, 2, 3, 5, 20]);
        assert!(t.is_empty());
        for i in 0..1000 {
            add(&mut t, i * 7);
        }
        assert_eq!(t.len(), 1000);
        assert!(t.find(700, |k| k == Value::Int(700)).is_some());
        assert!(t.find(701, |k| k == Value::Int(701)).is_none());
    }
}
