//! Host capabilities: the tools a host registers and the calls a run hands
//! back to it.
//!
//! A capability is referenced from the run state only by name, never by its
//! closure, so the run state stays plain data (serializable) and the host
//! closures live in [`Capabilities`], which the host may rebuild when it
//! restores a paused run.

use crate::host_value::HostValue;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Arguments of a capability call, as plain data.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CallArgs {
    pub args: Vec<HostValue>,
    pub kwargs: Vec<(String, HostValue)>,
}

/// A failed capability call; becomes the built-in exception `type_name`
/// (falling back to `RuntimeError`) raised where the program awaited or
/// called the capability.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, thiserror::Error)]
#[error("{type_name}: {message}")]
pub struct CapabilityError {
    pub type_name: String,
    pub message: String,
}

impl CapabilityError {
    /// A `RuntimeError(message)`.
    pub fn new(message: impl Into<String>) -> Self {
        CapabilityError {
            type_name: "RuntimeError".into(),
            message: message.into(),
        }
    }

    /// An exception of the named built-in type (`"ValueError"`, ...).
    pub fn with_type(type_name: impl Into<String>, message: impl Into<String>) -> Self {
        CapabilityError {
            type_name: type_name.into(),
            message: message.into(),
        }
    }
}

/// The future an awaitable capability returns.
pub type CapabilityFuture = std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<HostValue, CapabilityError>> + Send + 'static>,
>;

/// The future a batched capability returns for one batch: one result per
/// call, in the order of the calls handed to it. `Err` fails every call of
/// the batch with that error; a list of the wrong length fails the calls
/// that have no result.
pub type BatchFuture = std::pin::Pin<
    Box<
        dyn std::future::Future<
                Output = Result<Vec<Result<HostValue, CapabilityError>>, CapabilityError>,
            > + Send
            + 'static,
    >,
>;

/// Synchronous host function.
pub type BuiltinFn = dyn Fn(CallArgs) -> Result<HostValue, CapabilityError> + Send + Sync;
/// Asynchronous host function.
pub type AwaitableFn = dyn Fn(CallArgs) -> CapabilityFuture + Send + Sync;
/// Batched host function: every call of one tick, as one list.
pub type BatchedFn = dyn Fn(Vec<CallArgs>) -> BatchFuture + Send + Sync;

/// A host tool.
#[derive(Clone)]
pub enum Capability {
    /// Called inline by the interpreter; the result is returned directly.
    Builtin(Arc<BuiltinFn>),
    /// Calling returns an awaitable; awaiting it suspends the task and hands
    /// a [`CapabilityCall`] to the host.
    Awaitable(Arc<AwaitableFn>),
    /// Like `Awaitable` for the program, but every call made in the same
    /// tick reaches the host as one list (DataLoader-style); the results
    /// are handed back to the callers in order.
    Batched(Arc<BatchedFn>),
}

impl Capability {
    pub fn builtin(
        f: impl Fn(CallArgs) -> Result<HostValue, CapabilityError> + Send + Sync + 'static,
    ) -> Self {
        Capability::Builtin(Arc::new(f))
    }

    pub fn awaitable(f: impl Fn(CallArgs) -> CapabilityFuture + Send + Sync + 'static) -> Self {
        Capability::Awaitable(Arc::new(f))
    }

    pub fn batched(f: impl Fn(Vec<CallArgs>) -> BatchFuture + Send + Sync + 'static) -> Self {
        Capability::Batched(Arc::new(f))
    }

    /// Calling it gives an awaitable (`Awaitable` and `Batched`).
    pub fn is_awaitable(&self) -> bool {
        matches!(self, Capability::Awaitable(_) | Capability::Batched(_))
    }
}

impl std::fmt::Debug for Capability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Capability::Builtin(_) => f.write_str("Capability::Builtin"),
            Capability::Awaitable(_) => f.write_str("Capability::Awaitable"),
            Capability::Batched(_) => f.write_str("Capability::Batched"),
        }
    }
}

/// The registered tools, by name (iterates in name order), with their
/// concurrency limits.
///
/// A concurrency limit (`set_max_in_flight`) bounds how many calls of one
/// capability the drivers run at once; further calls wait in call order
/// and start as earlier ones finish. It is enforced by the drivers in
/// [`crate::driver`] (a host driving a `Run` by hand enforces its own), and
/// it never changes what the program observes, only when calls start.
#[derive(Clone, Default, Debug)]
pub struct Capabilities {
    map: BTreeMap<String, Capability>,
    max_in_flight: BTreeMap<String, usize>,
}

impl Capabilities {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, name: impl Into<String>, cap: Capability) {
        self.map.insert(name.into(), cap);
    }

    pub fn get(&self, name: &str) -> Option<&Capability> {
        self.map.get(name)
    }

    /// At most `n` calls of `name` in flight at once (`n` is at least 1).
    pub fn set_max_in_flight(&mut self, name: impl Into<String>, n: usize) {
        self.max_in_flight.insert(name.into(), n.max(1));
    }

    /// The concurrency limit of `name`, if any.
    pub fn max_in_flight(&self, name: &str) -> Option<usize> {
        self.max_in_flight.get(name).copied()
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Identifies one capability call within a run.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct CallId(pub u64);

impl std::fmt::Display for CallId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "call{}", self.0)
    }
}

/// A call of an awaitable capability that the host must answer with
/// `Run::resume(id, ..)`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CapabilityCall {
    pub id: CallId,
    pub name: String,
    pub args: CallArgs,
}
