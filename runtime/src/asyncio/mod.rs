//! The `asyncio` module: tasks, futures, `gather`, `sleep`, `run`,
//! `create_task`, and awaiting.
//!
//! Model: every task is a stack of frames run by the scheduler in
//! `crate::run`. Awaiting a coroutine pushes its frame on the awaiting
//! task (no new task); awaiting a future (task, gather, capability call,
//! sleep timer) blocks the task and registers it as a waiter; completing a
//! future wakes its waiters (they get the result as their `resume` and go
//! to the back of the ready queue, FIFO). Capability calls are issued on
//! first await (or when wrapped by `gather`/`create_task`, like CPython
//! scheduling a coroutine), and handed to the host by `Run::advance`.
//!
//! `asyncio.run(coro)` from synchronous module code behaves like
//! `await coro` on the module's own task (the module body is the main
//! task), which is observably equivalent for our programs.

use crate::builtins::BuiltinFn;
use crate::capability::{CallArgs, CallId, CapabilityCall};
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::exec::AwaitOut;
use crate::interp::frame::ReturnTo;
use crate::interp::{Interp, PyResult, Task};
use crate::object::{CoroState, FutureKind, FutureObj, ModuleKind, Object, Waiter};
use crate::value::{ObjRef, Value};
use pycps_ir::Module;

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
            "CancelledError" => return Some(Value::Obj(ClassId::CancelledError.obj())),
            "TimeoutError" => return Some(Value::Obj(ClassId::TimeoutError.obj())),
            "InvalidStateError" => return Some(Value::Obj(ClassId::InvalidStateError.obj())),
            "Future" => return Some(Value::Obj(ClassId::Future.obj())),
            "Task" => return Some(Value::Obj(ClassId::Task.obj())),
            _ => return None,
        };
        Some(Value::Obj(self.heap.alloc(Object::Builtin(f))))
    }

    fn new_future(&mut self, kind: FutureKind) -> ObjRef {
        self.heap.alloc(Object::Future(Box::new(FutureObj {
            kind,
            result: None,
            waiters: Vec::new(),
        })))
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
                    let now = self.epoch.elapsed().as_nanos() as u64;
                    let d = (delay.min(1e9) * 1e9) as u64;
                    self.timers.push((now.saturating_add(d), fut));
                }
            }
            _ => {}
        }
    }

    /// Completes a future and wakes everything waiting on it.
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
            for w in waiters {
                match w {
                    Waiter::Task(t) => {
                        if let Some(task) = self.tasks.get_mut(t as usize) {
                            task.resume = Some(result);
                            self.ready.push_back(t);
                        }
                    }
                    Waiter::Gather { gather, index } => {
                        if let Some(done) = self.gather_child_done(gather, index, result) {
                            work.push((gather, done));
                        }
                    }
                }
            }
        }
    }

    /// Records child `index`'s result; `Some(result)` when the gather is
    /// now complete.
    fn gather_child_done(
        &mut self,
        g: ObjRef,
        index: usize,
        r: Result<Value, Value>,
    ) -> Option<Result<Value, Value>> {
        let Object::Future(f) = self.heap.get_mut(g) else {
            return None;
        };
        if f.result.is_some() {
            return None;
        }
        let FutureKind::Gather {
            results,
            remaining,
            return_exceptions,
            ..
        } = &mut f.kind
        else {
            return None;
        };
        match r {
            Ok(v) => results[index] = v,
            Err(e) if *return_exceptions => results[index] = e,
            Err(e) => return Some(Err(e)),
        }
        *remaining -= 1;
        if *remaining == 0 {
            let items = std::mem::take(results);
            Some(Ok(self.heap.list(items)))
        } else {
            None
        }
    }

    /// Wraps a coroutine object into a new scheduled task; returns the
    /// task's future.
    pub fn spawn_task(&mut self, coro: ObjRef) -> PyResult<ObjRef> {
        let state = match self.heap.get_mut(coro) {
            Object::Coroutine(c) => std::mem::replace(&mut c.state, CoroState::Running),
            _ => return Err(self.type_error("a coroutine was expected")),
        };
        let CoroState::Created(mut frame) = state else {
            return Err(self.err(
                ClassId::RuntimeError,
                "cannot reuse already awaited coroutine",
            ));
        };
        frame.ret = ReturnTo::TaskRoot;
        frame.in_async = true;
        let id = self.tasks.len() as u32;
        let name = format!("Task-{}", self.next_task_name);
        self.next_task_name += 1;
        let fut = self.new_future(FutureKind::Task { id, name });
        self.heap.account(256);
        self.tasks.push(Task {
            frames: vec![*frame],
            future: fut,
            resume: None,
            done: false,
        });
        self.ready.push_back(id);
        Ok(fut)
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
                if let Some(res) = &f.result {
                    return Ok(AwaitOut::Ready(*res));
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
                self.start_future(r);
                // Starting may have completed it (and queued us).
                Ok(AwaitOut::Block)
            }
            _ => {
                let t = self.heap.type_name(aw);
                Err(self.type_error(format!("object {t} can't be used in 'await' expression")))
            }
        }
    }

    /// A future for an awaitable argument of `gather`/`ensure_future`.
    fn ensure_future(&mut self, v: Value) -> PyResult<ObjRef> {
        match self.heap.obj(v) {
            Some(Object::Coroutine(_)) => self.spawn_task(v.as_obj().unwrap_or(ObjRef(0))),
            Some(Object::Future(_)) => {
                let r = v.as_obj().unwrap_or(ObjRef(0));
                self.start_future(r);
                Ok(r)
            }
            _ => Err(self.type_error("An asyncio.Future, a coroutine or an awaitable is required")),
        }
    }

    /// asyncio functions called from Python.
    pub(crate) fn asyncio_function(
        &mut self,
        _module: &Module,
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
                let Some(Object::Coroutine(co)) = self.heap.obj(c) else {
                    let r = self.repr(c)?;
                    return Err(self.value_error(format!("a coroutine was expected, got {r}")));
                };
                if in_async {
                    return Err(self.err(
                        ClassId::RuntimeError,
                        "asyncio.run() cannot be called from a running event loop",
                    ));
                }
                let _ = co;
                match self.await_value(c)? {
                    AwaitOut::Push(mut frame) => {
                        frame.in_async = true;
                        return Ok(CallOut::Push(frame));
                    }
                    _ => {
                        return Err(self.err(
                            ClassId::RuntimeError,
                            "cannot reuse already awaited coroutine",
                        ))
                    }
                }
            }
            BuiltinFn::AsyncioGather => {
                self.only_kwargs("gather", kwargs, &["return_exceptions"])?;
                let return_exceptions = match Self::kwarg(kwargs, "return_exceptions") {
                    Some(v) => self.truthy(v)?,
                    None => false,
                };
                let mut children = Vec::with_capacity(args.len());
                for &a in args {
                    children.push(self.ensure_future(a)?);
                }
                let n = children.len();
                let g = self.new_future(FutureKind::Gather {
                    children: children.clone(),
                    results: vec![Value::None; n],
                    remaining: n,
                    return_exceptions,
                });
                if n == 0 {
                    let l = self.heap.list(Vec::new());
                    self.complete_future(g, Ok(l));
                }
                for (i, c) in children.into_iter().enumerate() {
                    let done = match self.heap.get_mut(c) {
                        Object::Future(f) => match &f.result {
                            Some(r) => Some(*r),
                            None => {
                                f.waiters.push(Waiter::Gather {
                                    gather: g,
                                    index: i,
                                });
                                None
                            }
                        },
                        _ => None,
                    };
                    if let Some(r) = done {
                        if let Some(res) = self.gather_child_done(g, i, r) {
                            self.complete_future(g, res);
                        }
                    }
                }
                Value::Obj(g)
            }
            BuiltinFn::AsyncioSleep => {
                self.only_kwargs("sleep", kwargs, &["result"])?;
                self.arity("sleep", args, 1, 2)?;
                let delay = match self.to_f64(args[0])? {
                    Some(d) => d,
                    None => {
                        let t = self.heap.type_name(args[0]);
                        return Err(self.type_error(format!(
                            "'<=' not supported between instances of '{t}' and 'int'"
                        )));
                    }
                };
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
                if b == BuiltinFn::AsyncioCreateTask
                    && !matches!(self.heap.obj(args[0]), Some(Object::Coroutine(_)))
                {
                    let r = self.repr(args[0])?;
                    return Err(self.type_error(format!("a coroutine was expected, got {r}")));
                }
                let f = self.ensure_future(args[0])?;
                if let Some(n) = Self::kwarg(kwargs, "name") {
                    let n = self.to_str(n)?;
                    if let Object::Future(fo) = self.heap.get_mut(f) {
                        if let FutureKind::Task { name, .. } = &mut fo.kind {
                            *name = n;
                        }
                    }
                }
                Value::Obj(f)
            }
            BuiltinFn::AsyncioIsCoroutine => {
                self.arity("iscoroutine", args, 1, 1)?;
                Value::Bool(matches!(self.heap.obj(args[0]), Some(Object::Coroutine(_))))
            }
            BuiltinFn::AsyncioWaitFor => {
                self.only_kwargs("wait_for", kwargs, &["timeout"])?;
                self.arity("wait_for", args, 1, 2)?;
                let timeout = args
                    .get(1)
                    .copied()
                    .or(Self::kwarg(kwargs, "timeout"))
                    .unwrap_or(Value::None);
                if !matches!(timeout, Value::None) {
                    return Err(self.err(
                        ClassId::NotImplementedError,
                        "asyncio.wait_for with a timeout is not supported yet",
                    ));
                }
                // Without a timeout: the awaitable itself.
                args[0]
            }
            _ => return Err(self.type_error(format!("{}() is not supported", b.name()))),
        };
        Ok(CallOut::Value(v))
    }

    /// Fires due timers (in deadline order); returns the next deadline.
    pub fn fire_timers(&mut self) -> Option<u64> {
        if self.timers.is_empty() {
            return None;
        }
        let now = self.epoch.elapsed().as_nanos() as u64;
        self.timers.sort_by_key(|t| t.0);
        let due: Vec<(u64, ObjRef)> = self
            .timers
            .iter()
            .take_while(|t| t.0 <= now)
            .copied()
            .collect();
        self.timers.drain(..due.len());
        for (_, fut) in due {
            let result = match self.heap.get(fut) {
                Object::Future(f) => match f.kind {
                    FutureKind::Sleep { result, .. } => result,
                    _ => Value::None,
                },
                _ => Value::None,
            };
            self.complete_future(fut, Ok(result));
        }
        self.timers.first().map(|t| t.0)
    }
}
