//! asyncio objects that are not futures: `Lock`, `Event`, `Semaphore`,
//! `BoundedSemaphore`, `Queue`, `TaskGroup`, `timeout()`, and (in `agen`)
//! async generators.
//!
//! Waiting is always a plain future in a FIFO list: `acquire()`, `wait()`,
//! `get()`, `put()` and `join()` return lazy operations (`super::ops`)
//! that, once driven, finish at once or queue a new pending future; waking hands the resource straight to the
//! first waiter whose future is still pending (a cancelled waiter's future
//! is done, so it is skipped and nothing leaks). `__aenter__`/`__aexit__`
//! return futures too, so `async with` works through ordinary awaits.

use super::agen::{AGenOp, AnextDefault, AsyncGenState};
use super::group::{TaskGroupState, TimeoutState};
use super::ops::{OpKind, OpOut};
use crate::builtins::BuiltinFn;
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::{FutureKind, Object};
use crate::value::{ObjRef, Value};
use pycps_ir::Module;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// A plain future and the value it completes with when woken.
pub type WaitEntry = (ObjRef, Value);

/// Which item `get()` takes: `Queue`, `LifoQueue`, `PriorityQueue` (a
/// binary heap in `items`, as `heapq`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum QueueKind {
    #[default]
    Fifo,
    Lifo,
    Priority,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct QueueState {
    #[serde(default)]
    pub kind: QueueKind,
    pub items: VecDeque<Value>,
    pub maxsize: i64,
    pub getters: VecDeque<ObjRef>,
    pub putters: VecDeque<WaitEntry>,
    pub unfinished: i64,
    pub joiners: Vec<ObjRef>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum AsyncObj {
    Lock {
        locked: bool,
        waiters: VecDeque<WaitEntry>,
    },
    Event {
        set: bool,
        waiters: Vec<ObjRef>,
    },
    Semaphore {
        value: i64,
        bound: Option<i64>,
        waiters: VecDeque<WaitEntry>,
    },
    Queue(Box<QueueState>),
    TaskGroup(Box<TaskGroupState>),
    Timeout(Box<TimeoutState>),
    AsyncGen(Box<AsyncGenState>),
    /// The awaitable of `__anext__`/`asend`/`athrow`/`aclose`.
    AGenOp(AGenOp),
    /// The awaitable of `anext(it, default)` over a non-generator.
    AnextDefault(Box<AnextDefault>),
    /// One `add_done_callback(cb)` registration on `fut` (owns a hub).
    DoneCallback {
        fut: ObjRef,
        cb: Value,
        ran: bool,
    },
    /// `shield()`: the outer future mirroring the inner (owns a hub).
    Shield {
        outer: ObjRef,
    },
    /// The event loop (`asyncio.get_running_loop()`).
    Loop,
    /// A coroutine-like operation not run yet (`q.get()`, see `ops`).
    LazyOp(super::ops::LazyOp),
    /// A callback scheduled by `loop.call_soon`/`call_later`/`call_at`.
    Handle(Box<super::handles::HandleState>),
}

impl AsyncObj {
    pub fn class(&self) -> ClassId {
        match self {
            AsyncObj::Lock { .. } => ClassId::Lock,
            AsyncObj::Event { .. } => ClassId::Event,
            AsyncObj::Semaphore { bound: None, .. } => ClassId::Semaphore,
            AsyncObj::Semaphore { .. } => ClassId::BoundedSemaphore,
            AsyncObj::Queue(q) => match q.kind {
                QueueKind::Fifo => ClassId::Queue,
                QueueKind::Lifo => ClassId::LifoQueue,
                QueueKind::Priority => ClassId::PriorityQueue,
            },
            AsyncObj::DoneCallback { .. } | AsyncObj::Shield { .. } => ClassId::Object,
            AsyncObj::Loop => ClassId::EventLoop,
            AsyncObj::TaskGroup(_) => ClassId::TaskGroup,
            AsyncObj::Timeout(_) => ClassId::Timeout,
            AsyncObj::AsyncGen(_) => ClassId::AsyncGenerator,
            AsyncObj::AGenOp(_) | AsyncObj::AnextDefault(_) => ClassId::AsyncGenAwaitable,
            AsyncObj::LazyOp(_) => ClassId::Coroutine,
            AsyncObj::Handle(h) if h.when.is_some() => ClassId::TimerHandle,
            AsyncObj::Handle(_) => ClassId::Handle,
        }
    }

    /// Can be awaited directly.
    pub fn is_awaitable(&self) -> bool {
        matches!(
            self,
            AsyncObj::AGenOp(_) | AsyncObj::AnextDefault(_) | AsyncObj::LazyOp(_)
        )
    }
}

/// Method names of each asyncio object (for attribute access).
fn methods(a: &AsyncObj) -> &'static [&'static str] {
    match a {
        AsyncObj::Lock { .. } => &["acquire", "release", "locked", "__aenter__", "__aexit__"],
        AsyncObj::Event { .. } => &["wait", "set", "clear", "is_set"],
        AsyncObj::Semaphore { .. } => &["acquire", "release", "locked", "__aenter__", "__aexit__"],
        AsyncObj::Queue(_) => &[
            "put",
            "get",
            "put_nowait",
            "get_nowait",
            "task_done",
            "join",
            "qsize",
            "empty",
            "full",
        ],
        AsyncObj::TaskGroup(_) => &["create_task", "__aenter__", "__aexit__"],
        AsyncObj::Timeout(_) => &["when", "reschedule", "expired", "__aenter__", "__aexit__"],
        AsyncObj::AsyncGen(_) => &["__aiter__", "__anext__", "asend", "athrow", "aclose"],
        AsyncObj::AGenOp(_) => &["send", "throw", "close", "__await__"],
        AsyncObj::AnextDefault(_) => &["__await__"],
        AsyncObj::DoneCallback { .. } | AsyncObj::Shield { .. } => &[],
        AsyncObj::Loop => &[
            "time",
            "create_future",
            "create_task",
            "is_running",
            "is_closed",
            "call_soon",
            "call_later",
            "call_at",
        ],
        AsyncObj::LazyOp(_) => &["close"],
        AsyncObj::Handle(h) if h.when.is_some() => &["cancel", "cancelled", "when"],
        AsyncObj::Handle(_) => &["cancel", "cancelled"],
    }
}

impl Interp {
    pub(crate) fn async_obj(&mut self, r: ObjRef) -> Option<&mut AsyncObj> {
        match self.heap.get_mut(r) {
            Object::Asyncio(a) => Some(a),
            _ => None,
        }
    }

    pub(crate) fn new_async(&mut self, a: AsyncObj) -> Value {
        self.heap.account(64);
        Value::Obj(self.heap.alloc(Object::Asyncio(Box::new(a))))
    }

    /// `asyncio.Lock()`, `Event()`, `Semaphore(n)`, `Queue(n)`, ...
    pub(crate) fn sync_constructor(
        &mut self,
        b: BuiltinFn,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<CallOut> {
        let v = match b {
            BuiltinFn::AsyncioLock => {
                self.arity("Lock", args, 0, 0)?;
                self.new_async(AsyncObj::Lock {
                    locked: false,
                    waiters: VecDeque::new(),
                })
            }
            BuiltinFn::AsyncioEvent => {
                self.arity("Event", args, 0, 0)?;
                self.new_async(AsyncObj::Event {
                    set: false,
                    waiters: Vec::new(),
                })
            }
            BuiltinFn::AsyncioSemaphore | BuiltinFn::AsyncioBoundedSemaphore => {
                self.only_kwargs(b.name(), kwargs, &["value"])?;
                self.arity(b.name(), args, 0, 1)?;
                let v = args.first().copied().or(Self::kwarg(kwargs, "value"));
                let value = match v {
                    None => 1,
                    Some(Value::Int(i)) => i,
                    Some(Value::Bool(b)) => b as i64,
                    Some(v) => {
                        let t = self.heap.type_name(v);
                        return Err(self.type_error(format!(
                            "'<' not supported between instances of '{t}' and 'int'"
                        )));
                    }
                };
                if value < 0 {
                    return Err(self.value_error("Semaphore initial value must be >= 0"));
                }
                let bound = (b == BuiltinFn::AsyncioBoundedSemaphore).then_some(value);
                self.new_async(AsyncObj::Semaphore {
                    value,
                    bound,
                    waiters: VecDeque::new(),
                })
            }
            BuiltinFn::AsyncioQueue => {
                self.only_kwargs("Queue", kwargs, &["maxsize"])?;
                self.arity("Queue", args, 0, 1)?;
                let maxsize = match args.first().copied().or(Self::kwarg(kwargs, "maxsize")) {
                    None => 0,
                    Some(Value::Int(i)) => i,
                    Some(_) => return Err(self.type_error("maxsize must be an int")),
                };
                self.new_async(AsyncObj::Queue(Box::new(QueueState {
                    items: VecDeque::new(),
                    maxsize,
                    getters: VecDeque::new(),
                    putters: VecDeque::new(),
                    unfinished: 0,
                    joiners: Vec::new(),
                    kind: QueueKind::Fifo,
                })))
            }
            BuiltinFn::AsyncioTaskGroup => {
                self.arity("TaskGroup", args, 0, 0)?;
                let hub = self.new_future(FutureKind::Op);
                let v = self.new_async(AsyncObj::TaskGroup(Box::new(TaskGroupState {
                    hub,
                    pending: 0,
                    tasks: Vec::new(),
                    errors: Vec::new(),
                    entered: false,
                    exiting: false,
                    aborting: false,
                    parent_task: self.current,
                    parent_cancel_requested: false,
                    exit_fut: None,
                    body_exc: None,
                    propagate_cancel: None,
                })));
                self.set_hub_owner(hub, v);
                v
            }
            BuiltinFn::AsyncioTimeout => {
                self.arity("timeout", args, 1, 1)?;
                let when = match args[0] {
                    Value::None => None,
                    d => {
                        let d = self.delay_arg(d, "+")?;
                        let ns = super::extras::secs_to_ns(d);
                        Some(self.now_ns().saturating_add(ns))
                    }
                };
                self.new_timeout(when)
            }
            _ => return Err(self.type_error(format!("{}() is not supported", b.name()))),
        };
        Ok(CallOut::Value(v))
    }

    fn set_hub_owner(&mut self, hub: ObjRef, owner: Value) {
        if let (Object::Future(f), Some(o)) = (self.heap.get_mut(hub), owner.as_obj()) {
            f.kind = FutureKind::Hub { owner: o };
        }
    }

    /// `obj.name` of an asyncio object: bound methods and data attributes.
    pub fn asyncio_obj_attr(&mut self, r: ObjRef, name: &str) -> PyResult<Option<Value>> {
        let Object::Asyncio(a) = self.heap.get(r) else {
            return Ok(None);
        };
        if let AsyncObj::Queue(q) = &**a {
            if name == "maxsize" {
                return Ok(Some(Value::Int(q.maxsize)));
            }
        }
        let owner = a.class();
        if methods(a).contains(&name) {
            return Ok(Some(Value::Obj(self.heap.alloc(Object::Method {
                recv: Value::Obj(r),
                owner,
                name: name.to_string(),
            }))));
        }
        Ok(None)
    }

    /// Completes a plain waiter future (skipping it if already done,
    /// i.e. cancelled); `false` if it was done.
    pub(crate) fn wake(&mut self, fut: ObjRef, v: Result<Value, Value>) -> bool {
        if self.future_result(fut).is_some() {
            return false;
        }
        self.complete_future(fut, v);
        true
    }

    fn pending_waiter(&mut self, v: Value) -> (ObjRef, Value) {
        (self.new_future(FutureKind::Op), v)
    }

    /// Methods of asyncio objects.
    pub(crate) fn asyncio_obj_method(
        &mut self,
        module: &Module,
        r: ObjRef,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<CallOut> {
        let _ = module;
        let class = match self.heap.get(r) {
            Object::Asyncio(a) if matches!(**a, AsyncObj::Loop) => {
                return self.loop_method(name, args);
            }
            Object::Asyncio(a) if matches!(**a, AsyncObj::LazyOp(_)) => {
                return self.lazy_op_method(r, name).map(CallOut::Value);
            }
            Object::Asyncio(a) if matches!(**a, AsyncObj::Handle(_)) => {
                return self.handle_method(r, name, args).map(CallOut::Value);
            }
            Object::Asyncio(a) => a.class(),
            _ => return Err(self.type_error("not an asyncio object")),
        };
        let v = match (class, name) {
            (ClassId::Lock | ClassId::Semaphore | ClassId::BoundedSemaphore, "acquire") => {
                self.arity("acquire", args, 0, 0)?;
                self.new_lazy_op(r, OpKind::Acquire)
            }
            (ClassId::Lock | ClassId::Semaphore | ClassId::BoundedSemaphore, "__aenter__") => {
                Value::Obj(self.acquire(r, Value::None))
            }
            (ClassId::Lock | ClassId::Semaphore | ClassId::BoundedSemaphore, "release") => {
                self.arity("release", args, 0, 0)?;
                self.release(r)?;
                Value::None
            }
            (ClassId::Lock | ClassId::Semaphore | ClassId::BoundedSemaphore, "__aexit__") => {
                self.release(r)?;
                Value::Obj(self.done_op(Ok(Value::None)))
            }
            (_, "locked") => Value::Bool(match self.async_obj(r) {
                Some(AsyncObj::Lock { locked, .. }) => *locked,
                Some(AsyncObj::Semaphore { value, waiters, .. }) => {
                    *value == 0 || !waiters.is_empty()
                }
                _ => false,
            }),
            (ClassId::Event, "is_set") => Value::Bool(matches!(
                self.async_obj(r),
                Some(AsyncObj::Event { set: true, .. })
            )),
            (ClassId::Event, "set") => {
                let waiters = match self.async_obj(r) {
                    Some(AsyncObj::Event { set, waiters }) if !*set => {
                        *set = true;
                        std::mem::take(waiters)
                    }
                    _ => Vec::new(),
                };
                for w in waiters {
                    self.wake(w, Ok(Value::Bool(true)));
                }
                Value::None
            }
            (ClassId::Event, "clear") => {
                if let Some(AsyncObj::Event { set, .. }) = self.async_obj(r) {
                    *set = false;
                }
                Value::None
            }
            (ClassId::Event, "wait") => {
                self.arity("wait", args, 0, 0)?;
                self.new_lazy_op(r, OpKind::Wait)
            }
            (ClassId::Queue | ClassId::PriorityQueue | ClassId::LifoQueue, _) => {
                return self.queue_method(r, name, args, kwargs)
            }
            (ClassId::TaskGroup, _) => return self.task_group_method(r, name, args),
            (ClassId::Timeout, _) => return self.timeout_method(r, name, args),
            (ClassId::AsyncGenerator | ClassId::AsyncGenAwaitable, _) => {
                return self.agen_method(r, name, args)
            }
            _ => {
                let t = class.name();
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'{t}' object has no attribute '{name}'"),
                ));
            }
        };
        Ok(CallOut::Value(v))
    }

    /// `__aenter__` of a lock or semaphore: a future completing with `v`
    /// once the caller holds it.
    fn acquire(&mut self, r: ObjRef, v: Value) -> ObjRef {
        match self.acquire_out(r, v) {
            OpOut::Done(res) => self.done_op(res),
            OpOut::Pending(f) => f,
        }
    }

    /// Acquires a lock or semaphore now, or queues a waiter future
    /// completing with `v` once the caller holds it.
    pub(crate) fn acquire_out(&mut self, r: ObjRef, v: Value) -> OpOut {
        let free = match self.async_obj(r) {
            Some(AsyncObj::Lock { locked, waiters }) => {
                let free = !*locked && waiters.is_empty();
                if free {
                    *locked = true;
                }
                free
            }
            Some(AsyncObj::Semaphore { value, waiters, .. }) => {
                let free = *value > 0 && waiters.is_empty();
                if free {
                    *value -= 1;
                }
                free
            }
            _ => true,
        };
        if free {
            return OpOut::Done(Ok(v));
        }
        let (f, v) = self.pending_waiter(v);
        if let Some(AsyncObj::Lock { waiters, .. } | AsyncObj::Semaphore { waiters, .. }) =
            self.async_obj(r)
        {
            waiters.push_back((f, v));
        }
        OpOut::Pending(f)
    }

    fn release(&mut self, r: ObjRef) -> PyResult<()> {
        loop {
            let next = match self.async_obj(r) {
                Some(AsyncObj::Lock { locked, waiters }) => {
                    if !*locked {
                        return Err(self.err(ClassId::RuntimeError, "Lock is not acquired."));
                    }
                    match waiters.pop_front() {
                        Some(w) => w,
                        None => {
                            *locked = false;
                            return Ok(());
                        }
                    }
                }
                Some(AsyncObj::Semaphore {
                    value,
                    bound,
                    waiters,
                }) => {
                    if bound.is_some_and(|b| *value >= b) {
                        return Err(self.value_error("BoundedSemaphore released too many times"));
                    }
                    match waiters.pop_front() {
                        Some(w) => w,
                        None => {
                            *value += 1;
                            return Ok(());
                        }
                    }
                }
                _ => return Ok(()),
            };
            // Hand over to the first waiter still waiting.
            if self.wake(next.0, Ok(next.1)) {
                return Ok(());
            }
        }
    }

    fn queue(&mut self, r: ObjRef) -> Option<&mut QueueState> {
        match self.async_obj(r) {
            Some(AsyncObj::Queue(q)) => Some(q),
            _ => None,
        }
    }

    pub(crate) fn queue_put_nowait(&mut self, r: ObjRef, v: Value) -> PyResult<()> {
        let full = self
            .queue(r)
            .is_some_and(|q| q.maxsize > 0 && q.items.len() as i64 >= q.maxsize);
        if full {
            return Err(self.err(ClassId::QueueFull, ""));
        }
        self.queue_store(r, v)?;
        if let Some(q) = self.queue(r) {
            q.unfinished += 1;
        }
        // Wake the first getter still waiting; it takes the next item.
        while let Some(g) = self.queue(r).and_then(|q| q.getters.pop_front()) {
            if self.future_result(g).is_some() {
                continue;
            }
            if let Some(item) = self.queue_take(r)? {
                self.complete_future(g, Ok(item));
                self.queue_admit_putter(r)?;
            }
            break;
        }
        Ok(())
    }

    /// After an item left the queue: moves the first blocked putter's
    /// item in.
    pub(crate) fn queue_admit_putter(&mut self, r: ObjRef) -> PyResult<()> {
        loop {
            let Some((f, v)) = self.queue(r).and_then(|q| q.putters.pop_front()) else {
                return Ok(());
            };
            if self.future_result(f).is_some() {
                continue;
            }
            self.queue_store(r, v)?;
            if let Some(q) = self.queue(r) {
                q.unfinished += 1;
            }
            self.complete_future(f, Ok(Value::None));
            return Ok(());
        }
    }

    fn queue_method(
        &mut self,
        r: ObjRef,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<CallOut> {
        let _ = kwargs;
        let v = match name {
            "qsize" => Value::Int(self.queue(r).map_or(0, |q| q.items.len() as i64)),
            "empty" => Value::Bool(self.queue(r).is_none_or(|q| q.items.is_empty())),
            "full" => Value::Bool(
                self.queue(r)
                    .is_some_and(|q| q.maxsize > 0 && q.items.len() as i64 >= q.maxsize),
            ),
            "put_nowait" => {
                self.arity("put_nowait", args, 1, 1)?;
                self.queue_put_nowait(r, args[0])?;
                Value::None
            }
            "put" => {
                self.arity("put", args, 1, 1)?;
                self.new_lazy_op(r, OpKind::Put(args[0]))
            }
            "get" => {
                self.arity("get", args, 0, 0)?;
                self.new_lazy_op(r, OpKind::Get)
            }
            "get_nowait" => {
                self.arity(name, args, 0, 0)?;
                match self.queue_take(r)? {
                    Some(item) => {
                        self.queue_admit_putter(r)?;
                        item
                    }
                    None => return Err(self.err(ClassId::QueueEmpty, "")),
                }
            }
            "task_done" => {
                let left = match self.queue(r) {
                    Some(q) if q.unfinished > 0 => {
                        q.unfinished -= 1;
                        q.unfinished
                    }
                    _ => return Err(self.value_error("task_done() called too many times")),
                };
                if left == 0 {
                    let joiners = self.queue(r).map(|q| std::mem::take(&mut q.joiners));
                    for j in joiners.unwrap_or_default() {
                        self.wake(j, Ok(Value::None));
                    }
                }
                Value::None
            }
            "join" => {
                self.arity("join", args, 0, 0)?;
                self.new_lazy_op(r, OpKind::Join)
            }
            _ => {
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'Queue' object has no attribute '{name}'"),
                ))
            }
        };
        Ok(CallOut::Value(v))
    }
}
