//! Function `__annotations__` for programs that read them (`singledispatch`
//! registration by annotation, `f.__annotations__`).
//!
//! The IR keeps no annotations, so when a program needs them every `def`
//! with annotated parameters or a return annotation gets one more,
//! innermost decorator: `__pycps_annotate__({'x': int, 'return': str})`,
//! which stores the dict as the function's `__annotations__` (see
//! `pystd/_pycps_functools.py`). The annotations are evaluated when the
//! `def` runs, after the other decorator expressions, as CPython does
//! without `from __future__ import annotations` (with it, each annotation
//! is its source text, a string).

use pycps_frontend::ast::{Constant, Expr, ExprKind, FunctionDef, Stmt, StmtKind};

/// Name of the decorator the rewrite inserts.
pub const ANNOTATE: &str = "__pycps_annotate__";

/// Adds the annotating decorator to every annotated `def` in `body`.
pub fn annotate(body: &mut [Stmt], source: &str, stringify: bool) {
    for s in body {
        annotate_stmt(s, source, stringify);
    }
}

fn annotate_stmt(s: &mut Stmt, source: &str, stringify: bool) {
    let span = s.span;
    match &mut s.kind {
        StmtKind::FunctionDef(f) => {
            if let Some(d) = decorator(f, span, source, stringify) {
                f.decorators.push(d);
            }
            annotate(&mut f.body, source, stringify);
        }
        StmtKind::ClassDef(c) => annotate(&mut c.body, source, stringify),
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => {
            annotate(body, source, stringify);
            annotate(orelse, source, stringify);
        }
        StmtKind::Try(t) => {
            annotate(&mut t.body, source, stringify);
            for h in &mut t.handlers {
                annotate(&mut h.body, source, stringify);
            }
            annotate(&mut t.orelse, source, stringify);
            annotate(&mut t.finalbody, source, stringify);
        }
        StmtKind::With { body, .. } => annotate(body, source, stringify),
        StmtKind::Match { cases, .. } => {
            for c in cases {
                annotate(&mut c.body, source, stringify);
            }
        }
        _ => {}
    }
}

/// `__pycps_annotate__({...})` for `f`, if it has annotations.
fn decorator(
    f: &FunctionDef,
    span: pycps_frontend::Span,
    source: &str,
    stringify: bool,
) -> Option<Expr> {
    let p = &f.params;
    let params = p
        .posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg);
    let mut entries: Vec<(String, &Expr)> = params
        .filter_map(|p| Some((p.name.name.clone(), p.annotation.as_ref()?)))
        .collect();
    if let Some(r) = &f.returns {
        entries.push(("return".to_string(), r));
    }
    if entries.is_empty() {
        return None;
    }
    let expr = |kind| Expr { kind, span };
    let mut keys = Vec::new();
    let mut values = Vec::new();
    for (name, ann) in entries {
        keys.push(Some(expr(ExprKind::Constant(Constant::Str(name)))));
        let value = if stringify {
            let text = source
                .get(ann.span.start as usize..ann.span.end as usize)
                .unwrap_or_default()
                .to_string();
            Expr {
                kind: ExprKind::Constant(Constant::Str(text)),
                span: ann.span,
            }
        } else {
            ann.clone()
        };
        values.push(value);
    }
    let dict = expr(ExprKind::Dict { keys, values });
    Some(expr(ExprKind::Call {
        func: Box::new(expr(ExprKind::Name(ANNOTATE.to_string()))),
        args: vec![dict],
        keywords: Vec::new(),
    }))
}
