//! Standard-library modules written in Python (`pystd/*.py`): `dataclasses`,
//! `enum`, `textwrap`, `statistics`, `random`, `datetime`, `copy`, `heapq`,
//! `bisect`, `operator`, `contextlib`, `abc`, `types`, `io`, `csv`,
//! `pprint`, `urllib.parse`, `html`, `fnmatch`, `shlex`, `fractions`,
//! `uuid`, and the Python halves of native modules (`_pycps_collections`: `ChainMap`;
//! `_pycps_functools`: `singledispatch`, `total_ordering`, `wraps`;
//! `_pycps_string`: `Template`; `_pycps_asyncio`: what `asyncio.run` does
//! around the main coroutine, its shutdown; `_pycps_asyncio_sync`:
//! `Condition`, `Barrier`), which the native module's attribute lookup
//! loads.
//!
//! Each file is one function `def __pycps_std_<name>():` (dots of a dotted
//! name become `_`) whose body is the module and which returns the module
//! namespace as a dict. When a program needs such a module, its file is
//! appended to the source text (so the program's own line numbers and spans
//! are unchanged) and its `def` is moved to the front of the module body.
//! The runtime's `import <name>` calls the loader once and keeps the
//! namespace in its place (see `pycps_runtime::modules`).
//!
//! A module is needed when the program imports it (`import m`, `import
//! m.sub`, `from m import x`, at any depth of the program), when a needed
//! bundled module imports it (transitively; the bundled sources keep one
//! import per line), or, for the halves of native modules, when the program
//! or a needed module mentions one of its trigger words. Programs that read
//! function annotations also get the rewrite of [`annotate`].

mod annotate;

use pycps_frontend::ast::{Stmt, StmtKind};
use pycps_frontend::visit::stmt_children;
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
    module("copy", include_str!("pystd/copy.py")),
    module("heapq", include_str!("pystd/heapq.py")),
    module("bisect", include_str!("pystd/bisect.py")),
    module("operator", include_str!("pystd/operator.py")),
    module("contextlib", include_str!("pystd/contextlib.py")),
    module("abc", include_str!("pystd/abc.py")),
    module("types", include_str!("pystd/types.py")),
    module("io", include_str!("pystd/io.py")),
    module("csv", include_str!("pystd/csv.py")),
    module("pprint", include_str!("pystd/pprint.py")),
    module("urllib.parse", include_str!("pystd/urllib_parse.py")),
    module("html", include_str!("pystd/html.py")),
    module("fnmatch", include_str!("pystd/fnmatch.py")),
    module("shlex", include_str!("pystd/shlex.py")),
    module("fractions", include_str!("pystd/fractions.py")),
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
        name: "_pycps_asyncio",
        triggers: &[
            "run",
            "Runner",
            "run_until_complete",
            "get_event_loop",
            "new_event_loop",
            "set_event_loop",
            "to_thread",
            "run_in_executor",
        ],
        source: include_str!("pystd/_pycps_asyncio.py"),
    },
    PyModule {
        name: "_pycps_asyncio_sync",
        triggers: &["Condition", "Barrier", "BrokenBarrierError"],
        source: include_str!("pystd/_pycps_asyncio_sync.py"),
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

/// The module names imported anywhere in `stmts` (`import a.b` gives
/// `a.b`, `from a.b import c` gives `a.b`), nested bodies included.
fn imports_of(stmts: &[Stmt], out: &mut Vec<String>) {
    let mut todo: Vec<&Stmt> = stmts.iter().rev().collect();
    let mut exprs = Vec::new();
    while let Some(s) = todo.pop() {
        match &s.kind {
            StmtKind::Import(aliases) => out.extend(aliases.iter().map(|a| a.name.clone())),
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } => {
                out.push(m.clone());
                // `from urllib import parse` may name a submodule.
                out.extend(names.iter().map(|a| format!("{m}.{}", a.name)));
            }
            _ => {
                let mut kids = Vec::new();
                stmt_children(s, &mut kids, &mut exprs);
                exprs.clear();
                todo.extend(kids.into_iter().rev());
            }
        }
    }
}

/// The module names a bundled module's source imports (its `import x` and
/// `from x import y` lines; the bundled sources keep one import per line).
fn source_imports(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in source.lines() {
        let l = line.trim_start();
        if let Some(rest) = l.strip_prefix("import ") {
            for part in rest.split(',') {
                if let Some(name) = part.split_whitespace().next() {
                    out.push(name.to_string());
                }
            }
        } else if let Some(rest) = l.strip_prefix("from ") {
            if let Some(name) = rest.split_whitespace().next() {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// The Python-source modules a program needs: those it imports (anywhere),
/// the halves of native modules whose trigger words it mentions, and,
/// transitively, what those modules import or mention.
fn needed(source: &str, user: &[Stmt]) -> Vec<&'static PyModule> {
    let mut imported = Vec::new();
    imports_of(user, &mut imported);
    let mut want: Vec<bool> = MODULES
        .iter()
        .map(|m| triggered(m, source, &imported))
        .collect();
    let mut done = vec![false; MODULES.len()];
    while let Some(i) = (0..MODULES.len()).find(|&i| want[i] && !done[i]) {
        done[i] = true;
        let src = MODULES[i].source;
        let deps = source_imports(src);
        for (j, m) in MODULES.iter().enumerate() {
            if !want[j] && triggered(m, src, &deps) {
                want[j] = true;
            }
        }
    }
    MODULES
        .iter()
        .zip(want)
        .filter_map(|(m, w)| w.then_some(m))
        // `run` is a common word: the asyncio half needs `asyncio` too.
        .filter(|m| !m.name.starts_with("_pycps_asyncio") || mentions(source, "asyncio"))
        .collect()
}

/// Whether `m` is brought in by a text importing `imported` and mentioning
/// words of `text` (a module by its import, or by the import of a dotted
/// name under it; a native module's half by its trigger words).
fn triggered(m: &PyModule, text: &str, imported: &[String]) -> bool {
    // `import a.b` needs `a`; `import a` also brings its bundled submodules
    // (CPython's `urllib.parse` is loaded at startup, so `import urllib`
    // then `urllib.parse` works there).
    let under = |a: &str, b: &str| a.strip_prefix(b).is_some_and(|r| r.starts_with('.'));
    let by_import = imported
        .iter()
        .any(|i| i == m.name || under(i, m.name) || under(m.name, i));
    by_import || m.triggers.iter().any(|t| mentions(text, t))
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
    let mods = needed(source, &user.body);
    if mods.is_empty() {
        return crate::lower(&user, filename, source);
    }
    let mut text = source.to_string();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let library_start = text.len() as u32;
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
    ir.library_start = Some(library_start);
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
    use super::{mentions, needed, source_imports, MODULES};

    fn names(src: &str) -> Vec<&'static str> {
        let m = pycps_frontend::parse(src).unwrap_or_else(|_| panic!("parse {src}"));
        needed(src, &m.body).iter().map(|m| m.name).collect()
    }

    #[test]
    fn included_by_import_not_by_mention() {
        assert!(names("x = [1]\ny = x.copy()\n").is_empty());
        assert_eq!(names("import copy\n"), vec!["copy"]);
        assert_eq!(
            names("def f():\n    from heapq import heappush\n"),
            vec!["heapq"]
        );
        assert!(names("import urllib.parse\n").contains(&"urllib.parse"));
        assert!(names("from urllib.parse import quote\n").contains(&"urllib.parse"));
        assert!(names("from urllib import parse\n").contains(&"urllib.parse"));
        assert!(names("import urllib\n").contains(&"urllib.parse"));
    }

    #[test]
    fn transitive_imports() {
        let n = names("import contextlib\n");
        assert!(
            n.contains(&"contextlib") && n.contains(&"_pycps_functools"),
            "{n:?}"
        );
    }

    #[test]
    fn bundled_imports_are_bundled_or_native() {
        for m in MODULES {
            for dep in source_imports(m.source) {
                let top = dep.split('.').next().unwrap_or(&dep);
                let native = [
                    "math",
                    "re",
                    "functools",
                    "collections",
                    "itertools",
                    "time",
                    "json",
                    "typing",
                    "string",
                    "asyncio",
                    "sys",
                    "hashlib",
                    "binascii",
                    "base64",
                    "hmac",
                    "_pycps_native",
                ];
                assert!(
                    native.contains(&top) || MODULES.iter().any(|b| b.name == dep),
                    "{} imports unknown module {dep}",
                    m.name
                );
            }
        }
    }

    #[test]
    fn whole_words() {
        assert!(mentions("import random\n", "random"));
        assert!(mentions("from enum import Enum", "enum"));
        assert!(!mentions("x = enumerate(y)", "enum"));
        assert!(!mentions("my_random = 1", "random"));
    }
}
