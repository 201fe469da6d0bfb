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

/// The program ended through an uncaught `SystemExit` (`sys.exit(...)`,
/// `raise SystemExit`, `exit()`): no traceback, as CPython.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ExitStatus {
    /// The process exit status CPython would use: 0 for `None`, the int
    /// itself (truncated to a C `int`), 1 for any other code.
    pub code: i32,
    /// `str(code)` when the code was neither `None` nor an int (it was
    /// also written to the program's stderr, as CPython prints it).
    pub message: Option<String>,
}

impl std::fmt::Display for ExitStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.message {
            Some(m) => write!(f, "exited with status {}: {m}", self.code),
            None => write!(f, "exited with status {}", self.code),
        }
    }
}

/// Which stream a piece of program output was written to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum OutStream {
    Stdout,
    Stderr,
}

/// Why a run failed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, thiserror::Error)]
pub enum RunError {
    #[error("{0}")]
    Exception(PyException),
    #[error("{0}")]
    Limit(LimitError),
    /// `SystemExit` reached the top (any status, 0 included: the host
    /// decides whether an explicit `sys.exit(0)` is a success).
    #[error("{0}")]
    Exit(ExitStatus),
}
