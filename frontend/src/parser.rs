//! placeholder
pub fn parse_tokens(
    _s: &str,
    _t: &[crate::lexer::Token],
) -> Result<crate::ast::Module, Vec<crate::Diagnostic>> {
    unimplemented!()
}
