//! `Value`: the register-sized Python value.
//!
//! Design: a small `Copy` enum (16 bytes) of immediates (`None`, `bool`,
//! `i64` int, `f64` float) and `Obj`, a `u32` handle into the heap arena
//! ([`crate::heap::Heap`]). Ints that overflow `i64` live on the heap as
//! big ints and are normalised back to `Int` whenever they fit, so an int
//! is `Value::Int` iff it fits `i64` (equality and hashing rely on this).
//!
//! `Unbound` is internal: the content of an unassigned register or an empty
//! cell; it never reaches Python code (`CheckBound`/`LoadCell` raise first).

use serde::{Deserialize, Serialize};

/// Handle of a heap object. Identity (`is`) is handle equality.
///
/// Serializes as the newtype struct `"ObjRef"` (not transparently): the
/// collector's tracer recognises handles by that name (see `crate::gc`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ObjRef(pub u32);

impl ObjRef {
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
pub enum Value {
    /// An unassigned register or empty cell (never visible to Python).
    #[default]
    Unbound,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    /// Identity, as Python's `is`.
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => a == b,
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Unbound, Value::Unbound) => true,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_is_small() {
        assert!(std::mem::size_of::<super::Value>() <= 16);
    }
}
