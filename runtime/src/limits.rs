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
    /// The most `sys.setrecursionlimit` can raise `recursion_limit` to
    /// (frames live on the heap: this bounds a hostile program's memory,
    /// the Rust stack is never at risk).
    #[serde(default = "default_max_recursion_limit")]
    pub max_recursion_limit: usize,
    /// The clock `asyncio.sleep` and timeouts run on.
    #[serde(default)]
    pub clock: Clock,
}

/// The clock of a run's timers (`asyncio.sleep`, `wait_for`, `timeout`).
///
/// `Real` (the default) waits wall-clock time. `Virtual` starts at 0 and
/// jumps straight to the next timer whenever nothing else can make
/// progress (no ready task, no capability call outstanding), so a
/// `sleep(10)` finishes at once while the program still observes 10
/// seconds passing, in the same order as it would in real time. Capability
/// calls take no virtual time: while one is outstanding the virtual clock
/// stands still. A loop that never goes idle (a task spinning on
/// `sleep(0)`) still lets time pass: after `run::SPIN_ITERATIONS` busy
/// iterations, each further one takes `run::SPIN_NANOS` while a timer is
/// armed. Tests of timeouts and retries use it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Clock {
    #[default]
    Real,
    Virtual,
}

fn default_max_recursion_limit() -> usize {
    100_000
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: None,
            max_memory: None,
            timeout: None,
            max_output: None,
            recursion_limit: 1000,
            max_recursion_limit: default_max_recursion_limit(),
            clock: Clock::Real,
        }
    }
}

/// How capability calls are dispatched by the drivers.
///
/// The default is `Rounds` because it makes a run a function of the
/// program and the tools' results alone: the interleaving of tasks, the
/// order of capability calls and the output do not depend on latencies,
/// so runs replay exactly (tests, audits, caching of tool results). Hosts
/// that want the wall time of CPython's event loop (the critical path of
/// the calls) choose `Eager`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Scheduler {
    /// Each tick's calls are awaited together (`join_all`), then all
    /// waiting tasks resume in call order. Deterministic.
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
