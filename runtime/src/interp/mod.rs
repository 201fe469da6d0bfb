//! The stackless interpreter of the IR.
//!
//! [`Interp`] is the whole state of a run: heap, globals, tasks and the
//! scheduler queues, pending capability calls, output. Each task owns a
//! stack of [`frame::Frame`]s; a Python call pushes a frame and a return
//! pops it, so Python recursion never recurses on the Rust stack (depth is
//! bounded by `Limits::recursion_limit`, raising `RecursionError`).
//!
//! Errors inside the interpreter are [`Raise`]: a Python exception (a heap
//! value) travelling to the nearest handler, or a hard [`LimitError`] that
//! ends the run and cannot be caught.
//!
//! Files: `exec` (the dispatch loop and terminators), `call` (calling and
//! argument binding), `unwind` (raising, tracebacks).

pub mod call;
pub mod classexec;
pub mod exc_group;
pub mod exec;
pub mod frame;
pub mod pattern;
pub mod tb_format;
pub mod tb_group;
pub mod unwind;
mod wide_chars;

use crate::capability::{Capabilities, CapabilityCall};
use crate::classes::ClassId;
use crate::heap::Heap;
use crate::limits::{LimitError, Limits};
use crate::object::{ExceptionObj, Object};
use crate::value::{ObjRef, Value};
use frame::Frame;
use pycps_ir::Module;
use std::collections::{BTreeMap, VecDeque};
use std::sync::Arc;
use std::time::Instant;

/// Why the current instruction did not complete normally.
#[derive(Clone, Debug)]
pub enum Raise {
    /// A Python exception instance.
    Exc(Value),
    /// A hard limit: ends the run.
    Limit(LimitError),
    /// A synchronous operation needs a Python call first (see
    /// [`crate::protocol`]): the interpreter pushes the frame and replays
    /// the operation with its result. Never visible to Python code.
    Call(Box<crate::protocol::PendingCall>),
}

pub type PyResult<T> = Result<T, Raise>;

/// A task: a stack of frames run by the scheduler.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Task {
    pub frames: Vec<Frame>,
    /// The task's future (what awaiting the task waits on).
    pub future: ObjRef,
    /// Delivered when the task runs next (its top frame is at a suspend).
    pub resume: Option<Result<Value, Value>>,
    pub done: bool,
    /// The future this task is blocked on (what `cancel()` cancels).
    #[serde(default)]
    pub waiting_on: Option<ObjRef>,
    /// `cancel()` was called while the task was not blocked on a future:
    /// `CancelledError` is thrown in at its next step.
    #[serde(default)]
    pub must_cancel: bool,
    /// Cancellation requests not yet withdrawn (`Task.cancelling()`).
    #[serde(default)]
    pub cancel_requests: u32,
    /// The message of a pending `must_cancel`.
    #[serde(default)]
    pub cancel_msg: Option<Value>,
    /// The task's exception was delivered or asked for (CPython's
    /// `_log_traceback` cleared); a task that failed without it is
    /// reported at `asyncio.run`'s shutdown.
    #[serde(default)]
    pub retrieved: bool,
}

impl Task {
    /// A new ready-to-run task over `frames`.
    pub fn new(frames: Vec<Frame>, future: ObjRef) -> Task {
        Task {
            frames,
            future,
            resume: None,
            done: false,
            waiting_on: None,
            must_cancel: false,
            cancel_requests: 0,
            cancel_msg: None,
            retrieved: false,
        }
    }
}

/// Instructions between two checks of fuel, time and memory.
pub const CHECK_INTERVAL: u64 = 1024;

pub struct Interp {
    pub module: Arc<Module>,
    pub caps: Capabilities,
    pub heap: Heap,
    pub limits: Limits,
    /// Per-module constants, materialised once.
    pub consts: Vec<Value>,
    /// Module globals by `NameId` (`Unbound` if unset).
    pub globals: Vec<Value>,
    /// Builtins and capabilities by `NameId` (fallback of `LoadGlobal`).
    pub builtins: Vec<Value>,
    /// Globals whose names are not in the module's name table (inputs).
    pub extra_globals: BTreeMap<String, Value>,
    pub tasks: Vec<Task>,
    pub ready: VecDeque<u32>,
    pub current: u32,
    pub main_task: u32,
    /// Armed timers: (deadline in ns since `epoch`, future).
    pub timers: Vec<(u64, ObjRef)>,
    /// Capability calls issued since the last `advance()` returned.
    pub issued: Vec<CapabilityCall>,
    /// Outstanding capability calls: call id → future.
    pub outstanding: BTreeMap<u64, ObjRef>,
    /// Capability calls cancelled since the host last asked
    /// (`Run::take_cancelled`): their results are no longer wanted.
    pub cancelled_calls: Vec<crate::capability::CallId>,
    /// Virtual time in ns (`Clock::Virtual`).
    pub vnow: u64,
    /// Deferred child completions (CPython's `call_soon` of a done
    /// callback); each has a [`crate::asyncio::SOON`] entry in `ready`.
    pub soon: VecDeque<(ObjRef, usize, Result<Value, Value>)>,
    pub next_call: u64,
    pub next_task_name: u64,
    pub output: String,
    /// Text written to stderr (`print(file=sys.stderr)`, `sys.exit(msg)`),
    /// each chunk with the length `output` had when it was written, so
    /// the two streams can be handed out in the order they were produced.
    pub stderr_chunks: Vec<(usize, String)>,
    pub output_total: usize,
    /// The `sys` module's mutable state (`sys.stdout` replacements, `argv`).
    pub sys: crate::modules::sys::SysState,
    pub steps: u64,
    pub epoch: Instant,
    pub asyncio: Option<ObjRef>,
    /// Reused buffer for call arguments.
    pub argbuf: Vec<Value>,
    /// Free list of frame register vectors (see [`frame::RegPool`]).
    pub reg_pool: frame::RegPool,
    /// Objects whose repr is in progress (`[...]` for cycles).
    pub repr_stack: Vec<ObjRef>,
    /// Byte offsets of line starts in the source (tracebacks).
    pub line_starts: Vec<u32>,
    /// Memo of the operation being replayed (see [`crate::protocol`]).
    pub replay: Option<crate::protocol::ReplayState>,
    /// `call_sync` runs frames on a nested stack (no redo target).
    pub nested_mode: bool,
    pub nested_depth: u32,
    /// The `NotImplemented` singleton.
    pub not_implemented: Value,
    /// `__repr__` results of user objects for the repr walk in progress.
    pub repr_memo: Vec<(ObjRef, String)>,
    /// `__str__` results of user exceptions for the traceback being rendered.
    pub str_memo: Vec<(ObjRef, String)>,
    /// Work a repr walk may still do before it checks the memory and time
    /// limits again (it cannot return to the dispatch loop mid-walk, and a
    /// repr of a deep DAG is exponential in its depth).
    pub walk_budget: std::sync::atomic::AtomicUsize,
    /// Heap size (estimated bytes) that triggers the next collection.
    pub gc_threshold: usize,
    /// Collect every this many steps (`PYCPS_GC_STRESS=N`; 0: off; see
    /// `crate::gc`).
    pub gc_stress: u64,
    /// Async generators that were started, with the task that first
    /// iterated them (closed at `asyncio.run`'s shutdown if unfinished;
    /// finished ones are pruned as more are registered).
    pub agens: Vec<(ObjRef, u32)>,
    /// The running loop object (`asyncio.get_running_loop()`), made once.
    pub loop_obj: Option<ObjRef>,
}

impl Interp {
    pub fn new(module: Arc<Module>, caps: Capabilities, limits: Limits) -> Interp {
        let mut line_starts = vec![0u32];
        for (i, b) in module.source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        let n = module.names.len();
        let mut it = Interp {
            module: module.clone(),
            caps,
            heap: Heap::new(),
            limits,
            consts: Vec::new(),
            globals: vec![Value::Unbound; n],
            builtins: vec![Value::Unbound; n],
            extra_globals: BTreeMap::new(),
            tasks: Vec::new(),
            ready: VecDeque::new(),
            current: 0,
            main_task: 0,
            timers: Vec::new(),
            issued: Vec::new(),
            outstanding: BTreeMap::new(),
            cancelled_calls: Vec::new(),
            vnow: 0,
            soon: VecDeque::new(),
            next_call: 1,
            next_task_name: 1,
            output: String::new(),
            stderr_chunks: Vec::new(),
            output_total: 0,
            sys: Default::default(),
            steps: 0,
            epoch: Instant::now(),
            asyncio: None,
            argbuf: Vec::new(),
            reg_pool: frame::RegPool::default(),
            repr_stack: Vec::new(),
            line_starts,
            replay: None,
            nested_mode: false,
            nested_depth: 0,
            not_implemented: Value::None,
            repr_memo: Vec::new(),
            walk_budget: std::sync::atomic::AtomicUsize::new(crate::ops::repr::WALK_CHECK),
            str_memo: Vec::new(),
            gc_threshold: crate::gc::MIN_THRESHOLD,
            gc_stress: std::env::var("PYCPS_GC_STRESS")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
            agens: Vec::new(),
            loop_obj: None,
        };
        it.not_implemented = Value::Obj(it.heap.alloc(Object::NotImplemented));
        it.consts = module
            .consts
            .iter()
            .map(|c| crate::convert::const_value(&mut it.heap, c))
            .collect();
        for (i, name) in module.names.iter().enumerate() {
            it.builtins[i] = crate::builtins::lookup_builtin(&mut it, name);
        }
        it
    }

    /// The run's clock in ns since its start (real or virtual).
    pub fn now_ns(&self) -> u64 {
        match self.limits.clock {
            crate::limits::Clock::Real => self.epoch.elapsed().as_nanos() as u64,
            crate::limits::Clock::Virtual => self.vnow,
        }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Source text of a 1-based line, stripped of surrounding whitespace.
    pub fn source_line(&self, line: u32) -> &str {
        let i = (line as usize).saturating_sub(1);
        let start = self.line_starts.get(i).copied().unwrap_or(0) as usize;
        let end = self
            .line_starts
            .get(i + 1)
            .map(|&e| e as usize)
            .unwrap_or(self.module.source.len());
        self.module.source.get(start..end).unwrap_or("").trim()
    }

    // ----- exceptions -------------------------------------------------

    /// A new exception instance of class `cls` with `args`.
    pub fn new_exception(&mut self, cls: ClassId, args: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Object::Exception(Box::new(ExceptionObj {
            class: cls,
            args,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            traceback: Vec::new(),
            user_class: None,
            dict: None,
            slots: Vec::new(),
        }))))
    }

    /// A `Raise` of a new `cls(msg)`.
    pub fn err(&mut self, cls: ClassId, msg: impl Into<String>) -> Raise {
        let m = self.heap.str(msg.into());
        Raise::Exc(self.new_exception(cls, vec![m]))
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> Raise {
        self.err(ClassId::TypeError, msg)
    }

    pub fn value_error(&mut self, msg: impl Into<String>) -> Raise {
        self.err(ClassId::ValueError, msg)
    }

    /// `KeyError(key)` (its message is the key's repr).
    pub fn key_error(&mut self, key: Value) -> Raise {
        Raise::Exc(self.new_exception(ClassId::KeyError, vec![key]))
    }

    // ----- limits -----------------------------------------------------

    /// Slow-path check of fuel, time and memory, every `CHECK_INTERVAL` steps.
    #[cold]
    pub fn check_limits(&mut self) -> Result<(), LimitError> {
        // Stress mode collects every `gc_stress` steps.
        self.heap.next_check = self.steps
            + if self.gc_stress > 0 {
                self.gc_stress
            } else {
                CHECK_INTERVAL
            };
        if let Some(fuel) = self.limits.fuel {
            if self.steps > fuel {
                return Err(LimitError::fuel(fuel));
            }
            self.heap.next_check = self.heap.next_check.min(fuel + 1);
        }
        self.check_memory()?;
        self.check_time()
    }

    pub fn check_memory(&self) -> Result<(), LimitError> {
        if let Some(max) = self.limits.max_memory {
            if self.heap.bytes > max {
                return Err(LimitError::memory(self.heap.bytes, max));
            }
        }
        Ok(())
    }

    pub fn check_time(&self) -> Result<(), LimitError> {
        if let Some(t) = self.limits.timeout {
            if self.epoch.elapsed() > t {
                return Err(LimitError::time(t));
            }
        }
        Ok(())
    }

    /// Fails with a memory limit (or `MemoryError`) before a large
    /// allocation of `bytes` happens.
    pub fn reserve(&mut self, bytes: usize) -> PyResult<()> {
        if let Some(max) = self.limits.max_memory {
            if self.heap.bytes.saturating_add(bytes) > max {
                return Err(Raise::Limit(LimitError::memory(
                    self.heap.bytes.saturating_add(bytes),
                    max,
                )));
            }
        }
        if bytes > (1usize << 34) {
            return Err(self.err(ClassId::MemoryError, ""));
        }
        Ok(())
    }

    /// Appends program output, enforcing the output limit.
    pub fn write_output(&mut self, s: &str) -> PyResult<()> {
        self.output_total += s.len();
        if let Some(max) = self.limits.max_output {
            if self.output_total > max {
                let room = s.len().saturating_sub(self.output_total - max);
                let mut cut = room;
                while cut > 0 && !s.is_char_boundary(cut) {
                    cut -= 1;
                }
                self.output.push_str(&s[..cut]);
                return Err(Raise::Limit(LimitError::output(max)));
            }
        }
        self.output.push_str(s);
        Ok(())
    }

    /// Appends text to the program's stderr, enforcing the output limit
    /// (both streams count towards it).
    pub fn write_stderr(&mut self, s: &str) -> PyResult<()> {
        self.output_total += s.len();
        let mut text = s;
        let mut over = None;
        if let Some(max) = self.limits.max_output {
            if self.output_total > max {
                let mut cut = s.len().saturating_sub(self.output_total - max);
                while cut > 0 && !s.is_char_boundary(cut) {
                    cut -= 1;
                }
                text = &s[..cut];
                over = Some(max);
            }
        }
        if !text.is_empty() {
            let at = self.output.len();
            match self.stderr_chunks.last_mut() {
                Some((pos, prev)) if *pos == at => prev.push_str(text),
                _ => self.stderr_chunks.push((at, text.to_string())),
            }
        }
        match over {
            Some(max) => Err(Raise::Limit(LimitError::output(max))),
            None => Ok(()),
        }
    }

    /// Output produced since the last call, both streams in the order it
    /// was written (consecutive pieces of one stream merged).
    pub fn take_streams(&mut self) -> Vec<(crate::error::OutStream, String)> {
        use crate::error::OutStream;
        let out = std::mem::take(&mut self.output);
        let errs = std::mem::take(&mut self.stderr_chunks);
        let mut chunks = Vec::new();
        let mut from = 0;
        for (at, text) in errs {
            let at = at.min(out.len());
            if at > from {
                chunks.push((OutStream::Stdout, out[from..at].to_string()));
                from = at;
            }
            chunks.push((OutStream::Stderr, text));
        }
        if from < out.len() {
            chunks.push((OutStream::Stdout, out[from..].to_string()));
        }
        chunks
    }
}
