//! Derived views of a function: CFG (petgraph), liveness, definite assignment.
//! Placeholder module; filled in by the IR work.
