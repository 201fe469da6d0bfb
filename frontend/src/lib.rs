//! pycps frontend: source text to a spanned AST, and diagnostics.
//!
//! Two stages, as in chumsky's own examples: [`lexer`] turns characters into
//! tokens (with INDENT/DEDENT/NEWLINE as Python's tokenizer does, bracket-aware
//! line joining, string and f-string literals), then [`parser`] turns tokens
//! into the [`ast`]. Errors are [`Diagnostic`] values, rendered with ariadne
//! only at the edge.

pub mod ast;
pub mod diagnostic;
pub mod lexer;
pub mod parser;
pub mod span;
pub mod visit;

pub use diagnostic::{render_all, Diagnostic, DiagnosticKind};
pub use span::{LineIndex, Span};

/// Parses a whole module. On failure returns every diagnostic found
/// (the parser recovers where it can to report several).
pub fn parse(source: &str) -> Result<ast::Module, Vec<Diagnostic>> {
    // Pathologically nested input builds (and on error drops) trees whose
    // construction and destruction recurse: run on a large, lazily committed
    // stack. If no thread can be spawned, parse here (chumsky's recursion
    // still grows its own stack).
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("pycps-parse".into())
            .stack_size(PARSE_STACK_BYTES)
            .spawn_scoped(scope, || parse_on_this_thread(source));
        match worker {
            Ok(handle) => handle.join().unwrap_or_else(|_| {
                Err(vec![Diagnostic::syntax(
                    Span::new(0, 0),
                    "internal error: the parser failed on this input",
                )])
            }),
            Err(_) => parse_on_this_thread(source),
        }
    })
}

/// Stack reserved for the parsing thread (committed only as used).
const PARSE_STACK_BYTES: usize = 512 << 20;

fn parse_on_this_thread(source: &str) -> Result<ast::Module, Vec<Diagnostic>> {
    let (tokens, lex_errors) = lexer::lex_with_errors(source);
    let Some(first) = lex_errors.iter().map(|d| d.span.start).min() else {
        return parser::parse_tokens(source, &tokens);
    };
    // The tokens before the first lexical error are sound: report parse
    // errors found there too (they come first in the file).
    let mut diags = match parser::parse_tokens(source, &tokens) {
        Ok(_) => Vec::new(),
        Err(ds) => ds.into_iter().filter(|d| d.span.start < first).collect(),
    };
    diags.extend(lex_errors);
    Err(diags)
}
