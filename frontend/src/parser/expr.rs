//! The expression grammar of Python 3.11, bottom-up by precedence:
//! atoms, primaries (attribute, call, subscript), `await`, `**` (right
//! associative, binding tighter than a unary operator on its left), unary
//! `+ - ~`, the binary levels up to `|`, comparison chains, `not`, `and`,
//! `or`, conditional expressions and `lambda`; then walrus, starred items
//! and the comma-separated forms used by statements.
//!
//! Invariant: alternatives that share a prefix parse it once (brackets,
//! dict/set displays, slices, call arguments), so nested input never causes
//! exponential backtracking. Prefix chains (`not`, unary ops) fold
//! iteratively; only `**` and bracketed nesting recurse (through chumsky's
//! stack-growing `Recursive`).

use super::{fstring, params, Ex, In, Sh, P};
use crate::ast::{
    BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Ident, Keyword, Parameters,
    UnaryOp,
};
use crate::lexer::{Kw, Op, Tok};
use crate::span::Span;
use chumsky::prelude::*;
use chumsky::recursive::Indirect;

/// The expression parsers statements are built from.
pub(crate) struct Exprs<'t> {
    /// `expression`: conditional expressions and lambdas, no walrus.
    pub expr: P<'t, Expr>,
    /// `named_expression`: `expression` or `name := expression`.
    pub named: P<'t, Expr>,
    /// `star_expressions`: comma-separated, a tuple if there is a comma.
    pub star_exprs: P<'t, Expr>,
    /// `yield` / `yield from`.
    pub yield_expr: P<'t, Expr>,
    /// `star_targets`: comma-separated targets, a tuple if there is a comma.
    pub targets: P<'t, Expr>,
    /// One target: `'*'? bitwise_or`.
    pub single_target: P<'t, Expr>,
    /// Call arguments (between the parentheses).
    pub call_args: P<'t, (Vec<Expr>, Vec<Keyword>)>,
    /// `def` parameter lists (with annotations).
    pub params: P<'t, Parameters>,
    /// An f-string replacement field's expression.
    pub field: P<'t, Expr>,
    /// A `match` subject: `star_named_expression (',' ...)*`, a tuple if
    /// there is a comma.
    pub subject: P<'t, Expr>,
}

pub(crate) fn kw<'t>(k: Kw) -> impl Parser<'t, In<'t>, Span, Ex<'t>> + Clone {
    just(Tok::Kw(k)).map_with(|_, e| e.span())
}

pub(crate) fn op<'t>(o: Op) -> impl Parser<'t, In<'t>, Span, Ex<'t>> + Clone {
    just(Tok::Op(o)).map_with(|_, e| e.span())
}

pub(crate) fn ident<'t>() -> impl Parser<'t, In<'t>, Ident, Ex<'t>> + Clone {
    select! { Tok::Name(n) = e => Ident { name: n, span: e.span() } }
}

pub(crate) fn mk(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

/// `item (',' item)* [',']`: the item alone, or a tuple when a comma occurs.
pub(crate) fn tuple_of<'t>(item: P<'t, Expr>) -> P<'t, Expr> {
    item.clone()
        .then(
            op(Op::Comma)
                .ignore_then(
                    item.separated_by(op(Op::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .or_not(),
        )
        .map_with(|(first, rest), e| match rest {
            None => first,
            Some(rest) => {
                let mut elts = vec![first];
                elts.extend(rest);
                mk(ExprKind::Tuple(elts), e.span())
            }
        })
        .boxed()
}

fn binary<'t>(
    sub: P<'t, Expr>,
    ops: impl Parser<'t, In<'t>, BinOp, Ex<'t>> + Clone + 't,
) -> P<'t, Expr> {
    sub.clone()
        .foldl(ops.then(sub).repeated(), |left, (op, right)| {
            let span = left.span.to(right.span);
            mk(
                ExprKind::BinOp {
                    left: bx(left),
                    op,
                    right: bx(right),
                },
                span,
            )
        })
        .boxed()
}

fn bool_chain<'t>(sub: P<'t, Expr>, k: Kw, op: BoolOp) -> P<'t, Expr> {
    sub.clone()
        .then(kw(k).ignore_then(sub).repeated().collect::<Vec<_>>())
        .map(move |(first, rest)| {
            if rest.is_empty() {
                return first;
            }
            let span = first.span.to(rest.last().map_or(first.span, |r| r.span));
            let mut values = vec![first];
            values.extend(rest);
            mk(ExprKind::BoolOp { op, values }, span)
        })
        .boxed()
}

/// What follows the first item inside brackets.
#[derive(Clone)]
enum After {
    Comp(Vec<Comprehension>),
    Rest(Option<Vec<Expr>>),
}

#[derive(Clone)]
enum DictAfter {
    Comp(Vec<Comprehension>),
    Rest(Option<Vec<DictItem>>),
}

#[derive(Clone)]
enum DictItem {
    Pair(Expr, Expr),
    Splat(Expr, Span),
    Single(Expr),
}

#[derive(Clone)]
enum Post {
    Attr(Ident),
    Call(Vec<Expr>, Vec<Keyword>, Span),
    Index(Expr, Span),
}

#[derive(Clone)]
enum Arg {
    Pos(Expr),
    Gen(Expr),
    Kw(Keyword),
}

type Decl<'t> = Recursive<Indirect<'t, 't, In<'t>, Expr, Ex<'t>>>;

pub(crate) fn build<'t>(sh: &Sh<'t>) -> Exprs<'t> {
    let mut expr: Decl<'t> = Recursive::declare();
    let mut factor: Decl<'t> = Recursive::declare();
    let mut yield_expr: Decl<'t> = Recursive::declare();
    let mut star_exprs_r: Decl<'t> = Recursive::declare();
    let expr_b = expr.clone().boxed();

    // Binary operator levels, from `factor` up to `|`.
    let term = binary(
        factor.clone().boxed(),
        select! {
            Tok::Op(Op::Star) => BinOp::Mult,
            Tok::Op(Op::Slash) => BinOp::Div,
            Tok::Op(Op::FloorDiv) => BinOp::FloorDiv,
            Tok::Op(Op::Percent) => BinOp::Mod,
            Tok::Op(Op::At) => BinOp::MatMult,
        },
    );
    let arith = binary(
        term,
        select! { Tok::Op(Op::Plus) => BinOp::Add, Tok::Op(Op::Minus) => BinOp::Sub },
    );
    let shift = binary(
        arith,
        select! { Tok::Op(Op::LShift) => BinOp::LShift, Tok::Op(Op::RShift) => BinOp::RShift },
    );
    let band = binary(shift, select! { Tok::Op(Op::Amp) => BinOp::BitAnd });
    let bxor = binary(band, select! { Tok::Op(Op::Caret) => BinOp::BitXor });
    let bitor = binary(bxor, select! { Tok::Op(Op::Pipe) => BinOp::BitOr });

    let cmp_op = choice((
        select! {
            Tok::Op(Op::EqEq) => CmpOp::Eq,
            Tok::Op(Op::NotEq) => CmpOp::NotEq,
            Tok::Op(Op::Lt) => CmpOp::Lt,
            Tok::Op(Op::LtE) => CmpOp::LtE,
            Tok::Op(Op::Gt) => CmpOp::Gt,
            Tok::Op(Op::GtE) => CmpOp::GtE,
            Tok::Kw(Kw::In) => CmpOp::In,
        },
        kw(Kw::Not).then(kw(Kw::In)).to(CmpOp::NotIn),
        kw(Kw::Is).then(kw(Kw::Not).or_not()).map(|(_, n)| {
            if n.is_some() {
                CmpOp::IsNot
            } else {
                CmpOp::Is
            }
        }),
    ));
    let comparison = bitor
        .clone()
        .then(cmp_op.then(bitor.clone()).repeated().collect::<Vec<_>>())
        .map(|(left, rest)| {
            let Some(last) = rest.last() else { return left };
            let span = left.span.to(last.1.span);
            let (ops, comparators) = rest.into_iter().unzip();
            mk(
                ExprKind::Compare {
                    left: bx(left),
                    ops,
                    comparators,
                },
                span,
            )
        })
        .boxed();
    let inversion = kw(Kw::Not)
        .repeated()
        .foldr(comparison, |not_span, operand: Expr| {
            let span = not_span.to(operand.span);
            mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: bx(operand),
                },
                span,
            )
        })
        .boxed();
    let conjunction = bool_chain(inversion, Kw::And, BoolOp::And);
    let disjunction = bool_chain(conjunction, Kw::Or, BoolOp::Or);

    let lambda_params = params::params(expr_b.clone(), false);
    let lambda = kw(Kw::Lambda)
        .then(lambda_params)
        .then_ignore(op(Op::Colon))
        .then(expr.clone())
        .map(|((l, params), body)| {
            let span = l.to(body.span);
            mk(
                ExprKind::Lambda {
                    params: Box::new(params),
                    body: bx(body),
                },
                span,
            )
        });
    let ternary = disjunction
        .clone()
        .then(
            kw(Kw::If)
                .ignore_then(disjunction.clone())
                .then_ignore(kw(Kw::Else))
                .then(expr.clone())
                .or_not(),
        )
        .map(|(body, rest)| match rest {
            None => body,
            Some((test, orelse)) => {
                let span = body.span.to(orelse.span);
                mk(
                    ExprKind::IfExp {
                        test: bx(test),
                        body: bx(body),
                        orelse: bx(orelse),
                    },
                    span,
                )
            }
        });
    expr.define(choice((lambda, ternary)));

    let named = ident()
        .then_ignore(op(Op::Walrus))
        .then(expr.clone())
        .map(|(target, value)| {
            let span = target.span.to(value.span);
            mk(
                ExprKind::NamedExpr {
                    target,
                    value: bx(value),
                },
                span,
            )
        })
        .or(expr.clone())
        .boxed();
    let starred = op(Op::Star)
        .then(bitor.clone())
        .map(|(s, v)| {
            let span = s.to(v.span);
            mk(ExprKind::Starred(bx(v)), span)
        })
        .boxed();
    let star_named = starred.clone().or(named.clone()).boxed();
    let star_expr = starred.clone().or(expr_b.clone()).boxed();
    let single_target = starred.clone().or(bitor.clone()).boxed();
    let targets = tuple_of(single_target.clone());

    // Comprehension clauses.
    let comp_for = kw(Kw::Async)
        .or_not()
        .then_ignore(kw(Kw::For))
        .then(targets.clone())
        .then_ignore(kw(Kw::In))
        .then(disjunction.clone())
        .then(
            kw(Kw::If)
                .ignore_then(disjunction.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map_with(|(((a, target), iter), ifs), e| Comprehension {
            target,
            iter,
            ifs,
            is_async: a.is_some(),
            span: e.span(),
        })
        .validate(|c, _, emitter| {
            super::targets::emit_target_errors(&c.target, super::targets::Ctx::For, emitter);
            c
        });
    let comps = comp_for.repeated().at_least(1).collect::<Vec<_>>().boxed();

    // Atoms.
    let name = select! { Tok::Name(n) = e => mk(ExprKind::Name(n), e.span()) };
    let constant = select! {
        Tok::Kw(Kw::True) = e => mk(ExprKind::Constant(Constant::Bool(true)), e.span()),
        Tok::Kw(Kw::False) = e => mk(ExprKind::Constant(Constant::Bool(false)), e.span()),
        Tok::Kw(Kw::None) = e => mk(ExprKind::Constant(Constant::None), e.span()),
        Tok::Int(i) = e => mk(ExprKind::Constant(Constant::Int(i)), e.span()),
        Tok::Float(f) = e => mk(ExprKind::Constant(Constant::Float(f)), e.span()),
        Tok::Imag(f) = e => mk(ExprKind::Constant(Constant::Complex(f)), e.span()),
        Tok::Op(Op::Ellipsis) = e => mk(ExprKind::Constant(Constant::Ellipsis), e.span()),
    };
    let strings = fstring::strings(sh.clone());

    let seq_rest = op(Op::Comma)
        .ignore_then(
            star_named
                .clone()
                .separated_by(op(Op::Comma))
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .or_not();
    let after = comps
        .clone()
        .map(After::Comp)
        .or(seq_rest.map(After::Rest))
        .boxed();

    let paren = op(Op::LParen)
        .ignore_then(
            yield_expr
                .clone()
                .map(|y| (y, None))
                .or(star_named
                    .clone()
                    .then(after.clone())
                    .map(|(f, a)| (f, Some(a))))
                .or_not(),
        )
        .then_ignore(op(Op::RParen))
        .validate(|inner, e, emitter| match inner {
            None => mk(ExprKind::Tuple(Vec::new()), e.span()),
            Some((y, None)) => y,
            Some((elt, Some(After::Comp(generators)))) => mk(
                ExprKind::GeneratorExp {
                    elt: bx(elt),
                    generators,
                },
                e.span(),
            ),
            Some((first, Some(After::Rest(None)))) => {
                if matches!(first.kind, ExprKind::Starred(_)) {
                    emitter.emit(Rich::custom(
                        first.span,
                        "cannot use starred expression here",
                    ));
                }
                first
            }
            Some((first, Some(After::Rest(Some(rest))))) => {
                let mut elts = vec![first];
                elts.extend(rest);
                mk(ExprKind::Tuple(elts), e.span())
            }
        });

    let list = op(Op::LBracket)
        .ignore_then(star_named.clone().then(after.clone()).or_not())
        .then_ignore(op(Op::RBracket))
        .map_with(|inner, e| match inner {
            None => mk(ExprKind::List(Vec::new()), e.span()),
            Some((elt, After::Comp(generators))) => mk(
                ExprKind::ListComp {
                    elt: bx(elt),
                    generators,
                },
                e.span(),
            ),
            Some((first, After::Rest(rest))) => {
                let mut elts = vec![first];
                elts.extend(rest.unwrap_or_default());
                mk(ExprKind::List(elts), e.span())
            }
        });

    let ditem = choice((
        op(Op::DoubleStar)
            .then(bitor.clone())
            .map(|(s, v)| DictItem::Splat(v, s)),
        star_named
            .clone()
            .then(op(Op::Colon).ignore_then(expr.clone()).or_not())
            .map(|(k, v)| match v {
                Some(v) => DictItem::Pair(k, v),
                None => DictItem::Single(k),
            }),
    ))
    .boxed();
    let braces = op(Op::LBrace)
        .ignore_then(
            ditem
                .clone()
                .then(
                    comps.clone().map(DictAfter::Comp).or(op(Op::Comma)
                        .ignore_then(
                            ditem
                                .separated_by(op(Op::Comma))
                                .allow_trailing()
                                .collect::<Vec<_>>(),
                        )
                        .or_not()
                        .map(DictAfter::Rest)),
                )
                .or_not(),
        )
        .then_ignore(op(Op::RBrace))
        .validate(|inner, e, emitter| braces_expr(inner, e.span(), emitter));

    // Subscripts.
    let slice_item = star_named
        .clone()
        .or_not()
        .then(
            op(Op::Colon)
                .ignore_then(expr.clone().or_not())
                .then(op(Op::Colon).ignore_then(expr.clone().or_not()).or_not())
                .or_not(),
        )
        .try_map_with(|(first, rest), e| match (first, rest) {
            (Some(x), None) => Ok(x),
            (lower, Some((upper, step))) => Ok(mk(
                ExprKind::Slice {
                    lower: lower.map(bx),
                    upper: upper.map(bx),
                    step: step.flatten().map(bx),
                },
                e.span(),
            )),
            (None, None) => Err(Rich::custom(e.span(), "invalid syntax")),
        })
        .boxed();
    let slices = tuple_of(slice_item);

    // Call arguments.
    let arg = choice((
        op(Op::DoubleStar)
            .ignore_then(expr.clone())
            .map_with(|value, e| {
                Arg::Kw(Keyword {
                    arg: None,
                    value,
                    span: e.span(),
                })
            }),
        op(Op::Star)
            .ignore_then(expr.clone())
            .map_with(|v, e| Arg::Pos(mk(ExprKind::Starred(bx(v)), e.span()))),
        ident()
            .then_ignore(op(Op::Eq))
            .then(expr.clone())
            .map_with(|(name, value), e| {
                Arg::Kw(Keyword {
                    arg: Some(name),
                    value,
                    span: e.span(),
                })
            }),
        named
            .clone()
            .then(comps.clone().or_not())
            .map_with(|(x, g), e| match g {
                None => Arg::Pos(x),
                Some(generators) => Arg::Gen(mk(
                    ExprKind::GeneratorExp {
                        elt: bx(x),
                        generators,
                    },
                    e.span(),
                )),
            }),
    ));
    let call_args = arg
        .separated_by(op(Op::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .validate(|items, _, emitter| split_args(items, emitter))
        .boxed();

    let postfix = choice((
        op(Op::Dot).ignore_then(ident()).map(Post::Attr),
        call_args
            .clone()
            .delimited_by(op(Op::LParen), op(Op::RParen))
            .map_with(|(a, k), e| Post::Call(a, k, e.span())),
        slices
            .delimited_by(op(Op::LBracket), op(Op::RBracket))
            .map_with(|s, e| Post::Index(s, e.span())),
    ));
    let atom = choice((name, constant, strings, paren, list, braces))
        .labelled("expression")
        .boxed();
    let primary = atom
        .foldl(postfix.repeated(), |value, post| match post {
            Post::Attr(attr) => {
                let span = value.span.to(attr.span);
                mk(
                    ExprKind::Attribute {
                        value: bx(value),
                        attr,
                    },
                    span,
                )
            }
            Post::Call(args, keywords, s) => {
                let span = value.span.to(s);
                mk(
                    ExprKind::Call {
                        func: bx(value),
                        args,
                        keywords,
                    },
                    span,
                )
            }
            Post::Index(slice, s) => {
                let span = value.span.to(s);
                mk(
                    ExprKind::Subscript {
                        value: bx(value),
                        slice: bx(slice),
                    },
                    span,
                )
            }
        })
        .boxed();
    let await_primary = kw(Kw::Await).or_not().then(primary).map(|(a, p)| match a {
        Some(s) => {
            let span = s.to(p.span);
            mk(ExprKind::Await(bx(p)), span)
        }
        None => p,
    });
    let power = await_primary
        .then(op(Op::DoubleStar).ignore_then(factor.clone()).or_not())
        .map(|(base, exp)| match exp {
            None => base,
            Some(exp) => {
                let span = base.span.to(exp.span);
                mk(
                    ExprKind::BinOp {
                        left: bx(base),
                        op: BinOp::Pow,
                        right: bx(exp),
                    },
                    span,
                )
            }
        })
        .boxed();
    let unary_op = select! {
        Tok::Op(Op::Minus) = e => (UnaryOp::USub, e.span()),
        Tok::Op(Op::Plus) = e => (UnaryOp::UAdd, e.span()),
        Tok::Op(Op::Tilde) = e => (UnaryOp::Invert, e.span()),
    };
    factor.define(unary_op.repeated().foldr(power, |(op, s), operand: Expr| {
        let span = s.to(operand.span);
        mk(
            ExprKind::UnaryOp {
                op,
                operand: bx(operand),
            },
            span,
        )
    }));

    let star_exprs = tuple_of(star_expr);
    star_exprs_r.define(star_exprs.clone());
    yield_expr.define(
        kw(Kw::Yield)
            .ignore_then(
                kw(Kw::From)
                    .ignore_then(expr.clone())
                    .map(Ok)
                    .or(star_exprs_r.clone().or_not().map(Err)),
            )
            .map_with(|v, e| match v {
                Ok(from) => mk(ExprKind::YieldFrom(bx(from)), e.span()),
                Err(value) => mk(ExprKind::Yield(value.map(bx)), e.span()),
            }),
    );
    let yield_b = yield_expr.clone().boxed();
    let subject = tuple_of(star_named.clone());
    let field = yield_b.clone().or(subject.clone()).boxed();
    let params = params::params(expr_b.clone(), true);

    Exprs {
        expr: expr_b,
        named,
        star_exprs,
        yield_expr: yield_b,
        targets,
        single_target,
        call_args,
        params,
        field,
        subject,
    }
}

fn braces_expr(
    inner: Option<(DictItem, DictAfter)>,
    span: Span,
    emitter: &mut chumsky::input::Emitter<Rich<'_, Tok, Span>>,
) -> Expr {
    let Some((first, after)) = inner else {
        return mk(
            ExprKind::Dict {
                keys: Vec::new(),
                values: Vec::new(),
            },
            span,
        );
    };
    match after {
        DictAfter::Comp(generators) => match first {
            DictItem::Pair(key, value) => mk(
                ExprKind::DictComp {
                    key: bx(key),
                    value: bx(value),
                    generators,
                },
                span,
            ),
            DictItem::Single(elt) => {
                if matches!(elt.kind, ExprKind::Starred(_)) {
                    emitter.emit(Rich::custom(
                        elt.span,
                        "iterable unpacking cannot be used in comprehension",
                    ));
                }
                mk(
                    ExprKind::SetComp {
                        elt: bx(elt),
                        generators,
                    },
                    span,
                )
            }
            DictItem::Splat(_, s) => {
                emitter.emit(Rich::custom(
                    s,
                    "dict unpacking cannot be used in dict comprehension",
                ));
                mk(
                    ExprKind::Dict {
                        keys: Vec::new(),
                        values: Vec::new(),
                    },
                    span,
                )
            }
        },
        DictAfter::Rest(rest) => {
            let mut items = vec![first];
            items.extend(rest.unwrap_or_default());
            let is_set = matches!(items[0], DictItem::Single(_));
            if is_set {
                let mut elts = Vec::new();
                for it in items {
                    match it {
                        DictItem::Single(x) => elts.push(x),
                        DictItem::Pair(k, _) => {
                            emitter.emit(Rich::custom(k.span, "invalid syntax"));
                        }
                        DictItem::Splat(_, s) => {
                            emitter.emit(Rich::custom(s, "invalid syntax"));
                        }
                    }
                }
                mk(ExprKind::Set(elts), span)
            } else {
                let (mut keys, mut values) = (Vec::new(), Vec::new());
                for it in items {
                    match it {
                        DictItem::Pair(k, v) => {
                            keys.push(Some(k));
                            values.push(v);
                        }
                        DictItem::Splat(v, _) => {
                            keys.push(None);
                            values.push(v);
                        }
                        DictItem::Single(x) => {
                            emitter.emit(Rich::custom(x.span, "':' expected after dictionary key"));
                        }
                    }
                }
                mk(ExprKind::Dict { keys, values }, span)
            }
        }
    }
}

fn split_args(
    items: Vec<Arg>,
    emitter: &mut chumsky::input::Emitter<Rich<'_, Tok, Span>>,
) -> (Vec<Expr>, Vec<Keyword>) {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    for item in items {
        match item {
            Arg::Gen(g) if n > 1 => {
                emitter.emit(Rich::custom(
                    g.span,
                    "Generator expression must be parenthesized",
                ));
                args.push(g);
            }
            Arg::Pos(x) | Arg::Gen(x) => {
                let starred = matches!(x.kind, ExprKind::Starred(_));
                if keywords.iter().any(|k| k.arg.is_none()) {
                    let msg = if starred {
                        "iterable argument unpacking follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument unpacking"
                    };
                    emitter.emit(Rich::custom(x.span, msg));
                } else if !starred && !keywords.is_empty() {
                    emitter.emit(Rich::custom(
                        x.span,
                        "positional argument follows keyword argument",
                    ));
                }
                args.push(x);
            }
            Arg::Kw(k) => keywords.push(k),
        }
    }
    (args, keywords)
}
