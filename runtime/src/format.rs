//! Text formatting used by the runtime: a thin layer over the pure helpers
//! of [`crate::text`].

pub use crate::text::{bytes_repr, float_repr, str_repr};
