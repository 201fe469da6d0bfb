//! IR verifier. Placeholder; filled in by the IR work.

/// A broken IR invariant.
#[derive(Debug, thiserror::Error)]
#[error("{function}: {message}")]
pub struct VerifyError {
    pub function: String,
    pub message: String,
}

/// Checks a module's invariants.
pub fn verify(_module: &crate::Module) -> Result<(), Vec<VerifyError>> {
    Ok(())
}
