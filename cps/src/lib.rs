//! pycps-cps: lowering of the Python AST to the state-machine IR.
//!
//! [`scope`] resolves every name (local, cell, free, global); [`lower`]
//! turns each function into blocks ending in terminators, with every
//! `await`/`yield` a numbered `Suspend` state; liveness (from `pycps-ir`)
//! then records, for each state, the registers live across it.

pub mod lower;
pub mod pystd;
pub mod scope;

use pycps_frontend::{ast, Diagnostic};

/// Lowering switches.
#[derive(Clone, Copy, Debug)]
pub struct LowerOptions {
    /// Run the IR clean-ups (bound-check elision). Off shows the raw
    /// lowering (`pycps ir --stage cps`).
    pub optimize: bool,
}

impl Default for LowerOptions {
    fn default() -> Self {
        LowerOptions { optimize: true }
    }
}

/// Lowers a parsed module. The returned IR has been verified in debug
/// builds.
pub fn lower(
    module: &ast::Module,
    filename: &str,
    source: &str,
) -> Result<pycps_ir::Module, Vec<Diagnostic>> {
    lower_with(module, filename, source, LowerOptions::default())
}

/// [`lower`] with explicit options.
pub fn lower_with(
    module: &ast::Module,
    filename: &str,
    source: &str,
    options: LowerOptions,
) -> Result<pycps_ir::Module, Vec<Diagnostic>> {
    let tree = scope::analyze(module)?;
    let ir = lower::lower_module(module, &tree, filename, source, options)?;
    #[cfg(debug_assertions)]
    if let Err(errors) = pycps_ir::verify(&ir) {
        let msg: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        return Err(vec![Diagnostic::syntax(
            module.span,
            format!("internal compiler error: invalid IR: {}", msg.join("; ")),
        )]);
    }
    Ok(ir)
}

/// Parses and lowers source text in one step.
/// Standard-library modules written in Python are compiled in when the
/// source mentions them (see [`pystd`]).
pub fn compile(source: &str, filename: &str) -> Result<pycps_ir::Module, Vec<Diagnostic>> {
    pystd::compile(source, filename)
}
