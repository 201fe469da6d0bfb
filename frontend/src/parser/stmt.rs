//! Statements, blocks and the module.
//!
//! A block is `NEWLINE INDENT stmt+ DEDENT` or a single-line suite; a
//! header without either reports "expected an indented block after ...".
//! Every statement recovers on error by skipping to the end of its logical
//! line (and any indented block that follows), so one file can report
//! several errors.
//!
//! Invariant: a compound statement's span runs from its first token (its
//! first decorator, for decorated definitions) to the end of its last
//! child statement, never over trailing NEWLINE/DEDENT tokens.

use super::expr::{ident, kw, op, Exprs};
use super::targets::{emit_target_errors, Ctx};
use super::{Ex, In, Sh, P};
use crate::ast::{
    Alias, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, MatchCase, Stmt, StmtKind,
    Try, WithItem,
};
use crate::lexer::{Kw, Op, Tok};
use crate::span::Span;
use chumsky::prelude::*;
use chumsky::recursive::Indirect;

type StmtsDecl<'t> = Recursive<Indirect<'t, 't, In<'t>, Vec<Stmt>, Ex<'t>>>;

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

/// `start` widened to the end of the last statement of each block.
fn through(start: Span, blocks: &[&[Stmt]]) -> Span {
    blocks
        .iter()
        .filter_map(|b| b.last())
        .fold(start, |acc, s| acc.to(s.span))
}

/// Skips a statement that failed to parse: the rest of its logical line and
/// an indented block after it (or a stray indented block).
fn skip_stmt<'t>() -> impl Parser<'t, In<'t>, Vec<Stmt>, Ex<'t>> + Clone {
    let block = recursive(|block| {
        just(Tok::Indent)
            .then(choice((block, none_of([Tok::Indent, Tok::Dedent]).ignored())).repeated())
            .then(just(Tok::Dedent))
            .ignored()
    });
    choice((
        block.clone(),
        none_of([Tok::Newline, Tok::Indent, Tok::Dedent])
            .repeated()
            .at_least(1)
            .then(just(Tok::Newline).or_not())
            .then(block.or_not())
            .ignored(),
    ))
    .to(Vec::new())
}

/// The whole module: statements until the end of input.
pub(crate) fn module<'t>(x: &Exprs<'t>, sh: &Sh<'t>) -> P<'t, Vec<Stmt>> {
    let mut stmts: StmtsDecl<'t> = Recursive::declare();
    let stmt_rec = stmts.clone().recover_with(via_parser(skip_stmt())).boxed();
    let simple = simple_stmts(x, sh);

    let block = {
        let stmt_rec = stmt_rec.clone();
        let simple = simple.clone();
        let sh = sh.clone();
        move |what: &'static str| -> P<'t, Vec<Stmt>> {
            let indented = just(Tok::Newline)
                .ignore_then(just(Tok::Indent))
                .ignore_then(
                    stmt_rec
                        .clone()
                        .repeated()
                        .at_least(1)
                        .collect::<Vec<Vec<Stmt>>>(),
                )
                .then_ignore(just(Tok::Dedent))
                .map(|v| v.into_iter().flatten().collect::<Vec<_>>());
            let sh = sh.clone();
            let next_span = any()
                .map_with(|_, e| e.span())
                .rewind()
                .or(end().map_with(|_, e| e.span()));
            let missing = just(Tok::Newline)
                .map_with(|_, e| e.span())
                .then(next_span)
                .validate(move |(nl, next): (Span, Span), _, emitter| {
                    let line = sh.lines.line(nl.start);
                    emitter.emit(Rich::custom(
                        next,
                        format!("expected an indented block after {what} on line {line}"),
                    ));
                    Vec::new()
                });
            choice((indented, simple.clone(), missing)).boxed()
        }
    };
    let colon = || op(Op::Colon);

    let if_stmt = kw(Kw::If)
        .then(x.named.clone())
        .then_ignore(colon())
        .then(block("'if' statement"))
        .then(
            kw(Kw::Elif)
                .then(x.named.clone())
                .then_ignore(colon())
                .then(block("'elif' statement"))
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(
            kw(Kw::Else)
                .ignore_then(colon())
                .ignore_then(block("'else' statement"))
                .or_not(),
        )
        .map(|((((s, test), body), elifs), orelse)| {
            let mut orelse = orelse.unwrap_or_default();
            for ((es, etest), ebody) in elifs.into_iter().rev() {
                let span = through(es.to(etest.span), &[&ebody, &orelse]);
                orelse = vec![stmt(
                    StmtKind::If {
                        test: etest,
                        body: ebody,
                        orelse,
                    },
                    span,
                )];
            }
            let span = through(s.to(test.span), &[&body, &orelse]);
            stmt(StmtKind::If { test, body, orelse }, span)
        });

    let else_block = kw(Kw::Else)
        .ignore_then(colon())
        .ignore_then(block("'else' statement"))
        .or_not()
        .map(Option::unwrap_or_default);

    let while_stmt = kw(Kw::While)
        .then(x.named.clone())
        .then_ignore(colon())
        .then(block("'while' statement"))
        .then(else_block.clone())
        .map(|(((s, test), body), orelse)| {
            let span = through(s.to(test.span), &[&body, &orelse]);
            stmt(StmtKind::While { test, body, orelse }, span)
        });

    let for_stmt = kw(Kw::Async)
        .or_not()
        .then(kw(Kw::For))
        .then(x.targets.clone())
        .then_ignore(kw(Kw::In))
        .then(x.star_exprs.clone())
        .then_ignore(colon())
        .then(block("'for' statement"))
        .then(else_block.clone())
        .validate(|(((((a, f), target), iter), body), orelse), _, emitter| {
            emit_target_errors(&target, Ctx::For, emitter);
            let start = a.unwrap_or(f);
            let span = through(start.to(iter.span), &[&body, &orelse]);
            stmt(
                StmtKind::For {
                    is_async: a.is_some(),
                    target,
                    iter,
                    body,
                    orelse,
                },
                span,
            )
        });

    let handler = kw(Kw::Except)
        .then(op(Op::Star).or_not())
        .then(
            x.star_exprs
                .clone()
                .then(kw(Kw::As).ignore_then(ident()).or_not())
                .or_not(),
        )
        .then(colon())
        .then(block("'except' statement"))
        .validate(move |((((s, star), ty), colon_span), body), _, emitter| {
            let (type_, name) = match ty {
                Some((t, n)) => (Some(t), n),
                None => (None, None),
            };
            if star.is_some() && type_.is_none() {
                emitter.emit(Rich::custom(
                    colon_span,
                    "expected one or more exception types",
                ));
            }
            if let Some(t) = &type_ {
                if let ExprKind::Tuple(elts) = &t.kind {
                    if elts.first().is_some_and(|f| f.span.start == t.span.start) {
                        emitter.emit(Rich::custom(
                            t.span,
                            "multiple exception types must be parenthesized",
                        ));
                    }
                }
            }
            if star.is_some() {
                for bad in except_star_exits(&body) {
                    emitter.emit(Rich::custom(
                        bad,
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                    ));
                }
            }
            let mut span = s;
            if let Some(t) = &type_ {
                span = span.to(t.span);
            }
            if let Some(n) = &name {
                span = span.to(n.span);
            }
            let span = through(span, &[&body]);
            // The clause's keyword span (`except` or `except*`).
            let head = star.map_or(s, |st| s.to(st));
            (
                ExceptHandler {
                    type_,
                    name,
                    body,
                    span,
                },
                head,
                star.is_some(),
            )
        });
    let try_stmt = kw(Kw::Try)
        .then_ignore(colon())
        .then(block("'try' statement"))
        .then(handler.repeated().collect::<Vec<_>>())
        .then(
            kw(Kw::Else)
                .then_ignore(colon())
                .then(block("'else' statement"))
                .or_not(),
        )
        .then(
            kw(Kw::Finally)
                .ignore_then(colon())
                .ignore_then(block("'finally' statement"))
                .or_not(),
        )
        .validate(|((((s, body), clauses), orelse), finalbody), _, emitter| {
            let is_star = clauses.first().is_some_and(|c| c.2);
            if let Some(c) = clauses.iter().find(|c| c.2 != is_star) {
                emitter.emit(Rich::custom(
                    c.1,
                    "cannot have both 'except' and 'except*' on the same 'try'",
                ));
            }
            let handlers: Vec<ExceptHandler> = clauses.into_iter().map(|c| c.0).collect();
            if handlers.is_empty() && finalbody.is_none() {
                emitter.emit(Rich::custom(s, "expected 'except' or 'finally' block"));
            }
            if let (true, Some((es, _))) = (handlers.is_empty(), &orelse) {
                emitter.emit(Rich::custom(*es, "invalid syntax"));
            }
            let orelse = orelse.map(|(_, b)| b).unwrap_or_default();
            let finalbody = finalbody.unwrap_or_default();
            let mut span = through(s, &[&body, &orelse, &finalbody]);
            if let Some(h) = handlers.last() {
                span = span.to(h.span);
            }
            let span = through(span, &[&orelse, &finalbody]);
            stmt(
                StmtKind::Try(Box::new(Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    is_star,
                })),
                span,
            )
        });

    let with_item = x
        .expr
        .clone()
        .then(kw(Kw::As).ignore_then(x.single_target.clone()).or_not())
        .validate(|(context, vars), _, emitter| {
            if let Some(v) = &vars {
                emit_target_errors(v, Ctx::For, emitter);
            }
            WithItem { context, vars }
        });
    let with_items = with_item
        .clone()
        .separated_by(op(Op::Comma))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(op(Op::LParen), op(Op::RParen))
        .then_ignore(colon().rewind())
        .or(with_item
            .separated_by(op(Op::Comma))
            .at_least(1)
            .collect::<Vec<_>>());
    let with_stmt = kw(Kw::Async)
        .or_not()
        .then(kw(Kw::With))
        .then(with_items)
        .then_ignore(colon())
        .then(block("'with' statement"))
        .map(|(((a, w), items), body)| {
            let start = a.unwrap_or(w);
            let span = items.iter().fold(start, |acc, i| acc.to(i.context.span));
            let span = items
                .iter()
                .filter_map(|i| i.vars.as_ref())
                .fold(span, |acc, v| acc.to(v.span));
            let span = through(span, &[&body]);
            stmt(
                StmtKind::With {
                    is_async: a.is_some(),
                    items,
                    body,
                },
                span,
            )
        });

    let funcdef = kw(Kw::Async)
        .or_not()
        .then(kw(Kw::Def))
        .then(ident())
        .then(
            x.params
                .clone()
                .delimited_by(op(Op::LParen), op(Op::RParen)),
        )
        .then(op(Op::Arrow).ignore_then(x.expr.clone()).or_not())
        .then_ignore(colon())
        .then(block("function definition"))
        .map(|(((((a, d), name), params), returns), body)| {
            let start = a.unwrap_or(d);
            let span = through(start.to(name.span), &[&body]);
            (
                StmtKind::FunctionDef(Box::new(FunctionDef {
                    is_async: a.is_some(),
                    name,
                    params,
                    body,
                    decorators: Vec::new(),
                    returns,
                })),
                span,
            )
        });
    let classdef = kw(Kw::Class)
        .then(ident())
        .then(
            x.call_args
                .clone()
                .delimited_by(op(Op::LParen), op(Op::RParen))
                .or_not(),
        )
        .then_ignore(colon())
        .then(block("class definition"))
        .map(|(((c, name), args), body)| {
            let span = through(c.to(name.span), &[&body]);
            let (bases, keywords) = args.unwrap_or_default();
            (
                StmtKind::ClassDef(Box::new(ClassDef {
                    name,
                    bases,
                    keywords,
                    body,
                    decorators: Vec::new(),
                })),
                span,
            )
        });
    let decorated = op(Op::At)
        .then(x.named.clone())
        .then_ignore(just(Tok::Newline))
        .repeated()
        .collect::<Vec<_>>()
        .then(funcdef.or(classdef))
        .map(|(decos, (mut kind, mut span))| {
            if let Some((at, _)) = decos.first() {
                span = at.to(span);
            }
            let decos: Vec<Expr> = decos.into_iter().map(|(_, d)| d).collect();
            match &mut kind {
                StmtKind::FunctionDef(f) => f.decorators = decos,
                StmtKind::ClassDef(c) => c.decorators = decos,
                _ => {}
            }
            stmt(kind, span)
        });

    let case_block = kw(Kw::Case)
        .then(super::pattern::case_pattern(sh))
        .then(kw(Kw::If).ignore_then(x.named.clone()).or_not())
        .then_ignore(colon())
        .then(block("'case' statement"))
        .map(|(((c, pattern), guard), body)| {
            let mut span = c.to(pattern.span);
            if let Some(g) = &guard {
                span = span.to(g.span);
            }
            let span = through(span, &[&body]);
            MatchCase {
                pattern,
                guard,
                body,
                span,
            }
        });
    let match_stmt = kw(Kw::Match)
        .then(x.subject.clone())
        .then_ignore(colon())
        .then_ignore(just(Tok::Newline))
        .then_ignore(just(Tok::Indent))
        .then(
            case_block
                .map(Some)
                .or(stmt_rec.clone().validate(|_, e, emitter| {
                    // A statement that is not a `case` where one must be.
                    emitter.emit(Rich::custom(e.span(), "invalid syntax"));
                    None
                }))
                .repeated()
                .at_least(1)
                .collect::<Vec<_>>()
                .map(|cs| cs.into_iter().flatten().collect::<Vec<_>>()),
        )
        .then_ignore(just(Tok::Dedent))
        .map(|((m, subject), cases)| {
            let mut span = m.to(subject.span);
            if let Some(c) = cases.last() {
                span = span.to(c.span);
            }
            stmt(StmtKind::Match { subject, cases }, span)
        });

    let compound = choice((
        if_stmt, while_stmt, for_stmt, try_stmt, with_stmt, decorated, match_stmt,
    ))
    .boxed();
    stmts.define(compound.map(|s| vec![s]).or(simple));

    stmt_rec
        .repeated()
        .collect::<Vec<Vec<Stmt>>>()
        .map(|v| v.into_iter().flatten().collect())
        .then_ignore(end())
        .boxed()
}

#[derive(Clone)]
enum Tail {
    None,
    Ann(Expr, Option<Expr>),
    Aug(BinOp, Expr),
    Assign(Vec<Expr>),
}

/// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
fn simple_stmts<'t>(x: &Exprs<'t>, _sh: &Sh<'t>) -> P<'t, Vec<Stmt>> {
    let rhs = x.yield_expr.clone().or(x.star_exprs.clone()).boxed();
    let augop = select! {
        Tok::Op(Op::PlusEq) => BinOp::Add,
        Tok::Op(Op::MinusEq) => BinOp::Sub,
        Tok::Op(Op::StarEq) => BinOp::Mult,
        Tok::Op(Op::AtEq) => BinOp::MatMult,
        Tok::Op(Op::SlashEq) => BinOp::Div,
        Tok::Op(Op::PercentEq) => BinOp::Mod,
        Tok::Op(Op::AmpEq) => BinOp::BitAnd,
        Tok::Op(Op::PipeEq) => BinOp::BitOr,
        Tok::Op(Op::CaretEq) => BinOp::BitXor,
        Tok::Op(Op::LShiftEq) => BinOp::LShift,
        Tok::Op(Op::RShiftEq) => BinOp::RShift,
        Tok::Op(Op::DoubleStarEq) => BinOp::Pow,
        Tok::Op(Op::FloorDivEq) => BinOp::FloorDiv,
    };
    let expr_stmt = rhs
        .clone()
        .then(choice((
            op(Op::Colon)
                .ignore_then(x.expr.clone())
                .then(op(Op::Eq).ignore_then(rhs.clone()).or_not())
                .map(|(a, v)| Tail::Ann(a, v)),
            augop.then(rhs.clone()).map(|(o, v)| Tail::Aug(o, v)),
            op(Op::Eq)
                .ignore_then(rhs.clone())
                .repeated()
                .at_least(1)
                .collect::<Vec<_>>()
                .map(Tail::Assign),
            empty().to(Tail::None),
        )))
        .validate(|(first, tail), _, emitter| match tail {
            Tail::None => StmtKind::Expr(first),
            Tail::Ann(annotation, value) => {
                emit_target_errors(&first, Ctx::Ann, emitter);
                StmtKind::AnnAssign {
                    target: first,
                    annotation,
                    value,
                }
            }
            Tail::Aug(op, value) => {
                emit_target_errors(&first, Ctx::Aug, emitter);
                StmtKind::AugAssign {
                    target: first,
                    op,
                    value,
                }
            }
            Tail::Assign(mut rest) => {
                let value = rest.pop().unwrap_or_else(|| first.clone());
                let mut targets = vec![first];
                targets.extend(rest);
                for t in &targets {
                    emit_target_errors(t, Ctx::Assign, emitter);
                }
                StmtKind::Assign { targets, value }
            }
        });

    let dotted = ident()
        .separated_by(op(Op::Dot))
        .at_least(1)
        .collect::<Vec<_>>()
        .map(|ids| {
            ids.iter()
                .map(|i| i.name.as_str())
                .collect::<Vec<_>>()
                .join(".")
        });
    let import = kw(Kw::Import).ignore_then(
        dotted
            .clone()
            .then(kw(Kw::As).ignore_then(ident()).or_not())
            .map_with(|(name, asname), e| Alias {
                name,
                asname,
                span: e.span(),
            })
            .separated_by(op(Op::Comma))
            .at_least(1)
            .collect::<Vec<_>>()
            .map(StmtKind::Import),
    );
    let as_name = ident()
        .then(kw(Kw::As).ignore_then(ident()).or_not())
        .map_with(|(name, asname), e| Alias {
            name: name.name,
            asname,
            span: e.span(),
        });
    let names = choice((
        op(Op::Star).map(|s| {
            vec![Alias {
                name: "*".into(),
                asname: None,
                span: s,
            }]
        }),
        as_name
            .clone()
            .separated_by(op(Op::Comma))
            .at_least(1)
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(op(Op::LParen), op(Op::RParen)),
        as_name
            .separated_by(op(Op::Comma))
            .at_least(1)
            .collect::<Vec<_>>(),
    ));
    let dots = choice((op(Op::Dot).to(1u32), op(Op::Ellipsis).to(3u32)))
        .repeated()
        .collect::<Vec<u32>>()
        .map(|v| v.iter().sum::<u32>());
    let from_import = kw(Kw::From)
        .ignore_then(dots)
        .then(dotted.or_not())
        .then_ignore(kw(Kw::Import))
        .then(names)
        .try_map(|((level, module), names), span| {
            if level == 0 && module.is_none() {
                return Err(Rich::custom(span, "invalid syntax"));
            }
            Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            })
        });

    let simple = choice((
        kw(Kw::Pass).to(StmtKind::Pass),
        kw(Kw::Break).to(StmtKind::Break),
        kw(Kw::Continue).to(StmtKind::Continue),
        kw(Kw::Return)
            .ignore_then(x.star_exprs.clone().or_not())
            .map(StmtKind::Return),
        kw(Kw::Raise)
            .ignore_then(
                x.expr
                    .clone()
                    .then(kw(Kw::From).ignore_then(x.expr.clone()).or_not())
                    .or_not(),
            )
            .map(|r| match r {
                None => StmtKind::Raise {
                    exc: None,
                    cause: None,
                },
                Some((exc, cause)) => StmtKind::Raise {
                    exc: Some(exc),
                    cause,
                },
            }),
        kw(Kw::Global)
            .ignore_then(ident().separated_by(op(Op::Comma)).at_least(1).collect())
            .map(StmtKind::Global),
        kw(Kw::Nonlocal)
            .ignore_then(ident().separated_by(op(Op::Comma)).at_least(1).collect())
            .map(StmtKind::Nonlocal),
        kw(Kw::Del)
            .ignore_then(x.targets.clone())
            .validate(|t, _, emitter| {
                emit_target_errors(&t, Ctx::Del, emitter);
                match t.kind {
                    ExprKind::Tuple(elts)
                        if elts.first().is_some_and(|f| f.span.start == t.span.start) =>
                    {
                        StmtKind::Delete(elts)
                    }
                    _ => StmtKind::Delete(vec![t]),
                }
            }),
        kw(Kw::Assert)
            .ignore_then(x.expr.clone())
            .then(op(Op::Comma).ignore_then(x.expr.clone()).or_not())
            .map(|(test, msg)| StmtKind::Assert { test, msg }),
        import,
        from_import,
        expr_stmt,
    ))
    .map_with(|kind, e| stmt(kind, e.span()));
    simple
        .separated_by(op(Op::Semi))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .then_ignore(just(Tok::Newline))
        .boxed()
}

/// Spans of the `break`/`continue`/`return` statements that would leave an
/// `except*` body (CPython rejects them at compile time): `return`
/// anywhere outside nested functions and classes, `break`/`continue` not
/// inside a loop of the body itself.
fn except_star_exits(body: &[Stmt]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut work: Vec<(&Stmt, bool)> = body.iter().rev().map(|s| (s, false)).collect();
    while let Some((s, in_loop)) = work.pop() {
        match &s.kind {
            StmtKind::Return(_) => out.push(s.span),
            StmtKind::Break | StmtKind::Continue if !in_loop => out.push(s.span),
            StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => {}
            StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                work.extend(orelse.iter().rev().map(|s| (s, in_loop)));
                work.extend(body.iter().rev().map(|s| (s, true)));
            }
            _ => {
                let (mut stmts, mut exprs) = (Vec::new(), Vec::new());
                crate::visit::stmt_children(s, &mut stmts, &mut exprs);
                work.extend(stmts.into_iter().rev().map(|s| (s, in_loop)));
            }
        }
    }
    out
}
