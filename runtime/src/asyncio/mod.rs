//! The `asyncio` module: futures, awaiting, timers and the module's
//! functions.
//!
//! Model: every task is a stack of frames run by the scheduler in
//! `crate::run`. Awaiting a coroutine pushes its frame on the awaiting
//! task (no new task); awaiting a future (task, gather, capability call,
//! sleep timer, lock waiter...) blocks the task and registers it as a
//! waiter; completing a future wakes its waiters (they get the result as
//! their `resume` and go to the back of the ready queue, FIFO, as CPython's
//! `call_soon`). Combinators (`gather`, `wait_for`, `wait`, `as_completed`,
//! task groups, `timeout()`) are futures whose children report to them
//! through [`Waiter::Child`] (see `combinators`). Capability calls are
//! issued on first await (or when wrapped by `gather`/`create_task`, like
//! CPython scheduling a coroutine), and handed to the host by
//! `Run::advance`.
//!
//! Cancellation (`tasks`): `Task.cancel()` cancels the future the task is
//! blocked on (a capability call is withdrawn and reported to the host by
//! `Run::take_cancelled`; a timer is disarmed; an awaited task is
//! cancelled in turn), so `CancelledError` is delivered at the awaiting
//! state; a task that is not blocked gets it thrown in at its next step.
//!
//! `asyncio.run(coro)` from synchronous module code behaves like
//! `await run_main(coro)` on the module's own task (the module body is the
//! main task): `run_main` (Python, `cps/src/pystd/_pycps_asyncio.py`, see
//! `runner`) runs the coroutine, then CPython's shutdown (leftover tasks
//! cancelled and run to their end, async generators closed). Event loop
//! objects for synchronous code, `Runner` and `to_thread` live there too.
//! The run loop (`crate::run`) works in CPython's iterations: the ready
//! entries at an iteration's start run, then the timers due at its start
//! fire.
//!
//! Files: `tasks` (tasks, cancellation, future methods), `combinators`
//! (gather, wait_for, wait, as_completed), `sync` (Lock, Event, Semaphore,
//! Queue), `group` (TaskGroup, timeout), `agen` (async generators,
//! `async for`, `anext`), `extras` (done callbacks, shield, the loop
//! object, `Future()`, asyncio classes as callables, priority/LIFO
//! queues), `ops` (lazy operations), `handles` (loop callbacks).
//!
//! Operations that are coroutines in CPython (`q.get()`, `lock.acquire()`,
//! `event.wait()`) are lazy objects that act when driven (`ops`);
//! `wait_for(...)`/`wait(...)` are futures that `create_task` accepts. A
//! task wrapping such an operation (or a sleep, or a capability call) has
//! no frames and finishes one loop iteration after it, as a CPython task
//! would; `gather`/`ensure_future` wrap sleeps and tool calls in such
//! tasks too, and combinators hear of their children one iteration late
//! (CPython's done callbacks), so loop-step counts match CPython's.
//! `handles` holds `loop.call_soon`/`call_later`/`call_at`; `runner` the
//! native side of `asyncio.run`'s shutdown and the loop objects.

pub mod agen;
pub mod combinators;
pub mod extras;
pub mod group;
pub mod handles;
pub mod ops;
pub mod runner;
pub mod sync;
pub mod tasks;

pub use sync::AsyncObj;

use crate::builtins::BuiltinFn;
use crate::capability::{CallArgs, CallId, CapabilityCall};
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::exec::AwaitOut;
use crate::interp::{Interp, PyResult};
use crate::object::{CoroState, FutureKind, FutureObj, ModuleKind, Object, Waiter};
use crate::value::{ObjRef, Value};
use pycps_ir::Module;

/// The `ready` queue entry that runs the next deferred child completion
/// (`Interp::soon`) instead of a task.
pub const SOON: u32 = u32::MAX;

/// The `soon` index of an entry that starts a zero-delay sleep wrapped by
/// a task (its first step).
pub const SLEEP_START: usize = usize::MAX - 3;

/// `asyncio.wait(..., return_when=...)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ReturnWhen {
    FirstCompleted,
    FirstException,
    AllCompleted,
}

impl Interp {
    /// The `asyncio` module object (a singleton).
    pub fn asyncio_module(&mut self) -> Value {
        if let Some(m) = self.asyncio {
            return Value::Obj(m);
        }
        let m = self.heap.alloc(Object::Module(ModuleKind::Asyncio));
        self.asyncio = Some(m);
        Value::Obj(m)
    }

    /// Attributes of `asyncio`.
    pub fn asyncio_attr(&mut self, name: &str) -> Option<Value> {
        let f = match name {
            "run" => BuiltinFn::AsyncioRun,
            "gather" => BuiltinFn::AsyncioGather,
            "sleep" => BuiltinFn::AsyncioSleep,
            "create_task" => BuiltinFn::AsyncioCreateTask,
            "ensure_future" => BuiltinFn::AsyncioEnsureFuture,
            "iscoroutine" => BuiltinFn::AsyncioIsCoroutine,
            "wait_for" => BuiltinFn::AsyncioWaitFor,
            "wait" => BuiltinFn::AsyncioWait,
            "iscoroutinefunction" => BuiltinFn::AsyncioIsCoroutineFunction,
            "as_completed" => BuiltinFn::AsyncioAsCompleted,
            "current_task" => BuiltinFn::AsyncioCurrentTask,
            "timeout" => BuiltinFn::AsyncioTimeout,
            "shield" => BuiltinFn::AsyncioShield,
            "get_running_loop" => BuiltinFn::AsyncioGetRunningLoop,
            "get_event_loop" => BuiltinFn::AsyncioGetEventLoop,
            "all_tasks" => BuiltinFn::AsyncioAllTasks,
            "timeout_at" => BuiltinFn::AsyncioTimeoutAt,
            "_pycps" => BuiltinFn::AsyncioPycps,
            "Lock" => return Some(Value::Obj(ClassId::Lock.obj())),
            "Event" => return Some(Value::Obj(ClassId::Event.obj())),
            "Semaphore" => return Some(Value::Obj(ClassId::Semaphore.obj())),
            "BoundedSemaphore" => return Some(Value::Obj(ClassId::BoundedSemaphore.obj())),
            "Queue" => return Some(Value::Obj(ClassId::Queue.obj())),
            "PriorityQueue" => return Some(Value::Obj(ClassId::PriorityQueue.obj())),
            "LifoQueue" => return Some(Value::Obj(ClassId::LifoQueue.obj())),
            "TaskGroup" => return Some(Value::Obj(ClassId::TaskGroup.obj())),
            "Timeout" => return Some(Value::Obj(ClassId::Timeout.obj())),
            "FIRST_COMPLETED" => return Some(self.heap.str("FIRST_COMPLETED")),
            "FIRST_EXCEPTION" => return Some(self.heap.str("FIRST_EXCEPTION")),
            "ALL_COMPLETED" => return Some(self.heap.str("ALL_COMPLETED")),
            "CancelledError" => return Some(Value::Obj(ClassId::CancelledError.obj())),
            "TimeoutError" => return Some(Value::Obj(ClassId::TimeoutError.obj())),
            "InvalidStateError" => return Some(Value::Obj(ClassId::InvalidStateError.obj())),
            "QueueEmpty" => return Some(Value::Obj(ClassId::QueueEmpty.obj())),
            "QueueFull" => return Some(Value::Obj(ClassId::QueueFull.obj())),
            "Future" => return Some(Value::Obj(ClassId::Future.obj())),
            "Task" => return Some(Value::Obj(ClassId::Task.obj())),
            "Handle" => return Some(Value::Obj(ClassId::Handle.obj())),
            "TimerHandle" => return Some(Value::Obj(ClassId::TimerHandle.obj())),
            _ => return None,
        };
        Some(Value::Obj(self.heap.alloc(Object::Builtin(f))))
    }

    pub(crate) fn new_future(&mut self, kind: FutureKind) -> ObjRef {
        self.heap.alloc(Object::Future(Box::new(FutureObj {
            kind,
            result: None,
            waiters: Vec::new(),
        })))
    }

    /// A finished operation (`FutureKind::Op`).
    pub(crate) fn done_op(&mut self, r: Result<Value, Value>) -> ObjRef {
        let f = self.new_future(FutureKind::Op);
        if let Object::Future(fo) = self.heap.get_mut(f) {
            fo.result = Some(r);
        }
        f
    }

    /// A pending call of an awaitable capability (issued when awaited).
    pub fn new_capability_call(&mut self, name: &str, args: CallArgs) -> Value {
        let id = CallId(self.next_call);
        self.next_call += 1;
        Value::Obj(self.new_future(FutureKind::Capability {
            id,
            name: name.to_string(),
            args: Some(args),
        }))
    }

    /// A started timer future completing with `result` after `delay` s.
    pub(crate) fn new_timer(&mut self, delay: f64, result: Value) -> ObjRef {
        let f = self.new_future(FutureKind::Sleep {
            delay,
            result,
            started: false,
        });
        self.start_future(f);
        f
    }

    /// Starts a future's underlying work: issues a capability call, arms a
    /// sleep timer.
    pub fn start_future(&mut self, fut: ObjRef) {
        let Object::Future(f) = self.heap.get_mut(fut) else {
            return;
        };
        if f.result.is_some() {
            return;
        }
        match &mut f.kind {
            FutureKind::Capability { id, name, args } => {
                if let Some(args) = args.take() {
                    let call = CapabilityCall {
                        id: *id,
                        name: name.clone(),
                        args,
                    };
                    self.outstanding.insert(id.0, fut);
                    self.issued.push(call);
                }
            }
            FutureKind::Sleep {
                delay,
                result,
                started,
            } if !*started => {
                *started = true;
                let (delay, result) = (*delay, *result);
                if delay <= 0.0 || delay.is_nan() {
                    self.complete_future(fut, Ok(result));
                } else {
                    let now = self.now_ns();
                    let d = (delay.min(1e9) * 1e9) as u64;
                    self.timers.push((now.saturating_add(d), fut));
                }
            }
            _ => {}
        }
    }

    /// Completes a future and wakes everything waiting on it (a no-op if
    /// it is already done).
    pub fn complete_future(&mut self, fut: ObjRef, result: Result<Value, Value>) {
        let mut work = vec![(fut, result)];
        while let Some((fut, result)) = work.pop() {
            let Object::Future(f) = self.heap.get_mut(fut) else {
                continue;
            };
            if f.result.is_some() {
                continue;
            }
            f.result = Some(result);
            let waiters = std::mem::take(&mut f.waiters);
            if result.is_err() && !waiters.is_empty() {
                self.mark_retrieved(fut);
            }
            for w in waiters {
                match w {
                    Waiter::Task(t) => {
                        if let Some(task) = self.tasks.get_mut(t as usize) {
                            if task.waiting_on == Some(fut) {
                                task.waiting_on = None;
                            }
                            task.resume = Some(result);
                            self.ready.push_back(t);
                        }
                    }
                    Waiter::Child { parent, index } => {
                        if self.anext_default_rewrite(parent, index, result) {
                            continue;
                        }
                        if self.defers_child(parent, index) {
                            // Task groups see their tasks finish one loop
                            // iteration later (a done callback), as in CPython.
                            self.soon.push_back((parent, index, result));
                            self.ready.push_back(SOON);
                        } else {
                            self.child_done(parent, index, result, &mut work);
                        }
                    }
                }
            }
        }
    }

    /// Whether `f` hears of its child `index` one loop iteration after it
    /// finished, as CPython's combinators hear through done callbacks
    /// (`call_soon`). Timer children are not deferred: CPython runs a
    /// timer handle in the iteration it falls due.
    fn defers_child(&self, f: ObjRef, index: usize) -> bool {
        match self.heap.get(f) {
            Object::Future(fo) => match &fo.kind {
                // A task that only mirrors a wrapped future (`spawn_wrapping`)
                // finishes one loop iteration after it, like a CPython task.
                FutureKind::Task { id, .. } => self
                    .tasks
                    .get(*id as usize)
                    .is_some_and(|t| t.frames.is_empty()),
                FutureKind::Hub { .. } | FutureKind::Gather { .. } => true,
                FutureKind::WaitFor { .. } => index == 0,
                FutureKind::Wait { children, .. } => index < children.len(),
                FutureKind::AsCompleted { .. } => index != usize::MAX,
                _ => false,
            },
            _ => false,
        }
    }

    /// Runs the oldest deferred child completion.
    pub fn run_soon(&mut self) {
        if let Some((parent, index, r)) = self.soon.pop_front() {
            if index == handles::HANDLE_RUN {
                self.run_handle(parent);
                return;
            }
            if index == SLEEP_START {
                self.start_future(parent);
                return;
            }
            let mut work = Vec::new();
            self.child_done(parent, index, r, &mut work);
            for (f, r) in work {
                self.complete_future(f, r);
            }
        }
    }

    /// Registers `w` on `fut`, or reports at once when `fut` is done
    /// (`Some(result)`).
    pub(crate) fn add_waiter(&mut self, fut: ObjRef, w: Waiter) -> Option<Result<Value, Value>> {
        match self.heap.get_mut(fut) {
            Object::Future(f) => match f.result {
                Some(r) => Some(r),
                None => {
                    f.waiters.push(w);
                    None
                }
            },
            _ => Some(Ok(Value::None)),
        }
    }

    /// The result of a future, if done.
    pub(crate) fn future_result(&self, fut: ObjRef) -> Option<Result<Value, Value>> {
        match self.heap.get(fut) {
            Object::Future(f) => f.result,
            _ => None,
        }
    }

    /// `GetAwaitable`.
    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        match self.heap.obj(v) {
            Some(Object::Coroutine(c)) => match c.state {
                CoroState::Created(_) => Ok(v),
                _ => Err(self.err(
                    ClassId::RuntimeError,
                    "cannot reuse already awaited coroutine",
                )),
            },
            Some(Object::Future(_)) => Ok(v),
            Some(Object::Asyncio(a)) if a.is_awaitable() => Ok(v),
            _ => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!("object {t} can't be used in 'await' expression")))
            }
        }
    }

    /// Awaits `aw` from the current task.
    pub(crate) fn await_value(&mut self, aw: Value) -> PyResult<AwaitOut> {
        let Value::Obj(r) = aw else {
            let t = self.heap.type_name(aw);
            return Err(self.type_error(format!("object {t} can't be used in 'await' expression")));
        };
        match self.heap.get_mut(r) {
            Object::Coroutine(c) => match std::mem::replace(&mut c.state, CoroState::Running) {
                CoroState::Created(frame) => Ok(AwaitOut::Push(*frame)),
                other => {
                    c.state = other;
                    Err(self.err(
                        ClassId::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ))
                }
            },
            Object::Future(f) => {
                if let Some(res) = f.result {
                    self.mark_retrieved(r);
                    return Ok(AwaitOut::Ready(res));
                }
                // `sleep(0)`: yield to the scheduler once.
                if let FutureKind::Sleep {
                    delay,
                    result,
                    started: false,
                } = f.kind
                {
                    if delay <= 0.0 || delay.is_nan() {
                        f.result = Some(Ok(result));
                        let cur = self.current;
                        if let Some(t) = self.tasks.get_mut(cur as usize) {
                            t.resume = Some(Ok(result));
                        }
                        self.ready.push_back(cur);
                        return Ok(AwaitOut::Block);
                    }
                }
                f.waiters.push(Waiter::Task(self.current));
                let cur = self.current as usize;
                let must_cancel = match self.tasks.get_mut(cur) {
                    Some(t) => {
                        t.waiting_on = Some(r);
                        std::mem::take(&mut t.must_cancel)
                    }
                    None => false,
                };
                self.start_future(r);
                if must_cancel && !self.cancel_future(r) {
                    if let Some(t) = self.tasks.get_mut(cur) {
                        t.must_cancel = true;
                    }
                }
                // Starting may have completed it (and queued us).
                Ok(AwaitOut::Block)
            }
            Object::Asyncio(_) => self.await_async_obj(r),
            _ => {
                let t = self.heap.type_name(aw);
                Err(self.type_error(format!("object {t} can't be used in 'await' expression")))
            }
        }
    }

    /// A future for an awaitable argument of `gather`/`ensure_future`/`wait`.
    pub(crate) fn ensure_future(&mut self, v: Value) -> PyResult<ObjRef> {
        match self.heap.obj(v) {
            Some(Object::Coroutine(_)) => self.spawn_task(v.as_obj().unwrap_or(ObjRef(0))),
            // A coroutine in CPython (`asyncio.sleep`, a tool call): wrapped
            // in a task, as `ensure_future` does there.
            Some(Object::Future(f))
                if matches!(
                    f.kind,
                    FutureKind::Sleep { .. } | FutureKind::Capability { .. }
                ) && self.is_coroutine_like(v) =>
            {
                Ok(self.spawn_wrapping(v.as_obj().unwrap_or(ObjRef(0))))
            }
            Some(Object::Future(_)) => {
                let r = v.as_obj().unwrap_or(ObjRef(0));
                self.start_future(r);
                Ok(r)
            }
            Some(Object::Asyncio(_)) if self.is_fresh_lazy_op(v) => {
                self.spawn_lazy(v.as_obj().unwrap_or(ObjRef(0)))
            }

            _ => Err(self.type_error("An asyncio.Future, a coroutine or an awaitable is required")),
        }
    }

    /// asyncio functions called from Python.
    pub(crate) fn asyncio_function(
        &mut self,
        module: &Module,
        b: BuiltinFn,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let v = match b {
            BuiltinFn::AsyncioRun => {
                self.only_kwargs("run", kwargs, &["debug"])?;
                self.arity("run", args, 1, 1)?;
                let c = args[0];
                if !matches!(self.heap.obj(c), Some(Object::Coroutine(_))) {
                    let r = self.repr(c)?;
                    return Err(self.value_error(format!("a coroutine was expected, got {r}")));
                }
                if in_async {
                    return Err(self.err(
                        ClassId::RuntimeError,
                        "asyncio.run() cannot be called from a running event loop",
                    ));
                }
                let c = self.asyncio_run_coro(module, c)?;
                return self.run_on_module_task(c, true);
            }
            BuiltinFn::AsyncioPycps if self.pycps_op(args) == Some("run") => {
                self.arity("_pycps", args, 3, 3)?;
                let named = self.truthy(args[2])?;
                return self.run_on_module_task(args[1], named);
            }
            BuiltinFn::AsyncioPycps if self.pycps_op(args) == Some("running") => {
                Value::Bool(in_async)
            }
            BuiltinFn::AsyncioGetEventLoop if in_async => {
                self.arity("get_event_loop", args, 0, 0)?;
                self.running_loop()
            }
            BuiltinFn::AsyncioGetEventLoop => {
                return self.call_asyncio_py(module, "get_event_loop", args);
            }
            BuiltinFn::AsyncioGather => self.gather(args, kwargs)?,
            BuiltinFn::AsyncioSleep => {
                self.only_kwargs("sleep", kwargs, &["result"])?;
                self.arity("sleep", args, 1, 2)?;
                let delay = self.delay_arg(args[0], "<=")?;
                let result = args
                    .get(1)
                    .copied()
                    .or(Self::kwarg(kwargs, "result"))
                    .unwrap_or(Value::None);
                Value::Obj(self.new_future(FutureKind::Sleep {
                    delay,
                    result,
                    started: false,
                }))
            }
            BuiltinFn::AsyncioCreateTask | BuiltinFn::AsyncioEnsureFuture => {
                self.only_kwargs(b.name(), kwargs, &["name"])?;
                self.arity(b.name(), args, 1, 1)?;
                if b == BuiltinFn::AsyncioCreateTask && !self.is_coroutine_like(args[0]) {
                    let r = self.repr(args[0])?;
                    return Err(self.type_error(format!("a coroutine was expected, got {r}")));
                }
                let f = match args[0].as_obj() {
                    Some(r)
                        if matches!(self.heap.get(r), Object::Future(_))
                            && self.is_coroutine_like(args[0]) =>
                    {
                        self.spawn_wrapping(r)
                    }
                    _ => self.ensure_future(args[0])?,
                };
                if let Some(n) = Self::kwarg(kwargs, "name").filter(|n| !matches!(n, Value::None)) {
                    let n = self.to_str(n)?;
                    self.name_new_task(f, n);
                }
                Value::Obj(f)
            }
            BuiltinFn::AsyncioIsCoroutine => {
                self.arity("iscoroutine", args, 1, 1)?;
                Value::Bool(self.is_coroutine_like(args[0]))
            }
            BuiltinFn::AsyncioIsCoroutineFunction => {
                self.arity("iscoroutinefunction", args, 1, 1)?;
                let f = match self.heap.obj(args[0]) {
                    Some(Object::Function(f)) => Some(f.func),
                    Some(Object::BoundMethod { func, .. }) => match self.heap.obj(*func) {
                        Some(Object::Function(f)) => Some(f.func),
                        _ => None,
                    },
                    _ => None,
                };
                Value::Bool(f.is_some_and(|f| {
                    matches!(
                        self.module.function(f).kind,
                        pycps_ir::FunctionKind::Coroutine
                    )
                }))
            }
            BuiltinFn::AsyncioWaitFor => self.wait_for(args, kwargs)?,
            BuiltinFn::AsyncioWait => self.wait(args, kwargs)?,
            BuiltinFn::AsyncioAsCompleted => self.as_completed(args, kwargs)?,
            BuiltinFn::AsyncioCurrentTask => {
                self.arity("current_task", args, 0, 1)?;
                match self.tasks.get(self.current as usize) {
                    Some(t) if in_async => Value::Obj(t.future),
                    _ => {
                        return Err(self.err(ClassId::RuntimeError, "no running event loop"));
                    }
                }
            }
            BuiltinFn::AsyncioShield => {
                self.arity("shield", args, 1, 1)?;
                self.shield(args[0])?
            }
            BuiltinFn::AsyncioGetRunningLoop
            | BuiltinFn::AsyncioAllTasks
            | BuiltinFn::AsyncioTimeoutAt => self.asyncio_extra_function(b, args, in_async)?,
            BuiltinFn::AsyncioPycps => self.asyncio_pycps(args)?,
            BuiltinFn::AsyncioAnext => {
                self.arity("anext", args, 1, 2)?;
                return self.anext(args[0], args.get(1).copied());
            }
            BuiltinFn::AsyncioAiter => {
                self.arity("aiter", args, 1, 1)?;
                return self.aiter(args[0]);
            }
            _ => return self.sync_constructor(b, args, kwargs),
        };
        Ok(CallOut::Value(v))
    }

    /// Runs coroutine `c` on the current (module) task from a call in
    /// synchronous code: its frame is pushed and its result is the call's.
    /// `named`: the task takes the next `Task-N` name (the task CPython
    /// creates for the coroutine).
    fn run_on_module_task(&mut self, c: Value, named: bool) -> PyResult<CallOut> {
        match self.await_value(c)? {
            AwaitOut::Push(mut frame) => {
                frame.in_async = true;
                if named {
                    if let Some(f) = self.tasks.get(self.current as usize).map(|t| t.future) {
                        let n = format!("Task-{}", self.next_task_name);
                        self.next_task_name += 1;
                        self.set_task_name(f, n);
                    }
                }
                Ok(CallOut::Push(frame))
            }
            _ => Err(self.err(
                ClassId::RuntimeError,
                "cannot reuse already awaited coroutine",
            )),
        }
    }

    /// A delay in seconds (`None` is not accepted here).
    pub(crate) fn delay_arg(&mut self, v: Value, op: &str) -> PyResult<f64> {
        match self.to_f64(v)? {
            Some(d) => Ok(d),
            None => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!(
                    "'{op}' not supported between instances of '{t}' and 'int'"
                )))
            }
        }
    }

    /// Disarms a timer future (it stays pending).
    pub(crate) fn disarm_timer(&mut self, fut: ObjRef) {
        self.timers.retain(|t| t.1 != fut);
    }

    /// Fires the timers due at `cutoff` (ns of the run's clock), in
    /// deadline order: a timer handle's callback runs, a sleep completes
    /// (waking its waiters for the next iteration). CPython's `_run_once`
    /// takes the timers due at the start of every iteration and runs them
    /// behind the callbacks already ready, so the run loop reads the clock
    /// before running the iteration's batch and fires up to that reading
    /// after it (a timer disarmed meanwhile is gone from the list).
    pub fn fire_timers_until(&mut self, cutoff: u64) {
        // Checked every iteration: a scan, no sort, when nothing is due.
        if !self.timers.iter().any(|t| t.0 <= cutoff) {
            return;
        }
        // One at a time: a timer stays in the (traced) list until it
        // fires, so a collection inside a callback cannot free the next.
        self.timers.sort_by_key(|t| t.0);
        while self.timers.first().is_some_and(|t| t.0 <= cutoff) {
            let (_, fut) = self.timers.remove(0);
            if self.is_handle(fut) {
                self.run_handle(fut);
                continue;
            }
            let result = match self.heap.get(fut) {
                Object::Future(f) => match f.kind {
                    FutureKind::Sleep { result, .. } => result,
                    _ => Value::None,
                },
                _ => Value::None,
            };
            self.complete_future(fut, Ok(result));
        }
    }

    /// The earliest armed timer's deadline.
    pub fn next_timer(&self) -> Option<u64> {
        self.timers.iter().map(|t| t.0).min()
    }
}
