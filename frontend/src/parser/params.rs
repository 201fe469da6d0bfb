//! Parameter lists of `def` and `lambda`: `/`, `*`, `*args`, keyword-only
//! parameters, `**kwargs`, defaults and (for `def`) annotations.
//!
//! Items are parsed flat and then grouped into [`Parameters`] by
//! [`group`], which reports CPython's ordering errors. Invariant: each
//! [`Param`] span covers its name, annotation and default.

use super::expr::{ident, op};
use super::P;
use crate::ast::{Expr, Param, Parameters};
use crate::lexer::{Op, Tok};
use crate::span::Span;
use chumsky::input::Emitter;
use chumsky::prelude::*;

#[derive(Clone)]
enum Item {
    Slash(Span),
    Star(Span, Option<Param>),
    DoubleStar(Param),
    Plain(Param),
}

/// A parameter list; `annotations` enables `name: expr` (for `def`).
pub(crate) fn params<'t>(expr: P<'t, Expr>, annotations: bool) -> P<'t, Parameters> {
    let annotation = op(Op::Colon).ignore_then(expr.clone()).or_not();
    let param = ident()
        .then(if annotations {
            annotation.boxed()
        } else {
            empty().to(None).boxed()
        })
        .map_with(|(name, annotation), e| Param {
            name,
            annotation,
            default: None,
            span: e.span(),
        });
    let item = choice((
        op(Op::Slash).map(Item::Slash),
        op(Op::DoubleStar)
            .ignore_then(param.clone())
            .map(Item::DoubleStar),
        op(Op::Star)
            .then(param.clone().or_not())
            .map(|(s, p)| Item::Star(s, p)),
        param.then(op(Op::Eq).ignore_then(expr).or_not()).map(
            |(mut p, default): (Param, Option<Expr>)| {
                if let Some(d) = &default {
                    p.span = p.span.to(d.span);
                }
                p.default = default;
                Item::Plain(p)
            },
        ),
    ));
    item.separated_by(op(Op::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .validate(|items, _, emitter| group(items, emitter))
        .boxed()
}

fn group<'t>(items: Vec<Item>, emitter: &mut Emitter<Rich<'t, Tok, Span>>) -> Parameters {
    let mut p = Parameters::default();
    let mut seen_slash = false;
    let mut seen_star: Option<Span> = None;
    let mut seen_default = false;
    let mut star_needs_named = false;
    let mut names: Vec<String> = Vec::new();
    let mut err = |span: Span, msg: &str| emitter.emit(Rich::custom(span, msg.to_string()));
    let mut check_name = |param: &Param, err: &mut dyn FnMut(Span, &str)| {
        if names.contains(&param.name.name) {
            err(
                param.name.span,
                &format!(
                    "duplicate argument '{}' in function definition",
                    param.name.name
                ),
            );
        } else {
            names.push(param.name.name.clone());
        }
    };
    for item in items {
        if p.kwarg.is_some() {
            let span = match &item {
                Item::Slash(s) | Item::Star(s, _) => *s,
                Item::DoubleStar(q) | Item::Plain(q) => q.span,
            };
            err(span, "arguments cannot follow var-keyword argument");
            continue;
        }
        match item {
            Item::Slash(s) => {
                if seen_slash {
                    err(s, "/ may appear only once");
                } else if seen_star.is_some() {
                    err(s, "/ must be ahead of *");
                } else if p.args.is_empty() {
                    err(s, "at least one argument must precede /");
                } else {
                    p.posonly.append(&mut p.args);
                }
                seen_slash = true;
            }
            Item::Star(s, param) => {
                if seen_star.is_some() {
                    err(s, "* argument may appear only once");
                }
                seen_star = Some(s);
                match param {
                    Some(mut q) => {
                        check_name(&q, &mut err);
                        q.span = s.to(q.span);
                        p.vararg = Some(q);
                    }
                    None => star_needs_named = true,
                }
            }
            Item::DoubleStar(q) => {
                if star_needs_named {
                    err(q.span, "named arguments must follow bare *");
                    star_needs_named = false;
                }
                check_name(&q, &mut err);
                p.kwarg = Some(q);
            }
            Item::Plain(q) => {
                check_name(&q, &mut err);
                if seen_star.is_some() {
                    star_needs_named = false;
                    p.kwonly.push(q);
                } else {
                    if q.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        err(q.span, "non-default argument follows default argument");
                    }
                    p.args.push(q);
                }
            }
        }
    }
    if star_needs_named {
        if let Some(s) = seen_star {
            err(s, "named arguments must follow bare *");
        }
    }
    p
}
