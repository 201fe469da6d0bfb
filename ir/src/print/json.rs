//! JSON form of a module: serde's pretty-printed serialization of
//! [`crate::Module`] (field order is declaration order, so it is stable).

use crate::Module;

/// The module as pretty-printed JSON.
pub fn to_json(module: &Module) -> String {
    // Serializing plain data (no maps with non-string keys) cannot fail;
    // non-finite floats become `null`.
    serde_json::to_string_pretty(module).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
