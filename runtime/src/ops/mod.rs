//! Python operators on values: arithmetic (`arith`), equality, hashing and
//! ordering (`compare`), `repr`/`str` (`repr`), and sequence/mapping
//! protocols (`seq`: indexing, slicing, iteration, unpacking, `len`), and
//! CPython's set algorithms (`sets`).

pub mod arith;
pub mod compare;
pub mod hash;
pub mod repr;
pub mod seq;
pub mod sets;
