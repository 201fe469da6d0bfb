//! The rest of the asyncio surface: done callbacks, `shield`, the event
//! loop object (`get_running_loop()`), `Future()` with
//! `set_result`/`set_exception`, `all_tasks()`, the asyncio classes as
//! callables (`asyncio.Lock` is a class, so `isinstance` works), and
//! priority/LIFO queues.
//!
//! Done callbacks and `shield` ride on hub futures (as task groups do):
//! each `add_done_callback(fn)` registers its own hub as a waiter of the
//! future, so callbacks and awaiting tasks are woken in registration
//! order, and hub completions run one loop iteration later (CPython's
//! `call_soon`). A callback is a plain synchronous call, run nested.
//! `shield(aw)` returns an outer future that mirrors the inner one;
//! cancelling the outer does not touch the inner.

use super::sync::{AsyncObj, QueueKind};
use crate::builtins::BuiltinFn;
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::{FutureKind, Object, Waiter};
use crate::value::{ObjRef, Value};
use pycps_ir::CompareOp;

impl Interp {
    /// A hub future owned by `owner` (an asyncio object).
    pub(crate) fn new_hub(&mut self, owner: Value) -> ObjRef {
        let hub = self.new_future(FutureKind::Plain);
        if let (Object::Future(f), Some(o)) = (self.heap.get_mut(hub), owner.as_obj()) {
            f.kind = FutureKind::Hub { owner: o };
        }
        hub
    }

    /// Calling an asyncio class: `asyncio.Lock()`, `asyncio.Future()`...
    pub(crate) fn asyncio_class_call(
        &mut self,
        cls: ClassId,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Option<CallOut>> {
        let b = match cls {
            ClassId::Lock => BuiltinFn::AsyncioLock,
            ClassId::Event => BuiltinFn::AsyncioEvent,
            ClassId::Semaphore => BuiltinFn::AsyncioSemaphore,
            ClassId::BoundedSemaphore => BuiltinFn::AsyncioBoundedSemaphore,
            ClassId::Queue | ClassId::PriorityQueue | ClassId::LifoQueue => {
                let out = self.sync_constructor(BuiltinFn::AsyncioQueue, args, kwargs)?;
                let kind = match cls {
                    ClassId::PriorityQueue => QueueKind::Priority,
                    ClassId::LifoQueue => QueueKind::Lifo,
                    _ => QueueKind::Fifo,
                };
                if let CallOut::Value(Value::Obj(r)) = out {
                    if let Some(AsyncObj::Queue(q)) = self.async_obj(r) {
                        q.kind = kind;
                    }
                }
                return Ok(Some(out));
            }
            ClassId::TaskGroup => BuiltinFn::AsyncioTaskGroup,
            ClassId::Timeout => {
                self.no_kwargs("Timeout", kwargs)?;
                self.arity("Timeout", args, 1, 1)?;
                return self
                    .asyncio_extra_function(BuiltinFn::AsyncioTimeoutAt, args, true)
                    .map(|v| Some(CallOut::Value(v)));
            }
            ClassId::Future => {
                self.only_kwargs("Future", kwargs, &["loop"])?;
                self.arity("Future", args, 0, 0)?;
                return Ok(Some(CallOut::Value(Value::Obj(
                    self.new_future(FutureKind::Plain),
                ))));
            }
            ClassId::Task => {
                self.only_kwargs("Task", kwargs, &["loop", "name", "context"])?;
                self.arity("Task", args, 1, 1)?;
                let coro = match self.heap.obj(args[0]) {
                    Some(Object::Coroutine(_)) => args[0].as_obj(),
                    _ => None,
                };
                let Some(coro) = coro else {
                    let r = self.repr(args[0])?;
                    return Err(self.type_error(format!("a coroutine was expected, got {r}")));
                };
                let t = self.spawn_task(coro)?;
                if let Some(n) = Self::kwarg(kwargs, "name") {
                    let n = self.to_str(n)?;
                    self.set_task_name(t, n);
                }
                return Ok(Some(CallOut::Value(Value::Obj(t))));
            }
            _ => return Ok(None),
        };
        self.sync_constructor(b, args, kwargs).map(Some)
    }

    pub(crate) fn set_task_name(&mut self, t: ObjRef, n: String) {
        if let Object::Future(fo) = self.heap.get_mut(t) {
            if let FutureKind::Task { name, .. } = &mut fo.kind {
                *name = n;
            }
        }
    }

    /// `asyncio.get_running_loop()`, `all_tasks()`, `timeout_at()`.
    pub(crate) fn asyncio_extra_function(
        &mut self,
        b: BuiltinFn,
        args: &[Value],
        in_async: bool,
    ) -> PyResult<Value> {
        match b {
            BuiltinFn::AsyncioGetRunningLoop => {
                self.arity(b.name(), args, 0, 0)?;
                if !in_async {
                    return Err(self.err(ClassId::RuntimeError, "no running event loop"));
                }
                Ok(self.running_loop())
            }
            BuiltinFn::AsyncioAllTasks => {
                self.arity("all_tasks", args, 0, 1)?;
                if !in_async {
                    return Err(self.err(ClassId::RuntimeError, "no running event loop"));
                }
                let live: Vec<Value> = self
                    .tasks
                    .iter()
                    .map(|t| t.future)
                    .filter(|&f| self.future_result(f).is_none())
                    .map(Value::Obj)
                    .collect();
                self.new_set(&live)
            }
            BuiltinFn::AsyncioTimeoutAt => {
                self.arity("timeout_at", args, 1, 1)?;
                let when = match args[0] {
                    Value::None => None,
                    w => {
                        let w = self.delay_arg(w, "<=")?;
                        Some(secs_to_ns(w))
                    }
                };
                Ok(self.new_timeout(when))
            }
            _ => Err(self.type_error(format!("{}() is not supported", b.name()))),
        }
    }

    /// Methods of the event loop object.
    pub(crate) fn loop_method(&mut self, name: &str, args: &[Value]) -> PyResult<CallOut> {
        let v = match name {
            "time" => {
                self.arity("time", args, 0, 0)?;
                Value::Float(self.now_ns() as f64 / 1e9)
            }
            "create_future" => {
                self.arity("create_future", args, 0, 0)?;
                Value::Obj(self.new_future(FutureKind::Plain))
            }
            "create_task" => {
                self.arity("create_task", args, 1, 1)?;
                return self
                    .asyncio_class_call(ClassId::Task, args, &[])
                    .map(|o| o.unwrap_or(CallOut::Value(Value::None)));
            }
            "call_soon" | "call_later" | "call_at" => self.loop_schedule(name, args)?,
            "run_in_executor" => {
                if args.len() < 2 {
                    return Err(self.type_error(
                        "BaseEventLoop.run_in_executor() missing required positional arguments",
                    ));
                }
                let rest = self.heap.tuple(args[2..].to_vec());
                let module = self.module.clone();
                return self.call_asyncio_py(&module, "run_in_executor", &[args[1], rest]);
            }
            "is_running" => Value::Bool(true),
            "is_closed" => Value::Bool(false),
            _ => {
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'_UnixSelectorEventLoop' object has no attribute '{name}'"),
                ))
            }
        };
        Ok(CallOut::Value(v))
    }

    /// `fut.add_done_callback(fn)`.
    pub(crate) fn add_done_callback(&mut self, fut: ObjRef, cb: Value) -> PyResult<Value> {
        let owner = self.new_async(AsyncObj::DoneCallback {
            fut,
            cb,
            ran: false,
        });
        let hub = self.new_hub(owner);
        if let Some(r) = self.add_waiter(
            fut,
            Waiter::Child {
                parent: hub,
                index: 0,
            },
        ) {
            // Already done: the callback is scheduled at once.
            self.soon.push_back((hub, 0, r));
            self.ready.push_back(super::SOON);
        }
        Ok(Value::None)
    }

    /// `fut.remove_done_callback(fn)`: how many were removed.
    pub(crate) fn remove_done_callback(&mut self, fut: ObjRef, cb: Value) -> PyResult<Value> {
        let waiters = match self.heap.get(fut) {
            Object::Future(f) => f.waiters.clone(),
            _ => return Ok(Value::Int(0)),
        };
        let mut keep = Vec::with_capacity(waiters.len());
        let mut removed = 0;
        for w in waiters {
            if let Waiter::Child { parent, .. } = w {
                if let Some(c) = self.hub_callback(parent) {
                    if self.same_callable(c, cb)? {
                        removed += 1;
                        continue;
                    }
                }
            }
            keep.push(w);
        }
        if let Object::Future(f) = self.heap.get_mut(fut) {
            f.waiters = keep;
        }
        Ok(Value::Int(removed))
    }

    fn hub_callback(&self, hub: ObjRef) -> Option<Value> {
        let Object::Future(f) = self.heap.get(hub) else {
            return None;
        };
        let FutureKind::Hub { owner } = f.kind else {
            return None;
        };
        match self.heap.get(owner) {
            Object::Asyncio(a) => match &**a {
                AsyncObj::DoneCallback { cb, .. } => Some(*cb),
                _ => None,
            },
            _ => None,
        }
    }

    /// `a == b` for callbacks (bound methods compare by receiver and
    /// function).
    fn same_callable(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        match (self.heap.obj(a), self.heap.obj(b)) {
            (
                Some(Object::BoundMethod { func: f1, recv: r1 }),
                Some(Object::BoundMethod { func: f2, recv: r2 }),
            ) => Ok(f1.is(*f2) && r1.is(*r2)),
            (
                Some(Object::Method {
                    recv: r1, name: n1, ..
                }),
                Some(Object::Method {
                    recv: r2, name: n2, ..
                }),
            ) => Ok(r1.is(*r2) && n1 == n2),
            _ => {
                let v = self.compare(CompareOp::Eq, a, b)?;
                self.truthy(v)
            }
        }
    }

    /// A done callback's or a shield's future finished.
    pub(crate) fn extras_hub_done(&mut self, owner: ObjRef, r: Result<Value, Value>) {
        let Some(a) = self.async_obj(owner) else {
            return;
        };
        match a {
            AsyncObj::DoneCallback { fut, cb, ran } => {
                if *ran {
                    return;
                }
                *ran = true;
                let (fut, cb) = (*fut, *cb);
                // An exception in a callback is reported by CPython's
                // loop and otherwise ignored.
                self.run_callback(cb, &[Value::Obj(fut)]);
            }
            AsyncObj::Shield { outer } => {
                let outer = *outer;
                if self.future_result(outer).is_none() {
                    self.complete_future(outer, r);
                }
            }
            _ => {}
        }
    }

    /// `asyncio.shield(aw)`.
    pub(crate) fn shield(&mut self, aw: Value) -> PyResult<Value> {
        let inner = self.ensure_future(aw)?;
        if self.future_result(inner).is_some() {
            return Ok(Value::Obj(inner));
        }
        let outer = self.new_future(FutureKind::Plain);
        let owner = self.new_async(AsyncObj::Shield { outer });
        let hub = self.new_hub(owner);
        self.add_waiter(
            inner,
            Waiter::Child {
                parent: hub,
                index: 0,
            },
        );
        Ok(Value::Obj(outer))
    }

    /// `fut.set_result(v)` / `fut.set_exception(e)`.
    pub(crate) fn future_set_outcome(
        &mut self,
        fut: ObjRef,
        name: &str,
        v: Value,
    ) -> PyResult<Value> {
        let (is_task, done) = match self.heap.get(fut) {
            Object::Future(f) => (
                matches!(f.kind, FutureKind::Task { .. }),
                f.result.is_some(),
            ),
            _ => (false, true),
        };
        if is_task {
            return Err(self.err(
                ClassId::RuntimeError,
                format!("Task does not support {name} operation"),
            ));
        }
        if done {
            return Err(self.err(ClassId::InvalidStateError, "invalid state"));
        }
        let r = if name == "set_result" {
            Ok(v)
        } else {
            let e = self.instantiate_exception(v)?;
            if self.heap.class_of(e).is_subclass(ClassId::StopIteration) {
                return Err(self.type_error(
                    "StopIteration interacts badly with generators and cannot be raised into a Future",
                ));
            }
            Err(e)
        };
        self.complete_future(fut, r);
        Ok(Value::None)
    }

    // ----- priority and LIFO queues -------------------------------------

    /// Adds an item to a queue's storage in its kind's order.
    pub(crate) fn queue_store(&mut self, r: ObjRef, v: Value) -> PyResult<()> {
        let (kind, mut items) = match self.async_obj(r) {
            Some(AsyncObj::Queue(q)) if q.kind == QueueKind::Priority => {
                (q.kind, q.items.iter().copied().collect::<Vec<_>>())
            }
            Some(AsyncObj::Queue(q)) => {
                q.items.push_back(v);
                return Ok(());
            }
            _ => return Ok(()),
        };
        // heapq.heappush: sift the new item up (comparisons first, the
        // queue is written once they all succeeded).
        items.push(v);
        let mut pos = items.len() - 1;
        while pos > 0 {
            let parent = (pos - 1) / 2;
            if self.queue_lt(items[pos], items[parent])? {
                items.swap(pos, parent);
                pos = parent;
            } else {
                break;
            }
        }
        if let Some(AsyncObj::Queue(q)) = self.async_obj(r) {
            if q.kind == kind {
                q.items = items.into();
            }
        }
        Ok(())
    }

    /// Takes the next item from a queue's storage.
    pub(crate) fn queue_take(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        let mut items = match self.async_obj(r) {
            Some(AsyncObj::Queue(q)) => match q.kind {
                QueueKind::Fifo => return Ok(q.items.pop_front()),
                QueueKind::Lifo => return Ok(q.items.pop_back()),
                QueueKind::Priority => q.items.iter().copied().collect::<Vec<_>>(),
            },
            _ => return Ok(None),
        };
        // heapq.heappop: move the last item to the root, then CPython's
        // `_siftup` (down to a leaf by the smaller child) and `_siftdown`.
        let Some(last) = items.pop() else {
            return Ok(None);
        };
        let top = if items.is_empty() {
            last
        } else {
            let top = items[0];
            items[0] = last;
            let end = items.len();
            let mut pos = 0;
            let mut child = 1;
            while child < end {
                let right = child + 1;
                if right < end && !self.queue_lt(items[child], items[right])? {
                    child = right;
                }
                items[pos] = items[child];
                pos = child;
                child = 2 * pos + 1;
            }
            items[pos] = last;
            while pos > 0 {
                let parent = (pos - 1) / 2;
                if self.queue_lt(last, items[parent])? {
                    items[pos] = items[parent];
                    pos = parent;
                } else {
                    break;
                }
            }
            items[pos] = last;
            top
        };
        if let Some(AsyncObj::Queue(q)) = self.async_obj(r) {
            q.items = items.into();
        }
        Ok(Some(top))
    }

    fn queue_lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let v = self.compare(CompareOp::Lt, a, b)?;
        match v {
            Value::Bool(b) => Ok(b),
            v => self.truthy(v),
        }
    }
}

/// Seconds on the run's clock to nanoseconds (clamped at 0).
pub(crate) fn secs_to_ns(s: f64) -> u64 {
    if s.is_nan() || s <= 0.0 {
        0
    } else {
        (s.min(1e9) * 1e9) as u64
    }
}
