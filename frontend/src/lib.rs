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
    let tokens = lexer::lex(source)?;
    parser::parse_tokens(source, &tokens)
}
