//! The pattern grammar of `case` clauses (PEP 634), as CPython 3.11's
//! `patterns` rule: `as` patterns over `|` alternatives over closed
//! patterns (literals, captures, `_`, dotted values, groups, sequences,
//! mappings, class patterns), and the open sequence `case a, *b:` at the
//! top of a case.
//!
//! Only what CPython's *parser* rejects is rejected here (with its
//! messages where it has one); the checks CPython makes while compiling
//! (unreachable patterns, bindings of alternatives, repeated names, starred
//! names, duplicate keys) belong to the lowering, as there.
//!
//! Invariant: every alternative is decided by its first one or two tokens,
//! so nested patterns never cause exponential backtracking.

use super::expr::{ident, kw, mk, op};
use super::{fstring, Ex, In, Sh, P};
use crate::ast::{BinOp, Constant, Expr, ExprKind, Ident, Pattern, PatternKind, UnaryOp};
use crate::lexer::{Kw, Op, Tok};
use crate::span::Span;
use chumsky::input::Emitter;
use chumsky::prelude::*;
use chumsky::recursive::Indirect;

type Decl<'t> = Recursive<Indirect<'t, 't, In<'t>, Pattern, Ex<'t>>>;

fn pat(kind: PatternKind, span: Span) -> Pattern {
    Pattern { kind, span }
}

/// An item of a class pattern's argument list.
#[derive(Clone)]
enum ClassArg {
    Pos(Pattern),
    Kw(Ident, Pattern),
}

/// An item of a mapping pattern.
#[derive(Clone)]
enum MapItem {
    Pair(Expr, Pattern),
    Rest(Ident, Span),
}

/// The top-level pattern of a `case` clause (an open sequence when it has
/// a comma).
pub(crate) fn case_pattern<'t>(sh: &Sh<'t>) -> P<'t, Pattern> {
    let mut pattern: Decl<'t> = Recursive::declare();

    let number = select! {
        Tok::Int(i) = e => (Constant::Int(i), e.span()),
        Tok::Float(f) = e => (Constant::Float(f), e.span()),
        Tok::Imag(f) = e => (Constant::Complex(f), e.span()),
    };
    let signed = op(Op::Minus).or_not().then(number).map(|(minus, (c, s))| {
        let lit = mk(ExprKind::Constant(c.clone()), s);
        let e = match minus {
            Some(m) => mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(lit),
                },
                m.to(s),
            ),
            None => lit,
        };
        (e, c)
    });
    let add_op = select! { Tok::Op(Op::Plus) => BinOp::Add, Tok::Op(Op::Minus) => BinOp::Sub };
    let numeric = signed
        .then(add_op.then(number).or_not())
        .validate(|((left, lc), tail), _, emitter| match tail {
            None => left,
            Some((op, (rc, rs))) => {
                if matches!(lc, Constant::Complex(_)) {
                    emitter.emit(Rich::custom(
                        left.span,
                        "real number required in complex literal",
                    ));
                }
                if !matches!(rc, Constant::Complex(_)) {
                    emitter.emit(Rich::custom(
                        rs,
                        "imaginary number required in complex literal",
                    ));
                }
                let span = left.span.to(rs);
                let right = mk(ExprKind::Constant(rc), rs);
                mk(
                    ExprKind::BinOp {
                        left: Box::new(left),
                        op,
                        right: Box::new(right),
                    },
                    span,
                )
            }
        })
        .boxed();
    let strings = fstring::strings(sh.clone())
        .validate(|e: Expr, _, emitter| {
            if matches!(e.kind, ExprKind::FString(_)) {
                emitter.emit(Rich::custom(
                    e.span,
                    "patterns may only match literals and attribute lookups",
                ));
            }
            e
        })
        .boxed();
    let singleton = select! {
        Tok::Kw(Kw::None) = e => (Constant::None, e.span()),
        Tok::Kw(Kw::True) = e => (Constant::Bool(true), e.span()),
        Tok::Kw(Kw::False) = e => (Constant::Bool(false), e.span()),
    };
    // `a` or `a.b.c`, as the expression it evaluates.
    let name_or_attr = ident()
        .then(
            op(Op::Dot)
                .ignore_then(ident())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map(|(first, rest)| {
            let mut e = mk(ExprKind::Name(first.name.clone()), first.span);
            for attr in rest.iter().cloned() {
                let span = e.span.to(attr.span);
                e = mk(
                    ExprKind::Attribute {
                        value: Box::new(e),
                        attr,
                    },
                    span,
                );
            }
            (first, e, !rest.is_empty())
        })
        .boxed();
    // Mapping keys: literals and dotted names.
    let key = choice((
        numeric.clone(),
        strings.clone(),
        singleton.map(|(c, s)| mk(ExprKind::Constant(c), s)),
        name_or_attr.clone().try_map(|(_, e, dotted), span| {
            if dotted {
                Ok(e)
            } else {
                Err(Rich::custom(span, "invalid syntax"))
            }
        }),
    ))
    .boxed();

    let star = op(Op::Star)
        .then(ident())
        .map(|(s, name)| {
            let span = s.to(name.span);
            let name = (name.name != "_").then_some(name);
            pat(PatternKind::Star(name), span)
        })
        .boxed();
    let maybe_star = star.clone().or(pattern.clone()).boxed();
    let items = maybe_star
        .clone()
        .separated_by(op(Op::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .boxed();

    let class_arg = choice((
        ident()
            .then_ignore(op(Op::Eq))
            .then(pattern.clone())
            .map(|(k, p)| ClassArg::Kw(k, p)),
        pattern.clone().map(ClassArg::Pos),
    ));
    let class_args = class_arg
        .separated_by(op(Op::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(op(Op::LParen), op(Op::RParen))
        .map_with(|args, e| (args, e.span()));
    let named = name_or_attr.then(class_args.or_not()).validate(
        |((first, e, dotted), args), extra, emitter| {
            let span: Span = extra.span();
            match args {
                Some((args, _)) => class_pattern(e, args, span, emitter),
                None if dotted => pat(PatternKind::Value(e), span),
                None => {
                    let name = (first.name != "_").then_some(first);
                    pat(
                        PatternKind::As {
                            pattern: None,
                            name,
                        },
                        span,
                    )
                }
            }
        },
    );

    let group = op(Op::LParen)
        .ignore_then(
            maybe_star
                .clone()
                .then(op(Op::Comma).ignore_then(items.clone()).or_not())
                .or_not(),
        )
        .then_ignore(op(Op::RParen))
        .validate(|inner, e, emitter| match inner {
            None => pat(PatternKind::Sequence(Vec::new()), e.span()),
            Some((first, Some(rest))) => {
                let mut ps = vec![first];
                ps.extend(rest);
                pat(PatternKind::Sequence(ps), e.span())
            }
            Some((first, None)) => {
                if matches!(first.kind, PatternKind::Star(_)) {
                    emitter.emit(Rich::custom(first.span, "invalid syntax"));
                }
                first
            }
        });
    let list = items
        .clone()
        .delimited_by(op(Op::LBracket), op(Op::RBracket))
        .map_with(|ps, e| pat(PatternKind::Sequence(ps), e.span()));

    let map_item = choice((
        op(Op::DoubleStar)
            .then(ident())
            .map(|(s, n)| MapItem::Rest(n, s)),
        key.then_ignore(op(Op::Colon))
            .then(pattern.clone())
            .map(|(k, p)| MapItem::Pair(k, p)),
    ));
    let mapping = map_item
        .separated_by(op(Op::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(op(Op::LBrace), op(Op::RBrace))
        .validate(|items, e, emitter| mapping_pattern(items, e.span(), emitter));

    let closed = choice((
        numeric.map(|e| {
            let span = e.span;
            pat(PatternKind::Value(e), span)
        }),
        strings.map(|e| {
            let span = e.span;
            pat(PatternKind::Value(e), span)
        }),
        singleton.map(|(c, s)| pat(PatternKind::Singleton(c), s)),
        named,
        group,
        list,
        mapping,
    ))
    .boxed();
    let or_pattern = closed
        .separated_by(op(Op::Pipe))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(|mut alts, e| {
            if alts.len() == 1 {
                alts.pop()
                    .unwrap_or_else(|| pat(PatternKind::Or(Vec::new()), e.span()))
            } else {
                pat(PatternKind::Or(alts), e.span())
            }
        });
    let as_pattern = or_pattern
        .then(kw(Kw::As).ignore_then(ident()).or_not())
        .validate(|(p, name), e, emitter| match name {
            None => p,
            Some(name) => {
                if name.name == "_" {
                    emitter.emit(Rich::custom(name.span, "cannot use '_' as a target"));
                }
                pat(
                    PatternKind::As {
                        pattern: Some(Box::new(p)),
                        name: Some(name),
                    },
                    e.span(),
                )
            }
        });
    pattern.define(as_pattern);

    maybe_star
        .then(op(Op::Comma).ignore_then(items).or_not())
        .validate(|(first, rest), e, emitter| match rest {
            Some(rest) => {
                let mut ps = vec![first];
                ps.extend(rest);
                pat(PatternKind::Sequence(ps), e.span())
            }
            None => {
                if matches!(first.kind, PatternKind::Star(_)) {
                    emitter.emit(Rich::custom(first.span, "invalid syntax"));
                }
                first
            }
        })
        .boxed()
}

/// `cls(args)`: positional sub-patterns must come before keyword ones.
fn class_pattern(
    cls: Expr,
    args: Vec<ClassArg>,
    span: Span,
    emitter: &mut Emitter<Rich<'_, Tok, Span>>,
) -> Pattern {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for a in args {
        match a {
            ClassArg::Pos(p) => {
                if !kwd_attrs.is_empty() {
                    emitter.emit(Rich::custom(
                        p.span,
                        "positional patterns follow keyword patterns",
                    ));
                }
                patterns.push(p);
            }
            ClassArg::Kw(k, p) => {
                kwd_attrs.push(k);
                kwd_patterns.push(p);
            }
        }
    }
    pat(
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        span,
    )
}

/// `{k: p, ..., **rest}`: `**rest` only once and last.
fn mapping_pattern(
    items: Vec<MapItem>,
    span: Span,
    emitter: &mut Emitter<Rich<'_, Tok, Span>>,
) -> Pattern {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest: Option<Ident> = None;
    for item in items {
        match item {
            MapItem::Pair(k, p) => {
                if let Some(r) = &rest {
                    emitter.emit(Rich::custom(r.span, "invalid syntax"));
                }
                keys.push(k);
                patterns.push(p);
            }
            MapItem::Rest(name, star) => {
                if rest.is_some() || name.name == "_" {
                    emitter.emit(Rich::custom(star.to(name.span), "invalid syntax"));
                }
                rest = Some(name);
            }
        }
    }
    pat(
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        },
        span,
    )
}
