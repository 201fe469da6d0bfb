//! `asyncio.TaskGroup` (with `ExceptionGroup` for failures) and
//! `asyncio.timeout()`, following CPython 3.11's `taskgroups.py` and
//! `timeouts.py`.
//!
//! Both own a hub future (`FutureKind::Hub`): the group's tasks, or the
//! timeout's timer, report to it as children and land in
//! [`Interp::hub_child_done`]. A failing task cancels its siblings and the
//! task running the `async with` body (unless it is already in
//! `__aexit__`); `__aexit__` waits for every task, then raises the
//! collected errors as an `ExceptionGroup`. An expiring timeout cancels its
//! task; `__aexit__` turns the resulting `CancelledError` into
//! `TimeoutError`.

use super::sync::AsyncObj;
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::{FutureKind, Object, Waiter};
use crate::value::{ObjRef, Value};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TaskGroupState {
    pub hub: ObjRef,
    pub pending: usize,
    pub tasks: Vec<ObjRef>,
    pub errors: Vec<Value>,
    pub entered: bool,
    pub exiting: bool,
    pub aborting: bool,
    pub parent_task: u32,
    pub parent_cancel_requested: bool,
    pub exit_fut: Option<ObjRef>,
    pub body_exc: Option<Value>,
    pub propagate_cancel: Option<Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeoutPhase {
    Created,
    Entered,
    Expiring,
    Expired,
    Exited,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TimeoutState {
    pub hub: ObjRef,
    /// Deadline in ns of the run's clock.
    pub when: Option<u64>,
    pub task: u32,
    pub timer: Option<ObjRef>,
    pub phase: TimeoutPhase,
    /// Bumped by each (re)scheduling: only the current timer's report
    /// (its child index) expires the timeout.
    #[serde(default)]
    pub gen: usize,
}

impl Interp {
    // ----- TaskGroup ---------------------------------------------------

    fn group(&mut self, r: ObjRef) -> Option<&mut TaskGroupState> {
        match self.async_obj(r) {
            Some(AsyncObj::TaskGroup(g)) => Some(g),
            _ => None,
        }
    }

    pub(crate) fn task_group_method(
        &mut self,
        r: ObjRef,
        name: &str,
        args: &[Value],
    ) -> PyResult<CallOut> {
        let v = match name {
            "__aenter__" => {
                let cur = self.current;
                let Some(g) = self.group(r) else {
                    return Ok(CallOut::Value(Value::None));
                };
                if g.entered {
                    return Err(self.err(
                        ClassId::RuntimeError,
                        "TaskGroup <TaskGroup entered> has been already entered",
                    ));
                }
                g.entered = true;
                g.parent_task = cur;
                Value::Obj(self.done_op(Ok(Value::Obj(r))))
            }
            "create_task" => {
                self.arity("create_task", args, 1, 1)?;
                let (entered, exiting, aborting, hub) = match self.group(r) {
                    Some(g) => (g.entered, g.exiting, g.aborting, g.hub),
                    None => (false, false, false, r),
                };
                if !entered {
                    return Err(self.err(
                        ClassId::RuntimeError,
                        "TaskGroup <TaskGroup> has not been entered",
                    ));
                }
                if (exiting && self.group(r).is_some_and(|g| g.pending == 0)) || aborting {
                    return Err(self.err(
                        ClassId::RuntimeError,
                        "TaskGroup <TaskGroup exiting> is finished",
                    ));
                }
                let coro = match args[0].as_obj() {
                    Some(c) if self.is_coroutine_like(args[0]) => c,
                    _ => {
                        let rep = self.repr(args[0])?;
                        return Err(self.type_error(format!("a coroutine was expected, got {rep}")));
                    }
                };
                let t = if matches!(self.heap.get(coro), Object::Coroutine(_)) {
                    self.spawn_task(coro)?
                } else if self.is_fresh_lazy_op(args[0]) {
                    self.spawn_lazy(coro)?
                } else {
                    self.spawn_wrapping(coro)
                };
                let index = match self.group(r) {
                    Some(g) => {
                        g.tasks.push(t);
                        g.pending += 1;
                        g.tasks.len() - 1
                    }
                    None => 0,
                };
                if let Some(res) = self.add_waiter(t, Waiter::Child { parent: hub, index }) {
                    self.hub_child_done(r, index, res);
                }
                Value::Obj(t)
            }
            "__aexit__" => {
                let exc = args.get(1).copied().unwrap_or(Value::None);
                self.task_group_exit(r, exc)
            }
            _ => {
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'TaskGroup' object has no attribute '{name}'"),
                ))
            }
        };
        Ok(CallOut::Value(v))
    }

    fn task_group_abort(&mut self, r: ObjRef) {
        let tasks = match self.group(r) {
            Some(g) if !g.aborting => {
                g.aborting = true;
                g.tasks.clone()
            }
            _ => return,
        };
        for t in tasks {
            self.cancel_future(t);
        }
    }

    fn task_group_exit(&mut self, r: ObjRef, exc: Value) -> Value {
        let is_cancel = !matches!(exc, Value::None) && self.is_cancelled_error(exc);
        let (parent_cancel_requested, parent) = match self.group(r) {
            Some(g) => {
                g.exiting = true;
                (g.parent_cancel_requested, g.parent_task)
            }
            None => return Value::Obj(self.done_op(Ok(Value::None))),
        };
        let mut propagate = is_cancel.then_some(exc);
        if parent_cancel_requested {
            if let Some(t) = self.tasks.get_mut(parent as usize) {
                t.cancel_requests = t.cancel_requests.saturating_sub(1);
                if t.cancel_requests == 0 {
                    propagate = None;
                }
            }
        }
        if !matches!(exc, Value::None) {
            self.task_group_abort(r);
        }
        let pending = match self.group(r) {
            Some(g) => {
                g.propagate_cancel = propagate;
                if !matches!(exc, Value::None) && !is_cancel {
                    g.body_exc = Some(exc);
                }
                g.pending
            }
            None => 0,
        };
        if pending == 0 {
            let res = self.task_group_result(r);
            return Value::Obj(self.done_op(res));
        }
        let f = self.new_future(FutureKind::Op);
        if let Some(g) = self.group(r) {
            g.exit_fut = Some(f);
        }
        Value::Obj(f)
    }

    /// What `__aexit__` ends with once every task is done.
    fn task_group_result(&mut self, r: ObjRef) -> Result<Value, Value> {
        let Some(g) = self.group(r) else {
            return Ok(Value::None);
        };
        let mut errors = std::mem::take(&mut g.errors);
        if let Some(c) = g.propagate_cancel.take() {
            if errors.is_empty() {
                return Err(c);
            }
        }
        if let Some(e) = g.body_exc.take() {
            errors.push(e);
        }
        if errors.is_empty() {
            return Ok(Value::None);
        }
        Err(self.exception_group("unhandled errors in a TaskGroup", errors))
    }

    /// `BaseExceptionGroup(msg, excs)` (an `ExceptionGroup` when every
    /// member is an `Exception`).
    pub fn exception_group(&mut self, msg: &str, excs: Vec<Value>) -> Value {
        let all_exc = excs
            .iter()
            .all(|&e| self.heap.class_of(e).is_subclass(ClassId::Exception));
        let cls = if all_exc {
            ClassId::ExceptionGroup
        } else {
            ClassId::BaseExceptionGroup
        };
        let m = self.heap.str(msg);
        let l = self.heap.list(excs);
        self.new_exception(cls, vec![m, l])
    }

    /// A child of a task group or the timer of a `timeout()` finished.
    pub(crate) fn hub_child_done(&mut self, owner: ObjRef, index: usize, r: Result<Value, Value>) {
        match self.async_obj(owner) {
            Some(AsyncObj::TaskGroup(_)) => {
                let failed = matches!(r, Err(e) if !self.is_cancelled_error(e));
                let (exiting, parent) = match self.group(owner) {
                    Some(g) => {
                        g.pending = g.pending.saturating_sub(1);
                        if let (true, Err(e)) = (failed, r) {
                            g.errors.push(e);
                        }
                        (g.exiting, g.parent_task)
                    }
                    None => return,
                };
                let _ = index;
                if failed {
                    self.task_group_abort(owner);
                    let already = self.group(owner).is_some_and(|g| g.parent_cancel_requested);
                    if !exiting && !already {
                        if let Some(g) = self.group(owner) {
                            g.parent_cancel_requested = true;
                        }
                        if let Some(pf) = self.tasks.get(parent as usize).map(|t| t.future) {
                            self.cancel_future(pf);
                        }
                    }
                }
                let done = self
                    .group(owner)
                    .is_some_and(|g| g.exiting && g.pending == 0);
                if done {
                    let f = self.group(owner).and_then(|g| g.exit_fut.take());
                    if let Some(f) = f {
                        let res = self.task_group_result(owner);
                        self.complete_future(f, res);
                    }
                }
            }
            Some(AsyncObj::DoneCallback { .. } | AsyncObj::Shield { .. }) => {
                self.extras_hub_done(owner, r);
            }
            Some(AsyncObj::Timeout(t)) => {
                if t.phase != TimeoutPhase::Entered || t.gen != index {
                    return;
                }
                t.phase = TimeoutPhase::Expiring;
                let task = t.task;
                if let Some(pf) = self.tasks.get(task as usize).map(|t| t.future) {
                    self.cancel_future(pf);
                }
            }
            _ => {}
        }
    }

    // ----- timeout() ---------------------------------------------------

    /// A new `Timeout` with deadline `when` (ns of the run's clock).
    pub(crate) fn new_timeout(&mut self, when: Option<u64>) -> Value {
        let hub = self.new_future(FutureKind::Op);
        let v = self.new_async(AsyncObj::Timeout(Box::new(TimeoutState {
            hub,
            when,
            task: self.current,
            timer: None,
            phase: TimeoutPhase::Created,
            gen: 0,
        })));
        if let (Object::Future(f), Some(o)) = (self.heap.get_mut(hub), v.as_obj()) {
            f.kind = FutureKind::Hub { owner: o };
        }
        v
    }

    /// `Timeout.reschedule(when)`: disarms the current timer and arms one
    /// for `when` (a past deadline expires on the next loop iteration).
    fn timeout_reschedule(&mut self, r: ObjRef, when: Option<u64>) {
        let Some(AsyncObj::Timeout(t)) = self.async_obj(r) else {
            return;
        };
        t.when = when;
        t.gen += 1;
        let (old, hub, gen) = (t.timer.take(), t.hub, t.gen);
        if let Some(old) = old {
            self.disarm_timer(old);
        }
        let Some(when) = when else {
            return;
        };
        let delay = when.saturating_sub(self.now_ns()) as f64 / 1e9;
        let timer = self.new_timer(delay, Value::None);
        if let Some(AsyncObj::Timeout(t)) = self.async_obj(r) {
            t.timer = Some(timer);
        }
        if let Some(res) = self.add_waiter(
            timer,
            Waiter::Child {
                parent: hub,
                index: gen,
            },
        ) {
            self.soon.push_back((hub, gen, res));
            self.ready.push_back(super::SOON);
        }
    }

    pub(crate) fn timeout_method(
        &mut self,
        r: ObjRef,
        name: &str,
        args: &[Value],
    ) -> PyResult<CallOut> {
        let cur = self.current;
        let Some(AsyncObj::Timeout(t)) = self.async_obj(r) else {
            return Ok(CallOut::Value(Value::None));
        };
        let v = match name {
            "when" => match t.when {
                Some(ns) => Value::Float(ns as f64 / 1e9),
                None => Value::None,
            },
            "expired" => Value::Bool(matches!(
                t.phase,
                TimeoutPhase::Expiring | TimeoutPhase::Expired
            )),
            "__aenter__" => {
                if t.phase != TimeoutPhase::Created {
                    return Err(self.err(ClassId::RuntimeError, "Timeout has already been entered"));
                }
                t.phase = TimeoutPhase::Entered;
                t.task = cur;
                let when = t.when;
                self.timeout_reschedule(r, when);
                Value::Obj(self.done_op(Ok(Value::Obj(r))))
            }
            "reschedule" => {
                let phase = t.phase;
                self.arity("reschedule", args, 1, 1)?;
                if phase != TimeoutPhase::Entered {
                    let state = match phase {
                        TimeoutPhase::Created => {
                            return Err(
                                self.err(ClassId::RuntimeError, "Timeout has not been entered")
                            )
                        }
                        TimeoutPhase::Entered => "active",
                        TimeoutPhase::Expiring => "expiring",
                        TimeoutPhase::Expired => "expired",
                        TimeoutPhase::Exited => "finished",
                    };
                    return Err(self.err(
                        ClassId::RuntimeError,
                        format!("Cannot change state of {state} Timeout"),
                    ));
                }
                let when = match args[0] {
                    Value::None => None,
                    w => {
                        let w = self.delay_arg(w, "<=")?;
                        Some(super::extras::secs_to_ns(w))
                    }
                };
                self.timeout_reschedule(r, when);
                Value::None
            }
            "__aexit__" => {
                let exc = args.get(1).copied().unwrap_or(Value::None);
                let (phase, timer, task) = (t.phase, t.timer.take(), t.task);
                if let Some(timer) = timer {
                    self.disarm_timer(timer);
                }
                let res = if phase == TimeoutPhase::Expiring {
                    if let Some(AsyncObj::Timeout(t)) = self.async_obj(r) {
                        t.phase = TimeoutPhase::Expired;
                    }
                    if let Some(t) = self.tasks.get_mut(task as usize) {
                        t.cancel_requests = t.cancel_requests.saturating_sub(1);
                    }
                    if !matches!(exc, Value::None) && self.is_cancelled_error(exc) {
                        let te = self.new_exception(ClassId::TimeoutError, Vec::new());
                        if let Some(Object::Exception(x)) =
                            te.as_obj().map(|t| self.heap.get_mut(t))
                        {
                            x.cause = exc;
                            x.suppress_context = true;
                        }
                        Err(te)
                    } else {
                        Ok(Value::None)
                    }
                } else {
                    if let Some(AsyncObj::Timeout(t)) = self.async_obj(r) {
                        t.phase = TimeoutPhase::Exited;
                    }
                    Ok(Value::None)
                };
                Value::Obj(self.done_op(res))
            }
            _ => {
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'Timeout' object has no attribute '{name}'"),
                ))
            }
        };
        Ok(CallOut::Value(v))
    }
}
