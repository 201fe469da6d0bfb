//! Token pre-pass for the soft keywords `match` and `case`.
//!
//! A statement-level `match` that starts a match statement (`match
//! <subject>:` then NEWLINE INDENT) becomes [`Kw::Match`], and each `case`
//! starting a statement directly in its block becomes [`Kw::Case`], so the
//! grammar tells `match x:` from a name called `match` (`match = 1`,
//! `match(x)`, `match.x`) without backtracking. Every other `match`/`case`
//! stays a [`Tok::Name`].
//!
//! Invariant: only token kinds change; the output has the same length and
//! spans as the input (INDENT/DEDENT stay balanced).

use crate::lexer::{Kw, Op, Tok, Token};

pub(super) fn mark_soft_keywords(tokens: &[Token]) -> Vec<Token> {
    let mut out = tokens.to_vec();
    let mut depth = 0usize;
    // Indentation depths of the blocks of match statements being read.
    let mut match_blocks: Vec<usize> = Vec::new();
    // Depth of the block a pending match header opens (set at its `match`).
    let mut pending: Option<usize> = None;
    let mut at_stmt_start = true;
    for i in 0..tokens.len() {
        let t = &tokens[i];
        match t.kind {
            Tok::Indent => {
                depth += 1;
                if let Some(d) = pending.take() {
                    if d == depth {
                        match_blocks.push(depth);
                    }
                }
            }
            Tok::Dedent => {
                depth = depth.saturating_sub(1);
                while match_blocks.last().is_some_and(|&d| d > depth) {
                    match_blocks.pop();
                }
            }
            _ => {}
        }
        if at_stmt_start {
            if let Tok::Name(n) = &t.kind {
                if n == "match" && match_header_end(tokens, i).is_some() {
                    out[i].kind = Tok::Kw(Kw::Match);
                    pending = Some(depth + 1);
                } else if n == "case" && match_blocks.last() == Some(&depth) {
                    out[i].kind = Tok::Kw(Kw::Case);
                }
            }
        }
        at_stmt_start = matches!(t.kind, Tok::Newline | Tok::Indent | Tok::Dedent);
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
