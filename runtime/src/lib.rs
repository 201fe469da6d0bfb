//! pycps runtime: values and heap, builtins, the stackless interpreter of
//! the IR, tasks and asyncio, the sans-IO [`Run`], capabilities, limits and
//! drivers.

pub mod capability;
pub mod driver;
pub mod error;
pub mod format;
pub mod host_value;
pub mod limits;
pub mod run;

pub use capability::{
    CallArgs, CallId, Capabilities, Capability, CapabilityCall, CapabilityError, CapabilityFuture,
};
pub use error::{PyException, RunError};
pub use host_value::HostValue;
pub use limits::{LimitError, LimitKind, Limits, Scheduler};
pub use run::{Run, Step};
