//! Standard-library modules written in Python (`pystd/*.py`): `dataclasses`,
//! `enum`, `textwrap`, `statistics`, `random`, `datetime`, `uuid`, and the Python
//! halves of native modules (`_pycps_collections`: `ChainMap`;
//! `_pycps_functools`: `singledispatch`, `total_ordering`, `wraps`;
//! `_pycps_string`: `Template`), which
//! the native module's attribute lookup loads.
//!
//! Each file is one function `def __pycps_std_<name>():` whose body is the
//! module and which returns the module namespace as a dict. When a program
//! mentions such a module, its file is appended to the source text (so the
//! program's own line numbers and spans are unchanged) and its `def` is
//! moved to the front of the module body. The runtime's `import <name>`
//! calls `__pycps_std_<name>` once and keeps the namespace in its place
//! (see `pycps_runtime::modules`). A module is included when the program
//! mentions one of its trigger words (its name, or a name it provides).
//! Programs that read function annotations also get the rewrite of
//! [`annotate`].

mod annotate;

use pycps_frontend::ast::StmtKind;
use pycps_frontend::Diagnostic;

/// A Python-source module: its name, the words whose mention brings it
/// into a program, and its source.
struct PyModule {
    name: &'static str,
    triggers: &'static [&'static str],
    source: &'static str,
}

const fn module(name: &'static str, source: &'static str) -> PyModule {
    PyModule {
        name,
        triggers: &[],
        source,
    }
}

/// Every Python-source module.
const MODULES: &[PyModule] = &[
    module("dataclasses", include_str!("pystd/dataclasses.py")),
    module("enum", include_str!("pystd/enum.py")),
    module("textwrap", include_str!("pystd/textwrap.py")),
    module("statistics", include_str!("pystd/statistics.py")),
    module("random", include_str!("pystd/random.py")),
    module("datetime", include_str!("pystd/datetime.py")),
    // helper "native": uuid on the native hashlib and `_pycps_native`.
    module("uuid", include_str!("pystd/uuid.py")),
    PyModule {
        name: "_pycps_collections",
        triggers: &["ChainMap"],
        source: include_str!("pystd/_pycps_collections.py"),
    },
    PyModule {
        name: "_pycps_functools",
        triggers: &[
            "singledispatch",
            "singledispatchmethod",
            "total_ordering",
            "wraps",
            "update_wrapper",
            "WRAPPER_ASSIGNMENTS",
            "WRAPPER_UPDATES",
        ],
        source: include_str!("pystd/_pycps_functools.py"),
    },
    PyModule {
        name: "_pycps_string",
        triggers: &["Template"],
        source: include_str!("pystd/_pycps_string.py"),
    },
    // Not a module: the decorator of the annotations rewrite.
    PyModule {
        name: annotate::ANNOTATE,
        triggers: ANNOTATION_READERS,
        source: include_str!("pystd/_pycps_annotate.py"),
    },
];

/// Words that make a program keep function annotations.
const ANNOTATION_READERS: &[&str] = &["singledispatch", "singledispatchmethod", "__annotations__"];

/// Prefix of the loader functions' names.
pub const LOADER_PREFIX: &str = "__pycps_std_";

/// Whether `word` occurs in `text` as a whole identifier.
fn mentions(text: &str, word: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// The Python-source modules `source` may import.
fn needed(source: &str) -> Vec<&'static PyModule> {
    MODULES
        .iter()
        .filter(|m| mentions(source, m.name) || m.triggers.iter().any(|t| mentions(source, t)))
        .collect()
}

/// Whether the program has `from __future__ import annotations`.
fn future_annotations(m: &pycps_frontend::ast::Module) -> bool {
    m.body.iter().any(|s| match &s.kind {
        StmtKind::ImportFrom { module, names, .. } => {
            module.as_deref() == Some("__future__") && names.iter().any(|a| a.name == "annotations")
        }
        _ => false,
    })
}

/// Parses `source` and lowers it together with the Python-source modules
/// it mentions.
pub fn compile(source: &str, filename: &str) -> Result<pycps_ir::Module, Vec<Diagnostic>> {
    let user = pycps_frontend::parse(source)?;
    let mods = needed(source);
    if mods.is_empty() {
        return crate::lower(&user, filename, source);
    }
    let mut text = source.to_string();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    for m in &mods {
        text.push_str(m.source);
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    let Ok(mut combined) = pycps_frontend::parse(&text) else {
        // Cannot happen for the bundled sources; fall back to the program.
        return crate::lower(&user, filename, source);
    };
    let n = user.body.len();
    if combined.body.len() < n {
        return crate::lower(&user, filename, source);
    }
    if ANNOTATION_READERS.iter().any(|w| mentions(source, w)) {
        let stringify = future_annotations(&user);
        annotate::annotate(&mut combined.body[..n], &text, stringify);
    }
    let loaders = combined.body.split_off(n);
    let program = std::mem::replace(&mut combined.body, loaders);
    combined.body.extend(program);
    let mut ir = crate::lower(&combined, filename, &text)?;
    // Module-level names of the bundled modules, not `loader.<locals>.`.
    for f in &mut ir.functions {
        if let Some(rest) = f.qualname.strip_prefix(LOADER_PREFIX) {
            if let Some((_, q)) = rest.split_once(".<locals>.") {
                f.qualname = q.to_string();
            }
        }
    }
    Ok(ir)
}

#[cfg(test)]
mod tests {
    use super::mentions;

    #[test]
    fn whole_words() {
        assert!(mentions("import random\n", "random"));
        assert!(mentions("from enum import Enum", "enum"));
        assert!(!mentions("x = enumerate(y)", "enum"));
        assert!(!mentions("my_random = 1", "random"));
    }
}
