//! Frames and argument binding.
//!
//! A frame is a function activation: its register file, the block and
//! instruction executing, and where its result goes when it returns
//! ([`ReturnTo`]). Frames live on a task's frame stack (never on the Rust
//! stack); a suspended coroutine keeps its frame inside the coroutine object
//! until it is awaited.
//!
//! Invariant: while a frame is below the top of its stack, its `ip` points
//! at the instruction that pushed the callee (`Call`-like, for
//! `ReturnTo::Call`) or its block is at the `Suspend` terminator (for
//! `ReturnTo::Await`); tracebacks read the caller's line from there.

use crate::builtins::NativeCont;
use crate::value::Value;
use pycps_ir::{BlockId, FuncId, ValueId};
use serde::{Deserialize, Serialize};

/// Where a frame's result goes.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum ReturnTo {
    /// The caller is at a call instruction: write `dst`, advance its `ip`.
    Call(ValueId),
    /// The caller is suspended awaiting this coroutine: write the suspend's
    /// `dst` and continue at its `resume` block.
    Await,
    /// Bottom frame of a task: its result completes the task.
    TaskRoot,
    /// The caller is at a call instruction of a built-in that called back
    /// into Python (`sorted(key=f)`); the continuation decides what next.
    Native(Box<NativeCont>),
    /// A generator frame resumed by `ForIter` in the caller; a return
    /// means exhaustion.
    GenNext { gen: crate::value::ObjRef },
    /// An async generator frame run by awaiting one of its operations
    /// (`__anext__`, `asend`, `athrow`, `aclose` when `closing`): a yield
    /// delivers the value to the awaiting caller, a return ends the
    /// iteration (see `crate::asyncio::agen`).
    AGen {
        gen: crate::value::ObjRef,
        closing: bool,
    },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Frame {
    pub func: FuncId,
    pub regs: Vec<Value>,
    pub block: BlockId,
    pub ip: u32,
    pub ret: ReturnTo,
    /// The exception propagating into the current handler (`LoadException`).
    pub exc: Value,
    /// Stack of exceptions being handled (`PushHandled`/`PopHandled`).
    pub handled: Vec<Value>,
    /// Runs inside an event loop (a coroutine, or called from one):
    /// `asyncio.run` refuses to start there.
    pub in_async: bool,
    /// The namespace dict of a class body frame (`LoadName`/`StoreName`).
    #[serde(default)]
    pub ns: Option<crate::value::ObjRef>,
    /// An exception thrown in (`gen.throw`) to raise when the frame runs.
    #[serde(default)]
    pub pending_throw: Option<Value>,
}

impl Frame {
    pub fn new(func: FuncId, regs: Vec<Value>, entry: BlockId, in_async: bool) -> Frame {
        Frame::returning(func, regs, entry, in_async, ReturnTo::Call(ValueId(0)))
    }

    /// [`Frame::new`] with its return route (no placeholder to drop).
    #[inline]
    pub fn returning(
        func: FuncId,
        regs: Vec<Value>,
        entry: BlockId,
        in_async: bool,
        ret: ReturnTo,
    ) -> Frame {
        Frame {
            func,
            regs,
            block: entry,
            ip: 0,
            ret,
            exc: Value::None,
            handled: Vec::new(),
            in_async,
            ns: None,
            pending_throw: None,
        }
    }
}

/// Copied from to fill register files (a memcpy, cheaper than `resize`).
const UNBOUND: [Value; 32] = [Value::Unbound; 32];

/// Grows `v` to `n` registers with `Unbound` (no-op if already longer).
#[inline]
pub fn fill_unbound(v: &mut Vec<Value>, n: usize) {
    v.reserve(n.saturating_sub(v.len()));
    while v.len() < n {
        let k = (n - v.len()).min(UNBOUND.len());
        v.extend_from_slice(&UNBOUND[..k]);
    }
}

/// Most register vectors kept for reuse.
const POOL_MAX: usize = 256;
/// Larger register vectors are freed instead of kept.
const POOL_MAX_CAP: usize = 512;

/// A free list of frame register vectors: a Python call takes one instead
/// of allocating, and a returning frame gives its registers back, so
/// steady-state call/return does not touch the allocator. Bounded in
/// count and in the capacity of the vectors it keeps.
#[derive(Debug, Default)]
pub struct RegPool {
    free: Vec<Vec<Value>>,
}

impl RegPool {
    /// An empty register vector (capacity reused when available).
    #[inline]
    pub fn take(&mut self) -> Vec<Value> {
        match self.free.pop() {
            Some(mut v) => {
                v.clear();
                v
            }
            None => Vec::new(),
        }
    }

    /// A register file of `n` unbound registers.
    #[inline]
    pub fn take_unbound(&mut self, n: usize) -> Vec<Value> {
        let mut v = self.take();
        fill_unbound(&mut v, n);
        v
    }

    /// Returns a finished frame's registers for reuse.
    #[inline]
    pub fn give(&mut self, v: Vec<Value>) {
        if self.free.len() < POOL_MAX && v.capacity() <= POOL_MAX_CAP && v.capacity() > 0 {
            self.free.push(v);
        }
    }
}
