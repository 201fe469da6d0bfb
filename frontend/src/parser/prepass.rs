//! Token pre-pass: finds statement-level `match` statements (a soft
//! keyword), reports each as unsupported and replaces it with `pass`, so the
//! grammar never has to tell `match x:` from a name called `match`.
//!
//! Invariant: the output keeps INDENT/DEDENT balanced (a removed statement's
//! whole indented block is removed with it).

use crate::diagnostic::Diagnostic;
use crate::lexer::{Kw, Op, Tok, Token};
use crate::span::Span;

pub(super) fn remove_match_statements(tokens: &[Token], diags: &mut Vec<Diagnostic>) -> Vec<Token> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    let mut at_stmt_start = true;
    while i < tokens.len() {
        let t = &tokens[i];
        if at_stmt_start && matches!(&t.kind, Tok::Name(n) if n == "match") {
            if let Some(nl) = match_header_end(tokens, i) {
                let header_end = tokens[nl - 1].span.end as usize;
                diags.push(Diagnostic::unsupported(
                    Span::new(t.span.start as usize, header_end),
                    "`match` statements",
                ));
                out.push(Token {
                    kind: Tok::Kw(Kw::Pass),
                    span: t.span,
                });
                out.push(tokens[nl].clone());
                let mut j = nl + 1;
                let mut depth = 0usize;
                while j < tokens.len() {
                    match tokens[j].kind {
                        Tok::Indent => depth += 1,
                        Tok::Dedent => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                    j += 1;
                    if depth == 0 {
                        break;
                    }
                }
                i = j;
                at_stmt_start = true;
                continue;
            }
        }
        at_stmt_start = matches!(t.kind, Tok::Newline | Tok::Indent | Tok::Dedent);
        out.push(t.clone());
        i += 1;
    }
    out
}

/// If the `match` at `i` starts a match statement, the index of the NEWLINE
/// ending its header.
fn match_header_end(tokens: &[Token], i: usize) -> Option<usize> {
    let next = tokens.get(i + 1)?;
    match &next.kind {
        Tok::Op(o)
            if !matches!(
                o,
                Op::LParen
                    | Op::LBracket
                    | Op::LBrace
                    | Op::Minus
                    | Op::Star
                    | Op::Tilde
                    | Op::Plus
            ) =>
        {
            return None
        }
        Tok::Newline | Tok::Indent | Tok::Dedent => return None,
        _ => {}
    }
    let nl = (i..tokens.len()).find(|&j| tokens[j].kind == Tok::Newline)?;
    let colon = matches!(tokens.get(nl.checked_sub(1)?)?.kind, Tok::Op(Op::Colon));
    let indent = matches!(tokens.get(nl + 1).map(|t| &t.kind), Some(Tok::Indent));
    (colon && indent).then_some(nl)
}
