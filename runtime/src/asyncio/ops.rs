//! Lazy operations: `lock.acquire()`, `sem.acquire()`, `event.wait()`,
//! `q.get()`, `q.put(x)` and `q.join()` are coroutines in CPython, so
//! calling one does nothing: its effect happens when it is first driven.
//!
//! Calling such a method returns a [`LazyOp`] (class `coroutine`). Awaiting
//! it performs the operation right then: when the operation completes at
//! once (a free lock, a queue with an item) the await gives the result
//! without allocating a future or blocking (the fast path of
//! `await q.get()`); otherwise the task blocks on the operation's waiter
//! future. `create_task(op)` (and `gather`, `wait_for`, `shield`, a task
//! group) wraps it in a frameless task whose first step, one loop
//! iteration later as a CPython task's, performs the operation: a task
//! cancelled before that step ends cancelled without touching the lock or
//! queue. A never-awaited operation has no effect at all (CPython also
//! warns "coroutine ... was never awaited" on stderr, which is not
//! reproduced).

use super::sync::AsyncObj;
use crate::classes::ClassId;
use crate::interp::exec::AwaitOut;
use crate::interp::{Interp, PyResult, Raise, Task};
use crate::object::{FutureKind, Object, Waiter};
use crate::value::{ObjRef, Value};
use serde::{Deserialize, Serialize};

/// The `soon` index that runs the first step of a task created over a
/// lazy operation (the entry's value is the operation object).
pub const LAZY_START: usize = usize::MAX - 1;

/// Which operation a [`LazyOp`] performs on its target.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum OpKind {
    /// `Lock.acquire()` / `Semaphore.acquire()`: `True` once held.
    Acquire,
    /// `Event.wait()`: `True` once set.
    Wait,
    /// `Queue.get()`: the item.
    Get,
    /// `Queue.put(item)`: `None` once stored.
    Put(Value),
    /// `Queue.join()`: `None` once every item is done.
    Join,
}

/// A not-yet-driven operation of a lock, event, semaphore or queue.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LazyOp {
    pub target: ObjRef,
    pub kind: OpKind,
    /// Awaited, wrapped in a task or closed: it cannot run again.
    pub used: bool,
}

/// What performing an operation gives.
pub(crate) enum OpOut {
    /// Finished at once.
    Done(Result<Value, Value>),
    /// Waiting on this (plain `Op`) future.
    Pending(ObjRef),
}

impl Interp {
    /// The coroutine-like object of `target.method()`.
    pub(crate) fn new_lazy_op(&mut self, target: ObjRef, kind: OpKind) -> Value {
        self.new_async(AsyncObj::LazyOp(LazyOp {
            target,
            kind,
            used: false,
        }))
    }

    /// The target and kind of a lazy operation that has not run yet,
    /// marking it used.
    fn take_lazy(&mut self, r: ObjRef) -> PyResult<(ObjRef, OpKind)> {
        match self.async_obj(r) {
            Some(AsyncObj::LazyOp(op)) if !op.used => {
                op.used = true;
                Ok((op.target, op.kind))
            }
            Some(AsyncObj::LazyOp(_)) => Err(self.err(
                ClassId::RuntimeError,
                "cannot reuse already awaited coroutine",
            )),
            _ => Err(self.type_error("not a coroutine")),
        }
    }

    /// `v` is a lazy operation that has not run yet.
    pub(crate) fn is_fresh_lazy_op(&self, v: Value) -> bool {
        matches!(self.heap.obj(v), Some(Object::Asyncio(a))
            if matches!(&**a, AsyncObj::LazyOp(op) if !op.used))
    }

    /// `await op`.
    pub(crate) fn await_lazy_op(&mut self, r: ObjRef) -> PyResult<AwaitOut> {
        let (target, kind) = self.take_lazy(r)?;
        match self.perform_op(target, kind)? {
            OpOut::Done(res) => Ok(AwaitOut::Ready(res)),
            OpOut::Pending(f) => self.await_value(Value::Obj(f)),
        }
    }

    /// `op.close()`: an operation that never ran is finished unrun.
    pub(crate) fn lazy_op_method(&mut self, r: ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "close" => {
                if let Some(AsyncObj::LazyOp(op)) = self.async_obj(r) {
                    op.used = true;
                }
                Ok(Value::None)
            }
            _ => Err(self.err(
                ClassId::AttributeError,
                format!("'coroutine' object has no attribute '{name}'"),
            )),
        }
    }

    /// Performs an operation now.
    pub(crate) fn perform_op(&mut self, target: ObjRef, kind: OpKind) -> PyResult<OpOut> {
        Ok(match kind {
            OpKind::Acquire => self.acquire_out(target, Value::Bool(true)),
            OpKind::Wait => {
                let is_set = matches!(
                    self.async_obj(target),
                    Some(AsyncObj::Event { set: true, .. })
                );
                if is_set {
                    OpOut::Done(Ok(Value::Bool(true)))
                } else {
                    let f = self.new_future(FutureKind::Op);
                    if let Some(AsyncObj::Event { waiters, .. }) = self.async_obj(target) {
                        waiters.push(f);
                    }
                    OpOut::Pending(f)
                }
            }
            OpKind::Get => match self.queue_take(target)? {
                Some(item) => {
                    self.queue_admit_putter(target)?;
                    OpOut::Done(Ok(item))
                }
                None => {
                    let f = self.new_future(FutureKind::Op);
                    if let Some(AsyncObj::Queue(q)) = self.async_obj(target) {
                        q.getters.push_back(f);
                    }
                    OpOut::Pending(f)
                }
            },
            OpKind::Put(v) => {
                let full = match self.async_obj(target) {
                    Some(AsyncObj::Queue(q)) => q.maxsize > 0 && q.items.len() as i64 >= q.maxsize,
                    _ => false,
                };
                if full {
                    let f = self.new_future(FutureKind::Op);
                    if let Some(AsyncObj::Queue(q)) = self.async_obj(target) {
                        q.putters.push_back((f, v));
                    }
                    OpOut::Pending(f)
                } else {
                    self.queue_put_nowait(target, v)?;
                    OpOut::Done(Ok(Value::None))
                }
            }
            OpKind::Join => {
                let idle = match self.async_obj(target) {
                    Some(AsyncObj::Queue(q)) => q.unfinished == 0,
                    _ => true,
                };
                if idle {
                    OpOut::Done(Ok(Value::None))
                } else {
                    let f = self.new_future(FutureKind::Op);
                    if let Some(AsyncObj::Queue(q)) = self.async_obj(target) {
                        q.joiners.push(f);
                    }
                    OpOut::Pending(f)
                }
            }
        })
    }

    /// `create_task(op)`: a frameless task whose first step (one loop
    /// iteration later) performs the operation.
    pub(crate) fn spawn_lazy(&mut self, op: ObjRef) -> PyResult<ObjRef> {
        self.take_lazy(op)?;
        let id = self.tasks.len() as u32;
        let name = format!("Task-{}", self.next_task_name);
        self.next_task_name += 1;
        let fut = self.new_future(FutureKind::Task { id, name });
        self.heap.account(128);
        self.tasks.push(Task::new(Vec::new(), fut));
        self.soon.push_back((fut, LAZY_START, Ok(Value::Obj(op))));
        self.ready.push_back(super::SOON);
        Ok(fut)
    }

    /// The first step of a task over a lazy operation (`spawn_lazy`).
    pub(crate) fn lazy_task_start(
        &mut self,
        task: ObjRef,
        id: usize,
        op: Value,
        work: &mut Vec<(ObjRef, Result<Value, Value>)>,
    ) {
        let cancel = match self.tasks.get_mut(id) {
            Some(t) if t.done => return,
            Some(t) => std::mem::take(&mut t.must_cancel).then(|| t.cancel_msg.take()),
            None => return,
        };
        let target = match op.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Asyncio(a)) => match &**a {
                AsyncObj::LazyOp(o) => Some((o.target, o.kind)),
                _ => None,
            },
            _ => None,
        };
        let out = match (cancel, target) {
            (Some(msg), _) => Ok(OpOut::Done(Err(self.cancelled_error(msg)))),
            (None, Some((target, kind))) => self.perform_op(target, kind),
            (None, None) => Ok(OpOut::Done(Ok(Value::None))),
        };
        let res = match out {
            Ok(OpOut::Pending(f)) => {
                if let Some(t) = self.tasks.get_mut(id) {
                    t.waiting_on = Some(f);
                }
                if let Some(r) = self.add_waiter(
                    f,
                    Waiter::Child {
                        parent: task,
                        index: 0,
                    },
                ) {
                    self.soon.push_back((task, 0, r));
                    self.ready.push_back(super::SOON);
                }
                return;
            }
            Ok(OpOut::Done(r)) => r,
            Err(Raise::Exc(e)) => Err(e),
            Err(_) => Ok(Value::None),
        };
        if let Some(t) = self.tasks.get_mut(id) {
            t.done = true;
        }
        work.push((task, res));
    }
}
