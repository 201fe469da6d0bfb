//! Python hashing: `hash(v)` of built-in values, heap-only (`&Heap`) so
//! dict and set lookups can hash while borrowing the table.
//!
//! Every hash is CPython 3.11's (64-bit build, `PYTHONHASHSEED=0`), since
//! set iteration order follows hashes:
//! - ints reduce modulo `2^61 - 1` keeping the sign, floats use
//!   `_Py_HashDouble` (so `1`, `1.0` and `True` are the same key), `-1`
//!   always becomes `-2`;
//! - `str` and `bytes` are SipHash-1-3 with an all-zero key over CPython's
//!   internal representation (`Python/pyhash.c`): one byte per character
//!   when all are below 256, else two (UCS-2) or four (UCS-4) little-endian
//!   bytes; the empty string hashes to 0;
//! - tuples use the xxHash-based `tuplehash`, frozensets the shuffle-bits
//!   `frozenset_hash`, ranges hash as the tuple `(len, start, step)`;
//! - `None` and other identity-hashed objects hash by address in CPython
//!   (not reproducible): a fixed value stands in.
//!
//! `Dict` tables hash top-level `str` keys with the cheaper [`hash_str`]
//! instead (see `dict.rs`); sets use Python's hashes throughout.
//!
//! Deeply nested tuples stop at `MAX_DEPTH` (unhashable) rather than
//! overflow the Rust stack.

use crate::classes::ClassId;
use crate::heap::Heap;
use crate::object::Object;
use crate::settable::SetTable;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

const MAX_DEPTH: usize = 500;
const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
const HASH_INF: u64 = 314159;
/// `hash(None)` observed in a CPython 3.11 run (address based; its low
/// bits, which decide small-table slots, are stable across runs).
const HASH_NONE: u64 = 8776756255678;

/// `-1` is CPython's error marker: a computed `-1` becomes `-2`.
fn fix_minus_one(h: u64) -> u64 {
    if h == u64::MAX {
        u64::MAX - 1
    } else {
        h
    }
}

pub(crate) fn hash_i64(i: i64) -> u64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    fix_minus_one(h as u64)
}

fn hash_bigint(b: &BigInt) -> u64 {
    let m = BigInt::from(HASH_MODULUS);
    let r: BigInt = b % &m; // sign follows b
    fix_minus_one(r.to_i64().unwrap_or(0) as u64)
}

/// `frexp`: `v = m * 2^e` with `0.5 <= |m| < 1` (finite, nonzero `v`).
fn frexp(v: f64) -> (f64, i32) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2^54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `_Py_HashDouble` (NaN, hashed by address in CPython, hashes to 0).
pub(crate) fn hash_f64(v: f64) -> u64 {
    if v.is_infinite() {
        return if v > 0.0 {
            HASH_INF
        } else {
            HASH_INF.wrapping_neg()
        };
    }
    if v.is_nan() || v == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let negative = m < 0.0;
    if negative {
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268_435_456.0; // 2^28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    if negative {
        x = x.wrapping_neg();
    }
    fix_minus_one(x)
}

/// One SipHash round.
macro_rules! sip_round {
    ($v0:ident, $v1:ident, $v2:ident, $v3:ident) => {
        $v0 = $v0.wrapping_add($v1);
        $v2 = $v2.wrapping_add($v3);
        $v1 = $v1.rotate_left(13) ^ $v0;
        $v3 = $v3.rotate_left(16) ^ $v2;
        $v0 = $v0.rotate_left(32);
        $v2 = $v2.wrapping_add($v1);
        $v0 = $v0.wrapping_add($v3);
        $v1 = $v1.rotate_left(17) ^ $v2;
        $v3 = $v3.rotate_left(21) ^ $v0;
        $v2 = $v2.rotate_left(32);
    };
}

/// SipHash-1-3 with an all-zero key (`siphash13` of `Python/pyhash.c`).
#[inline]
fn siphash13(data: &[u8]) -> u64 {
    let mut v0: u64 = 0x736f_6d65_7073_6575;
    let mut v1: u64 = 0x646f_7261_6e64_6f6d;
    let mut v2: u64 = 0x6c79_6765_6e65_7261;
    let mut v3: u64 = 0x7465_6462_7974_6573;
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let mi = u64::from_le_bytes(w);
        v3 ^= mi;
        sip_round!(v0, v1, v2, v3);
        v0 ^= mi;
    }
    let mut tail = [0u8; 8];
    let rest = chunks.remainder();
    tail[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(tail);
    v3 ^= b;
    sip_round!(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    sip_round!(v0, v1, v2, v3);
    sip_round!(v0, v1, v2, v3);
    sip_round!(v0, v1, v2, v3);
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// `_Py_HashBytes`.
#[inline]
pub fn hash_bytes(b: &[u8]) -> u64 {
    if b.is_empty() {
        return 0;
    }
    fix_minus_one(siphash13(b))
}

/// The table hash of a `str` key in a [`crate::dict::Dict`] (FNV-1a):
/// not Python's `hash(s)`, which dict order never depends on, but cheap,
/// since attribute lookups hash names all the time.
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// `hash(s)` of a `str`: over its latin-1 / UCS-2 / UCS-4 representation.
pub fn python_hash_str(s: &str) -> u64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        if max < 0x100 {
            buf.push(c as u8);
        } else if max < 0x1_0000 {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            buf.extend_from_slice(&c.to_le_bytes());
        }
    }
    hash_bytes(&buf)
}

/// CPython's xxHash-based `tuplehash` over the items' hashes.
pub(crate) fn hash_tuple_lanes(lanes: impl ExactSizeIterator<Item = u64>) -> u64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = lanes.len() as u64;
    let mut acc = P5;
    for lane in lanes {
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc
}

/// CPython's `frozenset_hash` (independent of slot order).
pub fn hash_frozenset(t: &SetTable) -> u64 {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut hash = t.iter().fold(0u64, |acc, e| acc ^ shuffle(e.hash));
    hash ^= (t.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        return 590923713;
    }
    hash
}

impl Heap {
    /// `hash(v)`; `Err(class)` names the unhashable type.
    pub fn hash(&self, v: Value) -> Result<u64, ClassId> {
        self.hash_depth(v, 0)
    }

    fn hash_depth(&self, v: Value, depth: usize) -> Result<u64, ClassId> {
        Ok(match v {
            Value::Unbound | Value::None => HASH_NONE,
            Value::Bool(b) => b as u64,
            Value::Int(i) => hash_i64(i),
            Value::Float(f) => hash_f64(f),
            Value::Obj(r) => match self.get(r) {
                Object::Str(s) => python_hash_str(s),
                Object::BigInt(b) => hash_bigint(b),
                Object::Bytes(b) => hash_bytes(b),
                Object::Tuple(items) => {
                    if depth > MAX_DEPTH {
                        return Err(ClassId::Tuple);
                    }
                    let mut lanes = Vec::with_capacity(items.len());
                    for &i in items {
                        lanes.push(self.hash_depth(i, depth + 1)?);
                    }
                    hash_tuple_lanes(lanes.into_iter())
                }
                Object::FrozenSet(t) => hash_frozenset(t),
                Object::Range(rg) => {
                    let len = rg.len().max(0);
                    let (start, step) = match len {
                        0 => (HASH_NONE, HASH_NONE),
                        1 => (hash_i64(rg.start), HASH_NONE),
                        _ => (hash_i64(rg.start), hash_i64(rg.step)),
                    };
                    hash_tuple_lanes([hash_i64(len), start, step].into_iter())
                }
                Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::ByteArray(_)
                | Object::DictView(..)
                | Object::Slice(..) => return Err(self.get(r).class()),
                _ => (r.0 as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 4,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.11 with PYTHONHASHSEED=0.
    #[test]
    fn matches_cpython() {
        assert_eq!(python_hash_str("a") as i64, 4644417185603328019);
        assert_eq!(python_hash_str(""), 0);
        assert_eq!(python_hash_str("é") as i64, 6047309291227476195);
        assert_eq!(python_hash_str("€") as i64, -5529981157763016009);
        assert_eq!(hash_bytes(b"abc") as i64, -4594863902769663758);
        assert_eq!(hash_f64(1.5) as i64, 1152921504606846977);
        assert_eq!(hash_f64(1e300) as i64, 1224995262755759164);
        assert_eq!(hash_f64(f64::INFINITY), 314159);
        assert_eq!(hash_f64(-1.0) as i64, -2);
        assert_eq!(hash_f64(3.0), 3);
        assert_eq!(hash_tuple_lanes([].into_iter()) as i64, 5740354900026072187);
        assert_eq!(
            hash_tuple_lanes([1u64, 2].into_iter()) as i64,
            -3550055125485641917
        );
    }
}
