//! Standard-library modules written in Python (`pystd/*.py`): `dataclasses`,
//! `enum`, `textwrap`, `statistics`, `random`, `datetime`.
//!
//! Each file is one function `def __pycps_std_<name>():` whose body is the
//! module and which returns the module namespace as a dict. When a program
//! mentions such a module, its file is appended to the source text (so the
//! program's own line numbers and spans are unchanged) and its `def` is
//! moved to the front of the module body. The runtime's `import <name>`
//! calls `__pycps_std_<name>` once and keeps the namespace in its place
//! (see `pycps_runtime::modules`).

use pycps_frontend::Diagnostic;

/// (module name, source) of every Python-source module.
const MODULES: &[(&str, &str)] = &[
    ("dataclasses", include_str!("pystd/dataclasses.py")),
    ("enum", include_str!("pystd/enum.py")),
    ("textwrap", include_str!("pystd/textwrap.py")),
    ("statistics", include_str!("pystd/statistics.py")),
    ("random", include_str!("pystd/random.py")),
    ("datetime", include_str!("pystd/datetime.py")),
];

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
fn needed(source: &str) -> Vec<(&'static str, &'static str)> {
    MODULES
        .iter()
        .copied()
        .filter(|(name, _)| mentions(source, name))
        .collect()
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
    for (_, src) in &mods {
        text.push_str(src);
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
