//! Tasks: spawning, cancellation (CPython's `Task.cancel` /
//! `Future.cancel` semantics) and the methods of futures and tasks.
//!
//! Cancelling a task cancels the future it is blocked on; if that
//! succeeds the task stays blocked until the future reports (so a task it
//! awaits can catch the cancellation and return a value instead, as in
//! CPython); otherwise `must_cancel` throws `CancelledError` in at the
//! task's next step. Cancellation walks chains of awaited tasks with an
//! explicit work list, never Rust recursion.

use crate::classes::ClassId;
use crate::interp::frame::ReturnTo;
use crate::interp::{Interp, PyResult, Raise, Task};
use crate::object::{CoroState, FutureKind, Object};
use crate::value::{ObjRef, Value};

impl Interp {
    /// Wraps a coroutine object into a new scheduled task; returns the
    /// task's future.
    pub fn spawn_task(&mut self, coro: ObjRef) -> PyResult<ObjRef> {
        let state = match self.heap.get_mut(coro) {
            Object::Coroutine(c) => std::mem::replace(&mut c.state, CoroState::Running),
            _ => return Err(self.type_error("a coroutine was expected")),
        };
        let CoroState::Created(mut frame) = state else {
            if let Object::Coroutine(c) = self.heap.get_mut(coro) {
                c.state = state;
            }
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
        self.tasks.push(Task::new(vec![*frame], fut));
        self.ready.push_back(id);
        Ok(fut)
    }

    /// A task over a future that CPython would see as a coroutine (an
    /// `asyncio.sleep(...)`, a capability call: `async def`s in CPython).
    /// The task has no frames; it mirrors the future's outcome (child 0),
    /// and cancelling it cancels the future.
    pub(crate) fn spawn_wrapping(&mut self, inner: ObjRef) -> ObjRef {
        let id = self.tasks.len() as u32;
        let name = format!("Task-{}", self.next_task_name);
        self.next_task_name += 1;
        let fut = self.new_future(FutureKind::Task { id, name });
        let mut task = Task::new(Vec::new(), fut);
        task.waiting_on = Some(inner);
        self.tasks.push(task);
        if self.is_zero_sleep(inner) {
            // `create_task(asyncio.sleep(0))`: the task's first step
            // yields once, the second finishes (CPython's two steps).
            self.add_waiter(
                inner,
                crate::object::Waiter::Child {
                    parent: fut,
                    index: 0,
                },
            );
            self.soon
                .push_back((inner, super::SLEEP_START, Ok(Value::None)));
            self.ready.push_back(super::SOON);
            return fut;
        }
        self.start_future(inner);
        if let Some(r) = self.add_waiter(
            inner,
            crate::object::Waiter::Child {
                parent: fut,
                index: 0,
            },
        ) {
            // Finishes one loop iteration later, as a task's first step.
            self.soon.push_back((fut, 0, r));
            self.ready.push_back(super::SOON);
        }
        fut
    }

    /// An `asyncio.sleep(d)` with `d <= 0` that has not started.
    fn is_zero_sleep(&self, f: ObjRef) -> bool {
        matches!(self.heap.get(f), Object::Future(fo) if fo.result.is_none()
            && matches!(fo.kind, FutureKind::Sleep { delay, started: false, .. }
                if delay <= 0.0 || delay.is_nan()))
    }

    /// A future that stands for a coroutine in CPython (`sleep`, a
    /// capability call) and has not been started.
    pub(crate) fn is_coroutine_like(&self, v: Value) -> bool {
        match self.heap.obj(v) {
            Some(Object::Coroutine(_)) => true,
            Some(Object::Future(f)) => match f.kind {
                // Coroutines in CPython: `q.get()`, `wait_for(...)`, ...
                FutureKind::Op | FutureKind::WaitFor { .. } | FutureKind::Wait { .. } => true,
                FutureKind::Sleep { started: false, .. }
                | FutureKind::Capability { args: Some(_), .. } => f.result.is_none(),
                _ => false,
            },
            Some(Object::Asyncio(_)) => self.is_fresh_lazy_op(v),
            _ => false,
        }
    }

    /// `coroutine.close()`: a coroutine that never started is finished
    /// without running (one suspended inside an await cannot be closed
    /// from outside its task here).
    pub(crate) fn coroutine_close(&mut self, r: ObjRef) -> PyResult<Value> {
        if let Object::Coroutine(c) = self.heap.get_mut(r) {
            match c.state {
                CoroState::Created(_) | CoroState::Done => c.state = CoroState::Done,
                _ => return Err(self.err(ClassId::RuntimeError, "coroutine ignored GeneratorExit")),
            }
        }
        Ok(Value::None)
    }

    /// A new `CancelledError(msg...)`.
    pub(crate) fn cancelled_error(&mut self, msg: Option<Value>) -> Value {
        let args = msg.map(|m| vec![m]).unwrap_or_default();
        self.new_exception(ClassId::CancelledError, args)
    }

    /// `e` is a `CancelledError`.
    pub(crate) fn is_cancelled_error(&self, e: Value) -> bool {
        self.heap.class_of(e).is_subclass(ClassId::CancelledError)
    }

    /// `fut.cancel()`: `true` if the future was pending and is now being
    /// cancelled.
    pub fn cancel_future(&mut self, fut: ObjRef) -> bool {
        self.cancel_future_msg(fut, None)
    }

    pub(crate) fn cancel_future_msg(&mut self, fut: ObjRef, msg: Option<Value>) -> bool {
        let mut first = true;
        let mut top = false;
        let mut work = vec![fut];
        while let Some(f) = work.pop() {
            let r = self.cancel_one(f, msg, &mut work);
            if first {
                top = r;
                first = false;
            }
        }
        top
    }

    /// Cancels one future; futures it depends on are pushed on `work`.
    fn cancel_one(&mut self, fut: ObjRef, msg: Option<Value>, work: &mut Vec<ObjRef>) -> bool {
        let Object::Future(f) = self.heap.get_mut(fut) else {
            return false;
        };
        if f.result.is_some() {
            return false;
        }
        match &mut f.kind {
            FutureKind::Task { id, .. } => {
                let t = *id as usize;
                let waiting_on = match self.tasks.get_mut(t) {
                    Some(task) if !task.done => {
                        task.cancel_requests += 1;
                        task.waiting_on
                    }
                    _ => return false,
                };
                // CPython: `self._fut_waiter.cancel()`; when the awaited
                // future refuses, fall back to must_cancel.
                match waiting_on {
                    Some(w) if self.future_cancellable(w) => work.push(w),
                    _ => {
                        if let Some(task) = self.tasks.get_mut(t) {
                            task.must_cancel = true;
                            if task.cancel_msg.is_none() {
                                task.cancel_msg = msg;
                            }
                        }
                    }
                }
                true
            }
            FutureKind::Gather {
                children,
                cancel_requested,
                ..
            } => {
                *cancel_requested = true;
                work.extend(children.iter().copied());
                true
            }
            FutureKind::WaitFor {
                inner, cancelled, ..
            } => {
                *cancelled = true;
                let inner = *inner;
                if self.future_result(inner).is_some() {
                    let e = self.cancelled_error(msg);
                    self.complete_future(fut, Err(e));
                } else {
                    work.push(inner);
                }
                true
            }
            FutureKind::Capability { id, args, .. } => {
                let id = *id;
                let started = args.is_none();
                if started {
                    self.outstanding.remove(&id.0);
                    let before = self.issued.len();
                    self.issued.retain(|c| c.id != id);
                    if self.issued.len() == before {
                        // Already handed to the host: tell it to drop the call.
                        self.cancelled_calls.push(id);
                    }
                }
                let e = self.cancelled_error(msg);
                self.complete_future(fut, Err(e));
                true
            }
            FutureKind::Sleep { .. } => {
                self.disarm_timer(fut);
                let e = self.cancelled_error(msg);
                self.complete_future(fut, Err(e));
                true
            }
            FutureKind::Plain
            | FutureKind::Op
            | FutureKind::Wait { .. }
            | FutureKind::AsCompleted { .. } => {
                let e = self.cancelled_error(msg);
                self.complete_future(fut, Err(e));
                true
            }
            FutureKind::Hub { .. } => false,
        }
    }

    /// Whether `cancel()` on `fut` can succeed.
    fn future_cancellable(&self, fut: ObjRef) -> bool {
        match self.heap.get(fut) {
            Object::Future(f) => f.result.is_none() && !matches!(f.kind, FutureKind::Hub { .. }),
            _ => false,
        }
    }

    /// Task `t` is being run: applies a pending `must_cancel`.
    pub(crate) fn take_must_cancel(&mut self, t: u32) {
        let Some(task) = self.tasks.get_mut(t as usize) else {
            return;
        };
        if !task.must_cancel {
            return;
        }
        task.must_cancel = false;
        let msg = task.cancel_msg.take();
        let e = self.cancelled_error(msg);
        if let Some(task) = self.tasks.get_mut(t as usize) {
            task.resume = Some(Err(e));
        }
    }

    /// Methods of futures and tasks.
    pub fn future_method(
        &mut self,
        r: ObjRef,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let Object::Future(f) = self.heap.get(r) else {
            return Err(self.type_error("not a future"));
        };
        let result = f.result;
        let task = match &f.kind {
            FutureKind::Task { id, name } => Some((*id, name.clone())),
            _ => None,
        };
        let cancelled = matches!(result, Some(Err(e)) if self.is_cancelled_error(e));
        match name {
            "done" => Ok(Value::Bool(result.is_some())),
            "cancelled" => Ok(Value::Bool(cancelled)),
            "cancel" => {
                self.only_kwargs("cancel", kwargs, &["msg"])?;
                let msg = args.first().copied().or(Self::kwarg(kwargs, "msg"));
                let msg = msg.filter(|m| !matches!(m, Value::None));
                Ok(Value::Bool(self.cancel_future_msg(r, msg)))
            }
            "cancelling" => {
                let n = task
                    .and_then(|(id, _)| self.tasks.get(id as usize))
                    .map(|t| t.cancel_requests)
                    .unwrap_or(0);
                Ok(Value::Int(n as i64))
            }
            "uncancel" => {
                let n = match task.and_then(|(id, _)| self.tasks.get_mut(id as usize)) {
                    Some(t) => {
                        t.cancel_requests = t.cancel_requests.saturating_sub(1);
                        t.cancel_requests
                    }
                    None => 0,
                };
                Ok(Value::Int(n as i64))
            }
            "get_name" => Ok(self.heap.str(task.map(|t| t.1).unwrap_or_default())),
            "set_name" => {
                let n = match args.first() {
                    Some(&v) => self.to_str(v)?,
                    None => return Err(self.type_error("set_name() takes exactly 1 argument")),
                };
                if let Object::Future(fo) = self.heap.get_mut(r) {
                    if let FutureKind::Task { name, .. } = &mut fo.kind {
                        *name = n;
                    }
                }
                Ok(Value::None)
            }
            "result" | "exception" if result.is_some() => {
                self.mark_retrieved(r);
                self.future_result_or_exception(r, name == "result", cancelled)
            }
            "result" => match result {
                Some(Err(e)) if cancelled => Err(Raise::Exc(self.reraised_cancel(e))),
                Some(Ok(v)) => Ok(v),
                Some(Err(e)) => Err(Raise::Exc(e)),
                None => Err(self.err(ClassId::InvalidStateError, "Result is not set.")),
            },
            "exception" => match result {
                Some(Err(e)) if cancelled => Err(Raise::Exc(self.reraised_cancel(e))),
                Some(Ok(_)) => Ok(Value::None),
                Some(Err(e)) => Ok(e),
                None => Err(self.err(ClassId::InvalidStateError, "Exception is not set.")),
            },
            "add_done_callback" => {
                self.only_kwargs("add_done_callback", kwargs, &["context"])?;
                self.arity("add_done_callback", args, 1, 1)?;
                self.add_done_callback(r, args[0])
            }
            "remove_done_callback" => {
                self.arity("remove_done_callback", args, 1, 1)?;
                self.remove_done_callback(r, args[0])
            }
            "set_result" | "set_exception" => {
                self.arity(name, args, 1, 1)?;
                self.future_set_outcome(r, name, args[0])
            }
            "get_loop" => Ok(self.running_loop()),
            _ => {
                let t = self.heap.get(r).class().name();
                Err(self.err(
                    ClassId::AttributeError,
                    format!("'{t}' object has no attribute '{name}'"),
                ))
            }
        }
    }

    /// `result()` / `exception()` of a done future.
    fn future_result_or_exception(
        &mut self,
        r: ObjRef,
        want_result: bool,
        cancelled: bool,
    ) -> PyResult<Value> {
        match (self.future_result(r), want_result) {
            (Some(Err(e)), _) if cancelled => Err(Raise::Exc(self.reraised_cancel(e))),
            (Some(Ok(v)), true) => Ok(v),
            (Some(Ok(_)), false) => Ok(Value::None),
            (Some(Err(e)), true) => Err(Raise::Exc(e)),
            (Some(Err(e)), false) => Ok(e),
            (None, _) => Ok(Value::None),
        }
    }

    /// The `CancelledError` that `result()`/`exception()` of a cancelled
    /// future raise (a fresh one with the same arguments, as CPython).
    fn reraised_cancel(&mut self, e: Value) -> Value {
        let args = match self.heap.obj(e) {
            Some(Object::Exception(x)) => x.args.clone(),
            _ => Vec::new(),
        };
        self.new_exception(ClassId::CancelledError, args)
    }
}
