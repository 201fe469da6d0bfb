//! Hand-written Python tokenizer: source text to [`Token`]s with byte spans.
//!
//! Owns NEWLINE/INDENT/DEDENT generation (an indent stack, as CPython's
//! tokenizer), bracket-aware implicit line joining, backslash continuation,
//! comments, keywords, numbers ([`numbers`]) and string/f-string literals
//! ([`strings`]).
//!
//! Invariants: INDENT and DEDENT tokens are balanced; every logical line
//! that produced a token ends in NEWLINE; token spans are absolute byte
//! offsets on character boundaries, non-decreasing. The lexer never panics
//! and keeps going after an error (to report several), but any error makes
//! [`lex`] return `Err`.

mod numbers;
mod strings;
mod token;

pub use token::{Kw, Op, RawFField, RawFPart, RawFString, Tok, Token};

use crate::diagnostic::Diagnostic;
use crate::span::{LineIndex, Span};

/// Maximum bracket nesting (CPython's limit is 200).
pub const MAX_BRACKET_DEPTH: usize = 200;
/// Maximum indentation levels (CPython's limit is 100).
pub const MAX_INDENT_DEPTH: usize = 100;

/// Tokenizes a whole module.
pub fn lex(source: &str) -> Result<Vec<Token>, Vec<Diagnostic>> {
    let (tokens, errors) = lex_with_errors(source);
    if errors.is_empty() {
        Ok(tokens)
    } else {
        Err(errors)
    }
}

/// Tokenizes a whole module, returning the tokens found even when there
/// were errors (for recovery).
pub fn lex_with_errors(source: &str) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut lx = Lexer::new(source, 0, source.len(), false);
    lx.run();
    (lx.tokens, lx.errors)
}

pub(crate) struct Lexer<'s> {
    pub(crate) src: &'s str,
    pub(crate) pos: usize,
    end: usize,
    /// Lexing an f-string replacement field: no indentation, newlines join.
    nested: bool,
    pub(crate) tokens: Vec<Token>,
    pub(crate) errors: Vec<Diagnostic>,
    /// Open brackets: the char and its offset.
    brackets: Vec<(char, usize)>,
    /// Indent stack: (column with tabs to 8, column with tabs to 1).
    indents: Vec<(usize, usize)>,
    at_line_start: bool,
    lines: Option<LineIndex>,
}

impl<'s> Lexer<'s> {
    pub(crate) fn new(src: &'s str, start: usize, end: usize, nested: bool) -> Self {
        Lexer {
            src,
            pos: start,
            end,
            nested,
            tokens: Vec::new(),
            errors: Vec::new(),
            brackets: Vec::new(),
            indents: vec![(0, 0)],
            at_line_start: !nested,
            lines: None,
        }
    }

    pub(crate) fn peek(&self) -> Option<char> {
        self.src.get(self.pos..self.end)?.chars().next()
    }

    pub(crate) fn peek_at(&self, n: usize) -> Option<char> {
        self.src.get(self.pos..self.end)?.chars().nth(n)
    }

    pub(crate) fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    pub(crate) fn line_of(&mut self, offset: usize) -> u32 {
        let src = self.src;
        self.lines
            .get_or_insert_with(|| LineIndex::new(src))
            .line(offset as u32)
    }

    pub(crate) fn error(&mut self, start: usize, end: usize, msg: impl Into<String>) {
        self.errors
            .push(Diagnostic::syntax(Span::new(start, end), msg));
    }

    fn push(&mut self, kind: Tok, start: usize, end: usize) {
        self.tokens.push(Token {
            kind,
            span: Span::new(start, end),
        });
    }

    /// True when the current logical line already produced a token.
    fn line_has_tokens(&self) -> bool {
        !matches!(
            self.tokens.last().map(|t| &t.kind),
            None | Some(Tok::Newline | Tok::Indent | Tok::Dedent)
        )
    }

    pub(crate) fn run(&mut self) {
        while self.pos < self.end {
            if self.at_line_start {
                self.at_line_start = false;
                self.indentation();
                continue;
            }
            let start = self.pos;
            let Some(c) = self.peek() else { break };
            match c {
                ' ' | '\t' | '\x0c' => {
                    self.bump();
                }
                '#' => {
                    while let Some(c) = self.peek() {
                        if c == '\n' || c == '\r' {
                            break;
                        }
                        self.bump();
                    }
                }
                '\n' | '\r' => {
                    self.bump();
                    if c == '\r' && self.peek() == Some('\n') {
                        self.bump();
                    }
                    if self.nested || !self.brackets.is_empty() {
                        continue;
                    }
                    if self.line_has_tokens() {
                        self.push(Tok::Newline, start, self.pos);
                    }
                    self.at_line_start = true;
                }
                '\\' => {
                    self.bump();
                    match self.peek() {
                        Some('\n') => {
                            self.bump();
                        }
                        Some('\r') => {
                            self.bump();
                            if self.peek() == Some('\n') {
                                self.bump();
                            }
                        }
                        None => {
                            self.error(start, self.pos, "unexpected EOF while parsing");
                        }
                        Some(_) => {
                            self.error(
                                start,
                                self.pos,
                                "unexpected character after line continuation character",
                            );
                        }
                    }
                }
                '0'..='9' => self.number(),
                '.' if self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) => self.number(),
                '"' | '\'' => self.string(start, ""),
                c if is_id_start(c) => self.name_or_prefixed_string(),
                _ => self.operator(),
            }
        }
        self.finish();
    }

    fn finish(&mut self) {
        if self.nested {
            if let Some(&(c, at)) = self.brackets.last() {
                self.error(at, at + 1, format!("'{c}' was never closed"));
            }
            return;
        }
        if let Some(&(c, at)) = self.brackets.first() {
            // CPython reports the innermost unclosed bracket.
            let (c, at) = self.brackets.last().copied().unwrap_or((c, at));
            self.error(at, at + 1, format!("'{c}' was never closed"));
        }
        let end = self.end;
        if self.line_has_tokens() {
            self.push(Tok::Newline, end, end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, end, end);
        }
    }

    /// Measures the indentation at the start of a line and emits
    /// INDENT/DEDENT tokens; skips blank and comment-only lines.
    fn indentation(&mut self) {
        let start = self.pos;
        let (mut col, mut alt) = (0usize, 0usize);
        while let Some(c) = self.peek() {
            match c {
                ' ' => {
                    col += 1;
                    alt += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                '\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.bump();
        }
        match self.peek() {
            None | Some('#' | '\n' | '\r') => return, // blank line
            Some('\\') => {}
            _ => {}
        }
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if alt != top_alt {
                self.tab_error(start);
            }
        } else if col > top {
            if alt <= top_alt {
                self.tab_error(start);
            }
            if self.indents.len() > MAX_INDENT_DEPTH {
                self.error(start, self.pos, "too many levels of indentation");
            }
            self.indents.push((col, alt));
            self.push(Tok::Indent, start, self.pos);
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
                self.push(Tok::Dedent, self.pos, self.pos);
            }
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                self.error(
                    start,
                    self.pos,
                    "unindent does not match any outer indentation level",
                );
            } else if alt != top_alt {
                self.tab_error(start);
            }
        }
    }

    fn tab_error(&mut self, start: usize) {
        self.error(
            start,
            self.pos,
            "inconsistent use of tabs and spaces in indentation",
        );
    }

    fn name_or_prefixed_string(&mut self) {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if is_id_continue(c) {
                self.bump();
            } else {
                break;
            }
        }
        let word = &self.src[start..self.pos];
        if matches!(self.peek(), Some('"' | '\'')) && is_string_prefix(word) {
            let prefix = word.to_ascii_lowercase();
            self.string(start, &prefix);
            return;
        }
        let kind = match Kw::from_word(word) {
            Some(k) => Tok::Kw(k),
            None => Tok::Name(word.to_string()),
        };
        self.push(kind, start, self.pos);
    }

    fn operator(&mut self) {
        let start = self.pos;
        let rest = &self.src[self.pos..self.end];
        let Some(op) = Op::ALL
            .iter()
            .copied()
            .find(|op| rest.starts_with(op.as_str()))
        else {
            let c = self.bump().unwrap_or(' ');
            let msg = if c.is_ascii() {
                "invalid syntax".to_string()
            } else {
                format!("invalid character '{c}' (U+{:04X})", c as u32)
            };
            self.error(start, self.pos, msg);
            return;
        };
        self.pos += op.as_str().len();
        match op {
            Op::LParen | Op::LBracket | Op::LBrace => {
                let c = op.as_str().chars().next().unwrap_or('(');
                self.brackets.push((c, start));
                if self.brackets.len() > MAX_BRACKET_DEPTH {
                    self.error(start, self.pos, "too many nested parentheses");
                    // Stop lexing: the rest cannot be parsed sensibly.
                    self.pos = self.end;
                    self.brackets.clear();
                    return;
                }
            }
            Op::RParen | Op::RBracket | Op::RBrace => {
                let close = op.as_str().chars().next().unwrap_or(')');
                match self.brackets.pop() {
                    None => {
                        self.error(start, self.pos, format!("unmatched '{close}'"));
                        return;
                    }
                    Some((open, at)) => {
                        let want = match open {
                            '(' => ')',
                            '[' => ']',
                            _ => '}',
                        };
                        if want != close {
                            let (l1, l2) = (self.line_of(at), self.line_of(start));
                            let on = if l1 == l2 {
                                String::new()
                            } else {
                                format!(" on line {l1}")
                            };
                            self.error(
                                start,
                                self.pos,
                                format!(
                                    "closing parenthesis '{close}' does not match opening parenthesis '{open}'{on}"
                                ),
                            );
                        }
                    }
                }
            }
            _ => {}
        }
        self.push(Tok::Op(op), start, self.pos);
    }
}

pub(crate) fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

pub(crate) fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

fn is_string_prefix(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf"
    )
}

#[cfg(test)]
mod tests;
