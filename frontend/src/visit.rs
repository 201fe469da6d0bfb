//! Generic child enumeration over the AST, used by checks that must not
//! recurse (depth limit) and by tests (span nesting).
//!
//! Invariant: children are listed in source order; every `Expr`/`Stmt`
//! directly owned by a node (including those inside parameters, keywords,
//! comprehensions, handlers, with-items and f-string fields) is listed.

use crate::ast::{
    Expr, ExprKind, FStringPart, Module, Parameters, Pattern, PatternKind, Stmt, StmtKind,
};
use crate::span::Span;

/// Direct children of a statement: nested statements and expressions.
pub fn stmt_children<'a>(s: &'a Stmt, stmts: &mut Vec<&'a Stmt>, exprs: &mut Vec<&'a Expr>) {
    match &s.kind {
        StmtKind::Expr(e) => exprs.push(e),
        StmtKind::Assign { targets, value } => {
            exprs.extend(targets);
            exprs.push(value);
        }
        StmtKind::AugAssign { target, value, .. } => exprs.extend([target, value]),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            exprs.extend([target, annotation]);
            exprs.extend(value);
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            exprs.push(test);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            exprs.extend([target, iter]);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        StmtKind::Return(v) => exprs.extend(v),
        StmtKind::FunctionDef(f) => {
            exprs.extend(&f.decorators);
            params_exprs(&f.params, exprs);
            exprs.extend(&f.returns);
            stmts.extend(&f.body);
        }
        StmtKind::ClassDef(c) => {
            exprs.extend(&c.decorators);
            exprs.extend(&c.bases);
            exprs.extend(c.keywords.iter().map(|k| &k.value));
            stmts.extend(&c.body);
        }
        StmtKind::Try(t) => {
            stmts.extend(&t.body);
            for h in &t.handlers {
                exprs.extend(&h.type_);
                stmts.extend(&h.body);
            }
            stmts.extend(&t.orelse);
            stmts.extend(&t.finalbody);
        }
        StmtKind::Raise { exc, cause } => {
            exprs.extend(exc);
            exprs.extend(cause);
        }
        StmtKind::Import(_) | StmtKind::ImportFrom { .. } => {}
        StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
        StmtKind::Delete(ts) => exprs.extend(ts),
        StmtKind::Assert { test, msg } => {
            exprs.push(test);
            exprs.extend(msg);
        }
        StmtKind::With { items, body, .. } => {
            for i in items {
                exprs.push(&i.context);
                exprs.extend(&i.vars);
            }
            stmts.extend(body);
        }
        StmtKind::Match { subject, cases } => {
            exprs.push(subject);
            for c in cases {
                pattern_exprs(&c.pattern, exprs);
                exprs.extend(&c.guard);
                stmts.extend(&c.body);
            }
        }
    }
}

/// Direct children of a pattern: sub-patterns and expressions (value
/// patterns, mapping keys, class names), in source order.
pub fn pattern_children<'a>(
    p: &'a Pattern,
    pats: &mut Vec<&'a Pattern>,
    exprs: &mut Vec<&'a Expr>,
) {
    match &p.kind {
        PatternKind::Value(e) => exprs.push(e),
        PatternKind::Singleton(_) | PatternKind::Star(_) => {}
        PatternKind::Sequence(ps) | PatternKind::Or(ps) => pats.extend(ps),
        PatternKind::Mapping { keys, patterns, .. } => {
            for (k, v) in keys.iter().zip(patterns) {
                exprs.push(k);
                pats.push(v);
            }
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            exprs.push(cls);
            pats.extend(patterns);
            pats.extend(kwd_patterns);
        }
        PatternKind::As { pattern, .. } => pats.extend(pattern.as_deref()),
    }
}

/// Every expression inside a pattern, however deeply nested, in source
/// order. Iterative.
pub fn pattern_exprs<'a>(p: &'a Pattern, out: &mut Vec<&'a Expr>) {
    let mut stack = vec![p];
    let (mut pats, mut exprs) = (Vec::new(), Vec::new());
    while let Some(p) = stack.pop() {
        pats.clear();
        exprs.clear();
        pattern_children(p, &mut pats, &mut exprs);
        out.extend(exprs.iter().copied());
        stack.extend(pats.iter().rev().copied());
    }
}

/// The span of a pattern nested deeper than `limit` in `p`, if any.
fn pattern_too_deep(p: &Pattern, limit: usize) -> Option<Span> {
    let mut stack = vec![(p, 1usize)];
    let (mut pats, mut exprs) = (Vec::new(), Vec::new());
    while let Some((p, d)) = stack.pop() {
        if d > limit {
            return Some(p.span);
        }
        pats.clear();
        exprs.clear();
        pattern_children(p, &mut pats, &mut exprs);
        stack.extend(pats.iter().map(|c| (*c, d + 1)));
    }
    None
}

fn params_exprs<'a>(p: &'a Parameters, exprs: &mut Vec<&'a Expr>) {
    let all = p
        .posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg);
    for param in all {
        exprs.extend(&param.annotation);
        exprs.extend(&param.default);
    }
}

fn fstring_exprs<'a>(parts: &'a [FStringPart], exprs: &mut Vec<&'a Expr>) {
    for p in parts {
        if let FStringPart::Expr(f) = p {
            exprs.push(&f.value);
            if let Some(spec) = &f.format_spec {
                fstring_exprs(spec, exprs);
            }
        }
    }
}

/// Direct sub-expressions of an expression.
pub fn expr_children<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => {}
        ExprKind::FString(parts) => fstring_exprs(parts, out),
        ExprKind::BoolOp { values, .. } => out.extend(values),
        ExprKind::NamedExpr { value, .. } => out.push(value),
        ExprKind::BinOp { left, right, .. } => out.extend([&**left, &**right]),
        ExprKind::UnaryOp { operand, .. } => out.push(operand),
        ExprKind::Lambda { params, body } => {
            params_exprs(params, out);
            out.push(body);
        }
        ExprKind::IfExp { test, body, orelse } => out.extend([&**body, &**test, &**orelse]),
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values) {
                out.extend(k);
                out.push(v);
            }
        }
        ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => out.extend(elts),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            out.push(elt);
            for g in generators {
                out.extend([&g.target, &g.iter]);
                out.extend(&g.ifs);
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.extend([&**key, &**value]);
            for g in generators {
                out.extend([&g.target, &g.iter]);
                out.extend(&g.ifs);
            }
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => out.push(v),
        ExprKind::Yield(v) => out.extend(v.as_deref()),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            out.push(left);
            out.extend(comparators);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            out.push(func);
            out.extend(args);
            out.extend(keywords.iter().map(|k| &k.value));
        }
        ExprKind::Attribute { value, .. } => out.push(value),
        ExprKind::Subscript { value, slice } => out.extend([&**value, &**slice]),
        ExprKind::Slice { lower, upper, step } => {
            out.extend(lower.as_deref());
            out.extend(upper.as_deref());
            out.extend(step.as_deref());
        }
    }
}

/// The span of an expression nested deeper than `limit`, if any. Iterative,
/// so it is safe on arbitrarily deep trees.
pub fn too_deep(m: &Module, limit: usize) -> Option<Span> {
    let mut stmts: Vec<&Stmt> = m.body.iter().collect();
    let mut work: Vec<(&Expr, usize)> = Vec::new();
    let mut buf_s = Vec::new();
    let mut buf_e = Vec::new();
    while let Some(s) = stmts.pop() {
        if let StmtKind::Match { cases, .. } = &s.kind {
            for c in cases {
                if let Some(span) = pattern_too_deep(&c.pattern, limit) {
                    return Some(span);
                }
            }
        }
        buf_s.clear();
        buf_e.clear();
        stmt_children(s, &mut buf_s, &mut buf_e);
        stmts.extend(buf_s.iter().copied());
        work.extend(buf_e.iter().map(|e| (*e, 1)));
    }
    let mut buf = Vec::new();
    while let Some((e, d)) = work.pop() {
        if d > limit {
            return Some(e.span);
        }
        buf.clear();
        expr_children(e, &mut buf);
        work.extend(buf.iter().map(|c| (*c, d + 1)));
    }
    None
}
