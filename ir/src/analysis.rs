//! Derived views of a function: operands (uses/defs), CFG (petgraph),
//! liveness, suspend live sets and definite assignment (bound-check elision).
//!
//! Everything here is recomputed from [`crate::Function`], which stays the
//! source of truth. All results iterate in a defined order (block index,
//! register index), never in hash order, so printers and snapshots are stable.
//!
//! Operand conventions, shared by the verifier, liveness and the interpreter:
//! - an instruction's defs are its `dst`-like registers (`dst`, `dsts`,
//!   `before`/`star`/`after`), plus `Unbind::var` (it overwrites the register
//!   with the unbound marker); everything else is a use, including
//!   `CheckBound::var` (it reads whether the register is bound);
//! - a terminator's defs happen *on an edge*: `Suspend` defines `dst` at the
//!   start of `resume` and `ForIter` defines `dst` at the start of `body`.
//!   Neither defines anything on its other edges (exhaustion, exception
//!   thrown in on resume).

mod bound;
mod cfg;
mod liveness;
mod operands;
mod valueset;

pub use bound::{definitely_assigned, elide_bound_checks};
pub use cfg::{cfg, predecessors, reachable, reverse_postorder, EdgeKind};
pub use liveness::{compute_suspend_live_sets, liveness, suspend_live_set, Liveness};
pub use operands::{
    for_each_def, for_each_term_def, for_each_term_use, for_each_use, term_uses_defs, uses_defs,
    EdgeDef,
};
pub use valueset::ValueSet;
