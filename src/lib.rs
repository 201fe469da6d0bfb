//! pycps: compile async Python to CPS state machines and run it inside a
//! Rust host, with host tools registered as capabilities.
//!
//! ```
//! use pycps::{Engine, HostValue};
//!
//! let mut engine = Engine::new();
//! engine.register_awaitable("search", |args| async move {
//!     let q = args.args.first().cloned().unwrap_or(HostValue::None);
//!     Ok(HostValue::from(format!("results for {q:?}")))
//! });
//! let program = engine
//!     .compile(
//!         "import asyncio\n\
//!          async def main():\n    \
//!              rs = await asyncio.gather(*[search(q) for q in ['a', 'b']])\n    \
//!              print(len(rs))\n    \
//!              return rs\n\
//!          asyncio.run(main())\n",
//!         "agent.py",
//!     )
//!     .expect("compiles");
//! let out = program.run(Vec::<(String, HostValue)>::new()).expect("runs");
//! assert_eq!(out.stdout, "2\n");
//! ```

pub mod engine;
pub mod tools;

pub use engine::{CompileError, Engine, Error, Output, Program};
pub use pycps_ir as ir;
pub use pycps_runtime::{
    BatchFuture, CallArgs, CallId, Capabilities, Capability, CapabilityCall, CapabilityError,
    Clock, ExitStatus, HostValue, LimitError, LimitKind, Limits, OutStream, PyException, Run,
    RunError, Scheduler, Step,
};
