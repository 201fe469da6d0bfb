//! Printers: readable text (snapshots, teaching, `pycps ir`), Graphviz dot
//! (each function's state machine) and json (serde of the module).
//!
//! Every printer iterates in a defined order (functions by id, blocks by
//! index, registers ascending), so output is stable for snapshots.

mod dot;
mod json;
mod text;

pub use dot::to_dot;
pub use json::to_json;
pub use text::{const_repr, function_to_text, inst_to_text, term_to_text, to_text};
