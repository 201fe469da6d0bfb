//! `match` statements (PEP 634), as CPython 3.11 compiles them.
//!
//! ```text
//! subj = subject                       evaluated once (copied if a local)
//! case i:  test pattern(subj)          every failed test jumps to fail_i
//!          names = their temporaries    only once the whole pattern matched
//!          branch guard → body : fail_i bindings persist if the guard fails
//!          body; jump after
//! fail_i:  next case (the last one falls through to after)
//! ```
//!
//! Captures are collected in temporaries while the pattern is tested and
//! stored to their variables only when it matched, so a failed case leaves
//! no partial bindings. An or-pattern tries its alternatives in order; each
//! writes the same set of registers, one per bound name. Sequence patterns
//! check `MatchSequence` and `len()`, then unpack (`UnpackSequence` /
//! `UnpackEx`) or, when the star is `*_`, index only the items they test
//! (CPython's choice, observable on user sequences). Mapping patterns check
//! `MatchMapping`, `len() >=`, then `key in subj` and `subj[key]` per key;
//! `**rest` is `dict(subj)` minus the keys. Class patterns are one
//! `MatchClass` whose tuple is indexed per sub-pattern.
//!
//! Before lowering a statement, [`check_match`] makes CPython's compile-time
//! checks (unreachable patterns, alternatives binding different names,
//! repeated names, several stars, duplicate keys, repeated attributes);
//! the first error is reported and the statement is not lowered.

use super::{int_const, FnLower};
use indexmap::IndexMap;
use pycps_frontend::ast::*;
use pycps_frontend::{Diagnostic, Span};
use pycps_ir as ir;
use pycps_ir::{BlockId, CompareOp, InstKind, Terminator, ValueId};

/// Names a pattern binds, each with the register holding its value.
type Bindings = IndexMap<String, ValueId>;

impl<'m, 'a> FnLower<'m, 'a> {
    pub(crate) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase], span: Span) {
        if let Err(d) = check_match(cases) {
            self.error(d);
            return;
        }
        let v = self.expr(subject);
        let subj = self.copy_if_local(v, subject.span);
        let after = self.new_block();
        for case in cases {
            let fail = self.new_block();
            let mut binds = Bindings::new();
            self.pattern(&case.pattern, subj, fail, &mut binds);
            for (name, reg) in &binds {
                self.store_name(name, *reg, case.pattern.span);
            }
            if let Some(guard) = &case.guard {
                let saved = self.copy_locals;
                self.copy_locals = super::expr::contains_walrus(guard);
                let cond = self.expr(guard);
                self.copy_locals = saved;
                let body = self.new_block();
                self.terminate(
                    Terminator::Branch {
                        cond,
                        then_to: body,
                        else_to: fail,
                    },
                    guard.span,
                );
                self.switch_to(body);
            }
            self.stmts(&case.body);
            self.jump(after, case.span);
            self.switch_to(fail);
        }
        self.jump(after, span);
        self.switch_to(after);
    }

    /// Continues in a fresh block when `cond` is true, else goes to `fail`.
    fn test(&mut self, cond: ValueId, fail: BlockId, span: Span) {
        let ok = self.new_block();
        self.terminate(
            Terminator::Branch {
                cond,
                then_to: ok,
                else_to: fail,
            },
            span,
        );
        self.switch_to(ok);
    }

    fn int_value(&mut self, i: i64, span: Span) -> ValueId {
        self.const_value(int_const(&i.into()), span)
    }

    /// `len(subj)`.
    fn length(&mut self, subj: ValueId, span: Span) -> ValueId {
        let n = self.m.name("len");
        let f = self.temp();
        self.emit(InstKind::LoadBuiltin { dst: f, name: n }, span);
        let dst = self.temp();
        self.emit(
            InstKind::Call {
                dst,
                func: f,
                args: vec![subj],
                kwnames: vec![],
            },
            span,
        );
        dst
    }

    fn compare(&mut self, op: CompareOp, lhs: ValueId, rhs: ValueId, span: Span) -> ValueId {
        let dst = self.temp();
        self.emit(InstKind::Compare { dst, op, lhs, rhs }, span);
        dst
    }

    /// Records a capture of `value` as `name` (into the register an
    /// enclosing or-pattern chose for it, if any).
    fn capture(&mut self, name: &Ident, value: ValueId, binds: &mut Bindings) {
        let reg = match binds.get(&name.name) {
            Some(r) => *r,
            None => {
                let r = self.temp();
                binds.insert(name.name.clone(), r);
                r
            }
        };
        self.emit(
            InstKind::Move {
                dst: reg,
                src: value,
            },
            name.span,
        );
    }

    /// Tests `p` against `subj`; on failure jumps to `fail`, on success
    /// continues in the current block with `binds` filled.
    fn pattern(&mut self, p: &'a Pattern, subj: ValueId, fail: BlockId, binds: &mut Bindings) {
        let span = p.span;
        match &p.kind {
            PatternKind::Value(e) => {
                let v = self.expr(e);
                let c = self.compare(CompareOp::Eq, subj, v, span);
                self.test(c, fail, span);
            }
            PatternKind::Singleton(c) => {
                let c = match c {
                    Constant::Bool(b) => ir::Const::Bool(*b),
                    _ => ir::Const::None,
                };
                let v = self.const_value(c, span);
                let c = self.compare(CompareOp::Is, subj, v, span);
                self.test(c, fail, span);
            }
            PatternKind::As { pattern, name } => {
                if let Some(inner) = pattern {
                    self.pattern(inner, subj, fail, binds);
                }
                if let Some(n) = name {
                    self.capture(n, subj, binds);
                }
            }
            PatternKind::Or(alts) => self.or_pattern(alts, subj, fail, binds),
            PatternKind::Sequence(items) => self.sequence_pattern(items, subj, fail, binds, span),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_ref(), subj, fail, binds, span),
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                let c = self.expr(cls);
                let kwnames = kwd_attrs.iter().map(|a| self.m.name(&a.name)).collect();
                let attrs = self.temp();
                self.emit(
                    InstKind::MatchClass {
                        dst: attrs,
                        subject: subj,
                        cls: c,
                        nargs: patterns.len() as u32,
                        kwnames,
                    },
                    span,
                );
                let none = self.none(span);
                let ok = self.compare(CompareOp::IsNot, attrs, none, span);
                self.test(ok, fail, span);
                for (i, sub) in patterns.iter().chain(kwd_patterns).enumerate() {
                    if is_wildcard(sub) {
                        continue;
                    }
                    let key = self.int_value(i as i64, sub.span);
                    let item = self.temp();
                    self.emit(
                        InstKind::GetItem {
                            dst: item,
                            obj: attrs,
                            key,
                        },
                        sub.span,
                    );
                    self.pattern(sub, item, fail, binds);
                }
            }
            // Only inside sequences (handled there); the checker rejects
            // anything else.
            PatternKind::Star(_) => {}
        }
    }

    fn or_pattern(
        &mut self,
        alts: &'a [Pattern],
        subj: ValueId,
        fail: BlockId,
        binds: &mut Bindings,
    ) {
        let matched = self.new_block();
        // One register per name, shared by every alternative (and by an
        // enclosing or-pattern's alternatives: start from its registers).
        let mut shared = binds.clone();
        for (i, alt) in alts.iter().enumerate() {
            let next = if i + 1 == alts.len() {
                fail
            } else {
                self.new_block()
            };
            let mut own = shared.clone();
            self.pattern(alt, subj, next, &mut own);
            shared = own;
            self.jump(matched, alt.span);
            if next != fail {
                self.switch_to(next);
            }
        }
        self.switch_to(matched);
        *binds = shared;
    }

    fn sequence_pattern(
        &mut self,
        items: &'a [Pattern],
        subj: ValueId,
        fail: BlockId,
        binds: &mut Bindings,
        span: Span,
    ) {
        let is_seq = self.temp();
        self.emit(
            InstKind::MatchSequence {
                dst: is_seq,
                subject: subj,
            },
            span,
        );
        self.test(is_seq, fail, span);
        let star = items
            .iter()
            .position(|p| matches!(p.kind, PatternKind::Star(_)));
        let size = items.len() as i64;
        let (op, want) = match star {
            Some(_) => (CompareOp::Ge, size - 1),
            None => (CompareOp::Eq, size),
        };
        // `[*rest]` needs no length check (CPython emits none either).
        if op == CompareOp::Eq || want > 0 {
            let n = self.length(subj, span);
            let want = self.int_value(want, span);
            let ok = self.compare(op, n, want, span);
            self.test(ok, fail, span);
        }
        if items.iter().all(is_wildcard) {
            return;
        }
        let star_wildcard = star.is_some_and(|s| matches!(items[s].kind, PatternKind::Star(None)));
        if star_wildcard {
            for (i, sub) in items.iter().enumerate() {
                if is_wildcard(sub) {
                    continue;
                }
                let index = match star {
                    Some(s) if i > s => i as i64 - size,
                    _ => i as i64,
                };
                let key = self.int_value(index, sub.span);
                let item = self.temp();
                self.emit(
                    InstKind::GetItem {
                        dst: item,
                        obj: subj,
                        key,
                    },
                    sub.span,
                );
                self.pattern(sub, item, fail, binds);
            }
            return;
        }
        let regs: Vec<ValueId> = items.iter().map(|_| self.temp()).collect();
        match star {
            None => self.emit(
                InstKind::UnpackSequence {
                    dsts: regs.clone(),
                    src: subj,
                },
                span,
            ),
            Some(s) => self.emit(
                InstKind::UnpackEx {
                    before: regs[..s].to_vec(),
                    star: regs[s],
                    after: regs[s + 1..].to_vec(),
                    src: subj,
                },
                span,
            ),
        }
        for (sub, reg) in items.iter().zip(regs) {
            match &sub.kind {
                PatternKind::Star(Some(name)) => self.capture(name, reg, binds),
                PatternKind::Star(None) => {}
                _ => self.pattern(sub, reg, fail, binds),
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a Ident>,
        subj: ValueId,
        fail: BlockId,
        binds: &mut Bindings,
        span: Span,
    ) {
        let is_map = self.temp();
        self.emit(
            InstKind::MatchMapping {
                dst: is_map,
                subject: subj,
            },
            span,
        );
        self.test(is_map, fail, span);
        if keys.is_empty() && rest.is_none() {
            return;
        }
        if !keys.is_empty() {
            let n = self.length(subj, span);
            let want = self.int_value(keys.len() as i64, span);
            let ok = self.compare(CompareOp::Ge, n, want, span);
            self.test(ok, fail, span);
        }
        let key_regs: Vec<ValueId> = keys.iter().map(|k| self.expr(k)).collect();
        let mut values = Vec::with_capacity(keys.len());
        for (k, key) in key_regs.iter().zip(keys) {
            let present = self.compare(CompareOp::In, *k, subj, key.span);
            self.test(present, fail, key.span);
            let v = self.temp();
            self.emit(
                InstKind::GetItem {
                    dst: v,
                    obj: subj,
                    key: *k,
                },
                key.span,
            );
            values.push(v);
        }
        for (sub, v) in patterns.iter().zip(values) {
            self.pattern(sub, v, fail, binds);
        }
        if let Some(name) = rest {
            let n = self.m.name("dict");
            let f = self.temp();
            self.emit(InstKind::LoadBuiltin { dst: f, name: n }, name.span);
            let copy = self.temp();
            self.emit(
                InstKind::Call {
                    dst: copy,
                    func: f,
                    args: vec![subj],
                    kwnames: vec![],
                },
                name.span,
            );
            for k in key_regs {
                self.emit(InstKind::DelItem { obj: copy, key: k }, name.span);
            }
            self.capture(name, copy, binds);
        }
    }
}

/// `_` (a wildcard, not a capture) or `*_`.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::As {
            pattern: None,
            name: None
        } | PatternKind::Star(None)
    )
}

/// CPython's compile-time checks of a match statement; the first error.
pub(crate) fn check_match(cases: &[MatchCase]) -> Result<(), Diagnostic> {
    for (i, case) in cases.iter().enumerate() {
        let allow_irrefutable = case.guard.is_some() || i + 1 == cases.len();
        let mut names = Vec::new();
        check_pattern(&case.pattern, allow_irrefutable, &mut names)?;
    }
    Ok(())
}

fn bind(name: &Ident, names: &mut Vec<String>) -> Result<(), Diagnostic> {
    if names.contains(&name.name) {
        return Err(Diagnostic::syntax(
            name.span,
            format!("multiple assignments to name '{}' in pattern", name.name),
        ));
    }
    names.push(name.name.clone());
    Ok(())
}

/// Checks one pattern, appending the names it binds to `names`.
fn check_pattern(
    p: &Pattern,
    allow_irrefutable: bool,
    names: &mut Vec<String>,
) -> Result<(), Diagnostic> {
    match &p.kind {
        PatternKind::Value(_) | PatternKind::Singleton(_) => Ok(()),
        PatternKind::As {
            pattern: None,
            name,
        } => {
            if !allow_irrefutable {
                let msg = match name {
                    Some(n) => format!(
                        "name capture '{}' makes remaining patterns unreachable",
                        n.name
                    ),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(Diagnostic::syntax(p.span, msg));
            }
            match name {
                Some(n) => bind(n, names),
                None => Ok(()),
            }
        }
        PatternKind::As {
            pattern: Some(inner),
            name,
        } => {
            check_pattern(inner, allow_irrefutable, names)?;
            match name {
                Some(n) => bind(n, names),
                None => Ok(()),
            }
        }
        PatternKind::Star(name) => match name {
            Some(n) => bind(n, names),
            None => Ok(()),
        },
        PatternKind::Or(alts) => {
            let mut first: Option<Vec<String>> = None;
            for (i, alt) in alts.iter().enumerate() {
                let mut own = Vec::new();
                check_pattern(alt, allow_irrefutable && i + 1 == alts.len(), &mut own)?;
                match &first {
                    None => first = Some(own),
                    Some(f) => {
                        let same = f.len() == own.len() && own.iter().all(|n| f.contains(n));
                        if !same {
                            return Err(Diagnostic::syntax(
                                alt.span,
                                "alternative patterns bind different names",
                            ));
                        }
                    }
                }
            }
            for n in first.unwrap_or_default() {
                if names.contains(&n) {
                    return Err(Diagnostic::syntax(
                        p.span,
                        format!("multiple assignments to name '{n}' in pattern"),
                    ));
                }
                names.push(n);
            }
            Ok(())
        }
        PatternKind::Sequence(items) => {
            let stars = items
                .iter()
                .filter(|i| matches!(i.kind, PatternKind::Star(_)))
                .count();
            if stars > 1 {
                return Err(Diagnostic::syntax(
                    p.span,
                    "multiple starred names in sequence pattern",
                ));
            }
            for i in items {
                check_pattern(i, true, names)?;
            }
            Ok(())
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let mut seen: Vec<String> = Vec::new();
            for k in keys {
                if let Some(r) = literal_repr(k) {
                    if seen.contains(&r) {
                        return Err(Diagnostic::syntax(
                            p.span,
                            format!("mapping pattern checks duplicate key ({r})"),
                        ));
                    }
                    seen.push(r);
                }
            }
            for sub in patterns {
                check_pattern(sub, true, names)?;
            }
            match rest {
                Some(n) => bind(n, names),
                None => Ok(()),
            }
        }
        PatternKind::Class {
            patterns,
            kwd_attrs,
            kwd_patterns,
            ..
        } => {
            for (i, a) in kwd_attrs.iter().enumerate() {
                if kwd_attrs[..i].iter().any(|b| b.name == a.name) {
                    return Err(Diagnostic::syntax(
                        a.span,
                        format!("attribute name repeated in class pattern: {}", a.name),
                    ));
                }
            }
            for sub in patterns.iter().chain(kwd_patterns) {
                check_pattern(sub, true, names)?;
            }
            Ok(())
        }
    }
}

/// The repr of a literal mapping key (for the duplicate-key check), or
/// `None` for keys only known at run time (dotted names).
fn literal_repr(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => "None".into(),
            Constant::Bool(true) => "True".into(),
            Constant::Bool(false) => "False".into(),
            Constant::Int(i) => i.to_string(),
            Constant::Str(s) => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
            Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Complex(f) => format!("{f:?}j"),
            Constant::Ellipsis => "Ellipsis".into(),
        }),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => literal_repr(operand).map(|r| format!("-{r}")),
        _ => None,
    }
}
