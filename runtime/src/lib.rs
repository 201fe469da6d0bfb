//! pycps runtime: values and heap, builtins, the stackless interpreter of
//! the IR, tasks and asyncio, the sans-IO [`Run`], capabilities, limits and
//! drivers.
//!
//! Layout: `value` (the 16-byte `Value`), `heap` (arena of `object`s),
//! `dict` (insertion-ordered hash table), `classes` (built-in classes and
//! the exception hierarchy), `ops` (operators, repr, sequences), `interp`
//! (frames, dispatch loop, calls, unwinding), `builtins` (functions,
//! constructors, methods, native continuations), `asyncio` (tasks, futures,
//! gather, sleep), `run` (the sans-IO `Run`), `driver` (blocking and async
//! drivers), `convert`/`host_value` (plain data at the boundary), `text`
//! (pure formatting helpers).

pub mod asyncio;
pub mod builtins;
pub mod capability;
pub mod classes;
pub mod convert;
pub mod dict;
pub mod driver;
pub mod error;
pub mod format;
pub mod gc;
pub mod heap;
pub mod host_value;
pub mod instance;
pub mod interp;
pub mod limits;
pub mod modules;
pub mod object;
pub mod ops;
pub mod protocol;
pub mod run;
pub mod settable;
pub mod subclass;
pub mod text;
pub mod value;

pub use capability::{
    BatchFuture, CallArgs, CallId, Capabilities, Capability, CapabilityCall, CapabilityError,
    CapabilityFuture,
};
pub use error::{ExitStatus, OutStream, PyException, RunError};
pub use host_value::HostValue;
pub use limits::{Clock, LimitError, LimitKind, Limits, Scheduler};
pub use run::{Run, Step};

#[cfg(test)]
mod tests;
