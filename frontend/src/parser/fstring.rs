//! String atoms: implicit concatenation of adjacent literals, and the
//! conversion of lexed f-strings into [`FStringPart`]s.
//!
//! Each replacement field's tokens are parsed with the shared field parser
//! (see [`super::parse_field`]); results are cached by token offset so a
//! backtracking parser converts each f-string once. Invariants: adjacent
//! literal parts are merged; mixing bytes with str is an error; mixing
//! f-strings with plain strings gives one `FString`. As in CPython's AST, a
//! debug field `{x=}` with neither conversion nor format spec gets
//! conversion `'r'`.

use super::{parse_field, Ex, In, Sh, Shared};
use crate::ast::{Constant, Expr, ExprKind, FStringExpr, FStringPart};
use crate::diagnostic::Diagnostic;
use crate::lexer::{RawFPart, RawFString, Tok};
use crate::span::Span;
use chumsky::prelude::*;

#[derive(Clone)]
enum Piece<'t> {
    Str(&'t str),
    Bytes(&'t [u8]),
    F(&'t RawFString, Span),
}

/// One or more adjacent string literals as a single expression.
pub(crate) fn strings<'t>(sh: Sh<'t>) -> impl Parser<'t, In<'t>, Expr, Ex<'t>> + Clone {
    select_ref! {
        Tok::Str(s) => Piece::Str(s.as_str()),
        Tok::Bytes(b) => Piece::Bytes(b.as_slice()),
        Tok::RawFString(f) = e => Piece::F(f, e.span()),
    }
    .repeated()
    .at_least(1)
    .collect::<Vec<_>>()
    .validate(move |pieces, e, emitter| {
        let span: Span = e.span();
        let n_bytes = pieces
            .iter()
            .filter(|p| matches!(p, Piece::Bytes(_)))
            .count();
        if n_bytes > 0 && n_bytes < pieces.len() {
            emitter.emit(Rich::custom(span, "cannot mix bytes and nonbytes literals"));
        }
        if n_bytes == pieces.len() {
            let mut out = Vec::new();
            for p in &pieces {
                if let Piece::Bytes(b) = p {
                    out.extend_from_slice(b);
                }
            }
            return Expr {
                kind: ExprKind::Constant(Constant::Bytes(out)),
                span,
            };
        }
        if !pieces.iter().any(|p| matches!(p, Piece::F(..))) {
            let mut out = String::new();
            for p in &pieces {
                if let Piece::Str(s) = p {
                    out.push_str(s);
                }
            }
            return Expr {
                kind: ExprKind::Constant(Constant::Str(out)),
                span,
            };
        }
        let mut parts: Vec<FStringPart> = Vec::new();
        for p in pieces {
            match p {
                Piece::Str(s) => push_literal(&mut parts, s),
                Piece::Bytes(_) => {}
                Piece::F(raw, fspan) => {
                    let cached = sh.fstrings.borrow().get(&fspan.start).cloned();
                    let converted = match cached {
                        Some(c) => c,
                        None => {
                            let c = convert(&sh, &raw.parts);
                            sh.fstrings.borrow_mut().insert(fspan.start, c.clone());
                            c
                        }
                    };
                    for part in converted {
                        match part {
                            FStringPart::Literal(s) => push_literal(&mut parts, &s),
                            other => parts.push(other),
                        }
                    }
                }
            }
        }
        Expr {
            kind: ExprKind::FString(parts),
            span,
        }
    })
}

fn push_literal(parts: &mut Vec<FStringPart>, s: &str) {
    if s.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(FStringPart::Literal(l)) => l.push_str(s),
        _ => parts.push(FStringPart::Literal(s.to_string())),
    }
}

/// Converts lexed parts, parsing each field's expression.
fn convert<'t>(sh: &Shared<'t>, raw: &'t [RawFPart]) -> Vec<FStringPart> {
    let mut out = Vec::new();
    for part in raw {
        match part {
            RawFPart::Literal(s) => push_literal(&mut out, s),
            RawFPart::Field(f) => {
                let value = match parse_field(sh, &f.tokens, f.expr_span) {
                    Some(v) => v,
                    None => {
                        // Errors were recorded; keep a placeholder.
                        if sh.diags.borrow().is_empty() {
                            sh.diags
                                .borrow_mut()
                                .push(Diagnostic::syntax(f.expr_span, "f-string: invalid syntax"));
                        }
                        Expr {
                            kind: ExprKind::Constant(Constant::None),
                            span: f.expr_span,
                        }
                    }
                };
                let format_spec = f.spec.as_ref().map(|spec| convert(sh, spec));
                out.push(FStringPart::Expr(FStringExpr {
                    value: Box::new(value),
                    conversion: f.conversion,
                    format_spec,
                    debug_text: f.debug_text.clone(),
                    span: f.span,
                }));
            }
        }
    }
    out
}
