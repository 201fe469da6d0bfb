//! The ways a run can end in failure, as plain data for the host.

use crate::limits::LimitError;

/// An uncaught Python exception.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PyException {
    /// The exception class name (`ZeroDivisionError`).
    pub type_name: String,
    /// `str(exc)`.
    pub message: String,
    /// The full CPython-style traceback text, ending in `"Type: message\n"`.
    pub traceback: String,
}

impl PyException {
    /// The last line of the traceback (`Type: message`, or `Type` alone when
    /// the message is empty).
    pub fn summary(&self) -> String {
        self.traceback
            .trim_end_matches('\n')
            .rsplit('\n')
            .next()
            .unwrap_or("")
            .to_string()
    }
}

impl std::fmt::Display for PyException {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.summary())
    }
}

/// Why a run failed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, thiserror::Error)]
pub enum RunError {
    #[error("{0}")]
    Exception(PyException),
    #[error("{0}")]
    Limit(LimitError),
}
