//! Python hashing: `hash(v)` of built-in values, heap-only (`&Heap`) so
//! dict and set lookups can hash while borrowing the table.
//!
//! Numeric hashes follow CPython (ints reduce modulo 2^61-1, `-1` maps to
//! `-2`, integral floats hash as ints), so `1`, `1.0` and `True` are the
//! same key. Deeply nested tuples stop at `MAX_DEPTH` (unhashable) rather
//! than overflow the Rust stack.

use crate::classes::ClassId;
use crate::heap::Heap;
use crate::object::Object;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

const MAX_DEPTH: usize = 500;
const HASH_MODULUS: u64 = (1 << 61) - 1;

pub(crate) fn hash_i64(i: i64) -> u64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    (if h == -1 { -2 } else { h }) as u64
}

fn hash_bigint(b: &BigInt) -> u64 {
    let m = BigInt::from(HASH_MODULUS);
    let r: BigInt = b % &m; // sign follows b
    let h = r.to_i64().unwrap_or(0);
    (if h == -1 { -2 } else { h }) as u64
}

fn hash_f64(f: f64) -> u64 {
    if f.is_finite() && f.fract() == 0.0 {
        if f.abs() < 9.2e18 {
            return hash_i64(f as i64);
        }
        if let Some(b) = num_bigint::BigInt::from_f64_lossless(f) {
            return hash_bigint(&b);
        }
    }
    if f.is_nan() {
        return 0;
    }
    f.to_bits().wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

trait FromF64Lossless {
    fn from_f64_lossless(f: f64) -> Option<BigInt>;
}
impl FromF64Lossless for BigInt {
    fn from_f64_lossless(f: f64) -> Option<BigInt> {
        num_traits::FromPrimitive::from_f64(f)
    }
}

pub fn hash_str(s: &str) -> u64 {
    // FNV-1a: deterministic across runs (replayable), good enough here.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Heap {
    /// `hash(v)`; `Err(class)` names the unhashable type.
    pub fn hash(&self, v: Value) -> Result<u64, ClassId> {
        self.hash_depth(v, 0)
    }

    fn hash_depth(&self, v: Value, depth: usize) -> Result<u64, ClassId> {
        Ok(match v {
            Value::Unbound | Value::None => 0x5a5a_1234,
            Value::Bool(b) => b as u64,
            Value::Int(i) => hash_i64(i),
            Value::Float(f) => hash_f64(f),
            Value::Obj(r) => match self.get(r) {
                Object::Str(s) => hash_str(s),
                Object::BigInt(b) => hash_bigint(b),
                Object::Bytes(b) => {
                    let mut h: u64 = 0x1234_5678;
                    for x in b {
                        h = (h ^ *x as u64).wrapping_mul(0x0100_0000_01b3);
                    }
                    h
                }
                Object::Tuple(items) => {
                    if depth > MAX_DEPTH {
                        return Err(ClassId::Tuple);
                    }
                    let mut acc: u64 = 0x27D4_EB2F_1656_67C5;
                    for &i in items {
                        let h = self.hash_depth(i, depth + 1)?;
                        acc = acc.wrapping_add(h.wrapping_mul(0xC2B2_AE3D_27D4_EB4F));
                        acc = acc.rotate_left(31).wrapping_mul(0x9E37_79B1_85EB_CA87);
                    }
                    acc ^ (items.len() as u64)
                }
                Object::FrozenSet(d) => {
                    let mut acc: u64 = 0x1F35_A2B9;
                    for e in d.iter() {
                        acc ^= e.hash.wrapping_mul(0x9E37_79B9_7F4A_7C15);
                    }
                    acc
                }
                Object::Range(rg) => hash_i64(rg.start) ^ hash_i64(rg.stop).rotate_left(7),
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
