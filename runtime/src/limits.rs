//! Resource limits and the errors that end a run when one is hit.
//!
//! Limits are not Python exceptions: a program cannot catch them. Recursion
//! depth is the exception to the rule (it raises a catchable
//! `RecursionError`, as CPython), so it lives here only as a setting.

use std::time::Duration;

/// Resource limits of one run.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Limits {
    /// Maximum number of IR instructions (and terminators) executed.
    pub fuel: Option<u64>,
    /// Maximum bytes accounted on heap allocation.
    pub max_memory: Option<usize>,
    /// Wall-clock limit measured from the first `advance()`.
    pub timeout: Option<Duration>,
    /// Maximum bytes of `print` output.
    pub max_output: Option<usize>,
    /// Python frames deeper than this raise `RecursionError`.
    pub recursion_limit: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: None,
            max_memory: None,
            timeout: None,
            max_output: None,
            recursion_limit: 1000,
        }
    }
}

/// How capability calls are dispatched by the drivers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Scheduler {
    /// Each tick's calls are awaited together, then all waiting tasks resume.
    #[default]
    Rounds,
    /// Each task resumes as soon as its own call returns.
    Eager,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LimitKind {
    Fuel,
    Memory,
    Time,
    Output,
}

/// A hard limit was hit; the run is over.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, thiserror::Error)]
#[error("{message}")]
pub struct LimitError {
    pub kind: LimitKind,
    pub message: String,
}

impl LimitError {
    pub fn fuel(executed: u64) -> Self {
        LimitError {
            kind: LimitKind::Fuel,
            message: format!("fuel exhausted after {executed} instructions"),
        }
    }

    pub fn memory(used: usize, limit: usize) -> Self {
        LimitError {
            kind: LimitKind::Memory,
            message: format!("memory limit exceeded: {used} bytes allocated (limit {limit} bytes)"),
        }
    }

    pub fn time(limit: Duration) -> Self {
        LimitError {
            kind: LimitKind::Time,
            message: format!("time limit exceeded after {} ms", limit.as_millis()),
        }
    }

    pub fn output(limit: usize) -> Self {
        LimitError {
            kind: LimitKind::Output,
            message: format!("output limit exceeded: more than {limit} bytes printed"),
        }
    }
}
