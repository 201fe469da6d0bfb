//! Tokens to AST with chumsky 0.13.
//!
//! [`expr`] builds the expression grammar (Python 3.11 precedence), [`stmt`]
//! the statements and blocks, [`params`] parameter lists, [`targets`]
//! assignment-target checks, [`fstring`] the conversion of lexed f-strings,
//! [`pattern`] the patterns of `match` statements. Before parsing,
//! [`prepass`] turns the soft keywords `match`/`case` that start a match
//! statement and its cases into keyword tokens.
//!
//! Invariants: the grammar never backtracks over a nested expression more
//! than a constant number of times (no exponential blow-up on deep input);
//! every error becomes a [`Diagnostic`]; nothing here panics on any token
//! sequence. Diagnostics that are not plain syntax errors (unsupported
//! constructs, f-string field errors) go to the [`Shared`] side channel.

mod expr;
mod fstring;
mod params;
mod pattern;
mod prepass;
mod stmt;
mod targets;

use crate::ast::{Expr, FStringPart, Module, Stmt};
use crate::diagnostic::Diagnostic;
use crate::lexer::{Op, Tok, Token};
use crate::span::{LineIndex, Span};
use chumsky::error::{Rich, RichPattern, RichReason};
use chumsky::input::{Input, MappedInput};
use chumsky::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// Deepest expression nesting accepted (deeper trees are rejected so later
/// recursive passes cannot overflow the stack).
pub const MAX_EXPR_DEPTH: usize = 500;

impl chumsky::span::Span for Span {
    type Context = ();
    type Offset = usize;

    fn new(_context: (), range: std::ops::Range<usize>) -> Self {
        Span {
            start: range.start as u32,
            end: range.end.max(range.start) as u32,
        }
    }
    fn context(&self) {}
    fn start(&self) -> usize {
        self.start as usize
    }
    fn end(&self) -> usize {
        self.end as usize
    }
}

pub(crate) type Ex<'t> = extra::Err<Rich<'t, Tok, Span>>;
pub(crate) type In<'t> =
    MappedInput<'t, Tok, Span, &'t [Token], fn(&'t Token) -> (&'t Tok, &'t Span)>;
pub(crate) type P<'t, O> = Boxed<'t, 't, In<'t>, O, Ex<'t>>;

fn token_parts(t: &Token) -> (&Tok, &Span) {
    (&t.kind, &t.span)
}

pub(crate) fn input<'t>(tokens: &'t [Token], eoi: usize) -> In<'t> {
    let f: fn(&'t Token) -> (&'t Tok, &'t Span) = token_parts;
    tokens.map(Span::new(eoi, eoi), f)
}

/// State shared by the parser closures: extra diagnostics, the f-string
/// cache and a handle to the f-string field parser.
pub(crate) struct Shared<'t> {
    pub diags: RefCell<Vec<Diagnostic>>,
    pub fstrings: RefCell<HashMap<u32, Vec<FStringPart>>>,
    pub field_parser: RefCell<Weak<P<'t, Expr>>>,
    pub lines: LineIndex,
}

pub(crate) type Sh<'t> = Rc<Shared<'t>>;

/// Parses a token stream (from [`crate::lexer::lex`]) into a module.
pub fn parse_tokens(source: &str, tokens: &[Token]) -> Result<Module, Vec<Diagnostic>> {
    let tokens = prepass::mark_soft_keywords(tokens);
    let (module, diags) = parse_module(source, &tokens);
    finish(diags, module)
}

fn finish(mut diags: Vec<Diagnostic>, module: Option<Module>) -> Result<Module, Vec<Diagnostic>> {
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    diags.dedup_by(|a, b| a.span == b.span && a.message == b.message);
    // Keep one diagnostic per start offset (the first is the most specific).
    diags.dedup_by(|a, b| a.span.start == b.span.start);
    match module {
        Some(m) if diags.is_empty() => Ok(m),
        _ => {
            if diags.is_empty() {
                diags.push(Diagnostic::syntax(Span::new(0, 0), "invalid syntax"));
            }
            Err(diags)
        }
    }
}

fn parse_module(source: &str, tokens: &[Token]) -> (Option<Module>, Vec<Diagnostic>) {
    let shared: Sh = Rc::new(Shared {
        diags: RefCell::new(Vec::new()),
        fstrings: RefCell::new(HashMap::new()),
        field_parser: RefCell::new(Weak::new()),
        lines: LineIndex::new(source),
    });
    let exprs = expr::build(&shared);
    let field = Rc::new(exprs.field.clone().then_ignore(end()).boxed());
    *shared.field_parser.borrow_mut() = Rc::downgrade(&field);
    let module = stmt::module(&exprs, &shared);
    let len = source.len();
    let (out, errs) = module.parse(input(tokens, len)).into_output_errors();
    let mut diags: Vec<Diagnostic> = errs.into_iter().map(|e| convert_error(e, tokens)).collect();
    diags.append(&mut shared.diags.borrow_mut());
    let module = out.map(|body: Vec<Stmt>| Module {
        body,
        span: Span::new(0, len),
    });
    if let Some(m) = &module {
        if let Some(span) = crate::visit::too_deep(m, MAX_EXPR_DEPTH) {
            diags.push(Diagnostic::syntax(span, "too many nested expressions"));
        }
    }
    drop(field);
    (module, diags)
}

/// Parses the tokens of one f-string replacement field; errors go to the
/// shared diagnostics.
pub(crate) fn parse_field<'t>(sh: &Shared<'t>, tokens: &'t [Token], span: Span) -> Option<Expr> {
    let parser = sh.field_parser.borrow().upgrade()?;
    let (out, errs) = parser
        .parse(input(tokens, span.end as usize))
        .into_output_errors();
    for e in errs {
        let mut d = convert_error(e, tokens);
        if !d.message.starts_with("f-string") {
            d.message = format!("f-string: {}", d.message);
        }
        sh.diags.borrow_mut().push(d);
    }
    out
}

/// Turns a chumsky error into a Python-style diagnostic.
pub(crate) fn convert_error(err: Rich<'_, Tok, Span>, tokens: &[Token]) -> Diagnostic {
    let span = *err.span();
    match err.reason() {
        RichReason::Custom(msg) => Diagnostic::syntax(span, msg.clone()),
        RichReason::ExpectedFound { expected, found } => {
            let expects = |t: Tok| {
                expected
                    .iter()
                    .any(|p| matches!(p, RichPattern::Token(x) if **x == t))
            };
            let found: Option<&Tok> = found.as_deref();
            let idx = tokens.partition_point(|t| t.span.start < span.start);
            let prev = idx.checked_sub(1).and_then(|i| tokens.get(i));
            let prev2 = idx.checked_sub(2).and_then(|i| tokens.get(i));
            let print_stmt = matches!(prev.map(|t| &t.kind), Some(Tok::Name(n)) if n == "print" || n == "exec")
                && matches!(
                    prev2.map(|t| &t.kind),
                    None | Some(Tok::Newline | Tok::Indent | Tok::Dedent)
                );
            let msg = match found {
                Some(Tok::Name(_) | Tok::Str(_) | Tok::RawFString(_) | Tok::Int(_))
                    if print_stmt =>
                {
                    let name = match prev.map(|t| &t.kind) {
                        Some(Tok::Name(n)) => n.as_str(),
                        _ => "print",
                    };
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?")
                }
                Some(Tok::Newline) if expects(Tok::Kw(crate::lexer::Kw::Else)) => {
                    "expected 'else' after 'if' expression".to_string()
                }
                Some(Tok::Indent) => "unexpected indent".to_string(),
                Some(Tok::Dedent) => {
                    "unindent does not match any outer indentation level".to_string()
                }
                Some(Tok::Newline) if expects(Tok::Op(Op::Colon)) => "expected ':'".to_string(),
                Some(
                    Tok::Name(_)
                    | Tok::Int(_)
                    | Tok::Float(_)
                    | Tok::Imag(_)
                    | Tok::Str(_)
                    | Tok::Bytes(_)
                    | Tok::RawFString(_)
                    | Tok::FString(_),
                ) if expects(Tok::Op(Op::Comma)) && inside_brackets(tokens, span.start) => {
                    "invalid syntax. Perhaps you forgot a comma?".to_string()
                }
                None => "unexpected end of input".to_string(),
                _ => "invalid syntax".to_string(),
            };
            Diagnostic::syntax(span, msg)
        }
    }
}

/// Whether the token starting at `offset` sits inside brackets of its line.
fn inside_brackets(tokens: &[Token], offset: u32) -> bool {
    let idx = tokens.partition_point(|t| t.span.start < offset);
    let mut depth = 0i32;
    for t in tokens[..idx].iter().rev() {
        match t.kind {
            Tok::Newline | Tok::Indent | Tok::Dedent => break,
            Tok::Op(Op::LParen | Op::LBracket | Op::LBrace) => depth += 1,
            Tok::Op(Op::RParen | Op::RBracket | Op::RBrace) => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}
