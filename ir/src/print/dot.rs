//! Graphviz DOT form. Placeholder until the dot printer lands.

use crate::Module;

/// The module as a Graphviz digraph.
pub fn to_dot(_module: &Module) -> String {
    String::from("digraph pycps {}\n")
}
