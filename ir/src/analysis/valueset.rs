//! `ValueSet`: a growable bitset of registers, iterated in ascending order.
//!
//! Bits past the stored length read as absent, so sets of different lengths
//! compare and combine sensibly, and inserting an out-of-range register grows
//! the set instead of panicking (analyses may run on IR the verifier has not
//! yet accepted).

use crate::ValueId;

#[derive(Clone, Default)]
pub struct ValueSet {
    words: Vec<u64>,
}

impl ValueSet {
    pub fn new() -> Self {
        ValueSet::default()
    }

    /// The set `{v0, .., v(n-1)}`.
    pub fn full(n: usize) -> Self {
        let mut words = vec![u64::MAX; n / 64];
        if n & 63 != 0 {
            words.push((1u64 << (n % 64)) - 1);
        }
        ValueSet { words }
    }

    pub fn contains(&self, v: ValueId) -> bool {
        let (w, b) = (v.index() / 64, v.index() % 64);
        self.words.get(w).is_some_and(|x| x & (1 << b) != 0)
    }

    /// Returns true if `v` was not already present.
    pub fn insert(&mut self, v: ValueId) -> bool {
        let (w, b) = (v.index() / 64, v.index() % 64);
        if w >= self.words.len() {
            self.words.resize(w + 1, 0);
        }
        let was = self.words[w] & (1 << b) != 0;
        self.words[w] |= 1 << b;
        !was
    }

    pub fn remove(&mut self, v: ValueId) -> bool {
        let (w, b) = (v.index() / 64, v.index() % 64);
        match self.words.get_mut(w) {
            Some(x) => {
                let was = *x & (1 << b) != 0;
                *x &= !(1 << b);
                was
            }
            None => false,
        }
    }

    /// `self |= other`; returns true if `self` changed.
    pub fn union_with(&mut self, other: &ValueSet) -> bool {
        if other.words.len() > self.words.len() {
            self.words.resize(other.words.len(), 0);
        }
        let mut changed = false;
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            let n = *a | *b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }

    /// `self &= other`; returns true if `self` changed.
    pub fn intersect_with(&mut self, other: &ValueSet) -> bool {
        let mut changed = false;
        for (i, a) in self.words.iter_mut().enumerate() {
            let n = *a & other.words.get(i).copied().unwrap_or(0);
            changed |= n != *a;
            *a = n;
        }
        changed
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    pub fn len(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Members in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = ValueId> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &w)| {
            (0..64)
                .filter(move |b| w & (1u64 << b) != 0)
                .map(move |b| ValueId::new(wi * 64 + b))
        })
    }

    /// Members in ascending order.
    pub fn to_vec(&self) -> Vec<ValueId> {
        self.iter().collect()
    }

    /// Set equality ignoring trailing zero words.
    pub fn same_as(&self, other: &ValueSet) -> bool {
        let n = self.words.len().max(other.words.len());
        (0..n).all(|i| {
            self.words.get(i).copied().unwrap_or(0) == other.words.get(i).copied().unwrap_or(0)
        })
    }
}

impl PartialEq for ValueSet {
    fn eq(&self, other: &ValueSet) -> bool {
        self.same_as(other)
    }
}

impl Eq for ValueSet {}

impl FromIterator<ValueId> for ValueSet {
    fn from_iter<I: IntoIterator<Item = ValueId>>(iter: I) -> Self {
        let mut s = ValueSet::new();
        for v in iter {
            s.insert(v);
        }
        s
    }
}

impl std::fmt::Debug for ValueSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}
