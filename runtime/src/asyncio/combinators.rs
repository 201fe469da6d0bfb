//! Combinator futures: `gather`, `wait_for`, `wait`, `as_completed`.
//!
//! Each is a future whose children (and timer) report to it through
//! `Waiter::Child { parent, index }`; [`Interp::child_done`] updates the
//! parent's state and, when the parent is complete, pushes it on the
//! completion work list of `complete_future` (no recursion per child).
//! Children that are already done when the combinator is built are routed
//! at once, in argument order.

use super::ReturnWhen;
use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::{FutureKind, IterObj, Object, Waiter};
use crate::value::{ObjRef, Value};

type Work = Vec<(ObjRef, Result<Value, Value>)>;

impl Interp {
    /// Child `index` of combinator `parent` finished with `r`.
    pub(crate) fn child_done(
        &mut self,
        parent: ObjRef,
        index: usize,
        r: Result<Value, Value>,
        work: &mut Work,
    ) {
        let Object::Future(f) = self.heap.get_mut(parent) else {
            return;
        };
        if f.result.is_some() {
            return;
        }
        match &mut f.kind {
            FutureKind::Gather {
                results,
                remaining,
                return_exceptions,
                cancel_requested,
                ..
            } => {
                match r {
                    Ok(v) => results[index] = v,
                    Err(e) if *return_exceptions => results[index] = e,
                    Err(e) => {
                        work.push((parent, Err(e)));
                        return;
                    }
                }
                *remaining -= 1;
                if *remaining == 0 {
                    if *cancel_requested {
                        let e = self.cancelled_error(None);
                        work.push((parent, Err(e)));
                    } else {
                        let items = std::mem::take(results);
                        let l = self.heap.list(items);
                        work.push((parent, Ok(l)));
                    }
                }
            }
            FutureKind::WaitFor {
                inner,
                timer,
                timed_out,
                cancelled,
            } => {
                let (inner, timer, timed_out, cancelled) = (*inner, *timer, *timed_out, *cancelled);
                if index == 0 {
                    if let Some(t) = timer {
                        self.disarm_timer(t);
                    }
                    let res = match r {
                        _ if cancelled => Err(self.cancelled_error(None)),
                        Err(e) if timed_out && self.is_cancelled_error(e) => {
                            let te = self.new_exception(ClassId::TimeoutError, Vec::new());
                            if let Some(Object::Exception(x)) =
                                te.as_obj().map(|t| self.heap.get_mut(t))
                            {
                                x.cause = e;
                                x.suppress_context = true;
                            }
                            Err(te)
                        }
                        r => r,
                    };
                    work.push((parent, res));
                } else if self.future_result(inner).is_none() {
                    if let Object::Future(f) = self.heap.get_mut(parent) {
                        if let FutureKind::WaitFor { timed_out, .. } = &mut f.kind {
                            *timed_out = true;
                        }
                    }
                    self.cancel_future(inner);
                }
            }
            FutureKind::Wait {
                children,
                return_when,
                timer,
            } => {
                let (n, rw, timer) = (children.len(), *return_when, *timer);
                let children = children.clone();
                let fire = index >= n
                    || match rw {
                        ReturnWhen::FirstCompleted => true,
                        ReturnWhen::FirstException => {
                            matches!(r, Err(e) if !self.is_cancelled_error(e))
                                || children.iter().all(|c| self.future_result(*c).is_some())
                        }
                        ReturnWhen::AllCompleted => {
                            children.iter().all(|c| self.future_result(*c).is_some())
                        }
                    };
                if fire {
                    if let Some(t) = timer {
                        self.disarm_timer(t);
                    }
                    let v = self.done_pending(&children);
                    work.push((parent, Ok(v)));
                }
            }
            FutureKind::AsCompleted { outs, filled } => {
                if index == usize::MAX {
                    let rest: Vec<ObjRef> = outs[*filled..].to_vec();
                    *filled = outs.len();
                    for o in rest {
                        let e = self.new_exception(ClassId::TimeoutError, Vec::new());
                        work.push((o, Err(e)));
                    }
                } else if *filled < outs.len() {
                    let o = outs[*filled];
                    *filled += 1;
                    work.push((o, r));
                }
            }
            FutureKind::Task { id, .. } if index == super::ops::LAZY_START => {
                let id = *id as usize;
                self.lazy_task_start(parent, id, r.unwrap_or(Value::None), work);
            }
            FutureKind::Task { id, .. } => {
                // A frameless task mirroring its wrapped future.
                let id = *id as usize;
                let mut cancel = None;
                if let Some(t) = self.tasks.get_mut(id) {
                    t.done = true;
                    t.waiting_on = None;
                    // `cancel()` after the wrapped future finished but
                    // before the task's step: the task ends cancelled.
                    if std::mem::take(&mut t.must_cancel) {
                        cancel = Some(t.cancel_msg.take());
                    }
                }
                let r = match cancel {
                    Some(msg) => Err(self.cancelled_error(msg)),
                    None => r,
                };
                work.push((parent, r));
            }
            FutureKind::Hub { owner } => {
                let owner = *owner;
                self.hub_child_done(owner, index, r);
            }
            _ => {}
        }
    }

    /// Registers `parent`'s child `index`, routing it at once if done.
    fn watch(&mut self, child: ObjRef, parent: ObjRef, index: usize) {
        if let Some(r) = self.add_waiter(child, Waiter::Child { parent, index }) {
            let mut work = Vec::new();
            self.child_done(parent, index, r, &mut work);
            for (f, r) in work {
                self.complete_future(f, r);
            }
        }
    }

    /// `(done, pending)` sets of `children`.
    fn done_pending(&mut self, children: &[ObjRef]) -> Value {
        let (mut done, mut pending) = (Vec::new(), Vec::new());
        for &c in children {
            if self.future_result(c).is_some() {
                done.push(Value::Obj(c));
            } else {
                pending.push(Value::Obj(c));
            }
        }
        let d = self.new_set(&done).unwrap_or(Value::None);
        let p = self.new_set(&pending).unwrap_or(Value::None);
        self.heap.tuple(vec![d, p])
    }

    /// `asyncio.gather(*aws, return_exceptions=False)`.
    pub(crate) fn gather(&mut self, args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Value> {
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
            cancel_requested: false,
        });
        if n == 0 {
            let l = self.heap.list(Vec::new());
            self.complete_future(g, Ok(l));
        }
        for (i, c) in children.into_iter().enumerate() {
            self.watch(c, g, i);
        }
        Ok(Value::Obj(g))
    }

    /// `asyncio.wait_for(aw, timeout)`.
    pub(crate) fn wait_for(&mut self, args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Value> {
        self.only_kwargs("wait_for", kwargs, &["timeout"])?;
        self.arity("wait_for", args, 1, 2)?;
        let Some(timeout) = args.get(1).copied().or(Self::kwarg(kwargs, "timeout")) else {
            return Err(
                self.type_error("wait_for() missing 1 required positional argument: 'timeout'")
            );
        };
        if matches!(timeout, Value::None) {
            return Ok(args[0]);
        }
        let delay = self.delay_arg(timeout, "<=")?;
        let inner = self.ensure_future(args[0])?;
        if delay <= 0.0 {
            if self.future_result(inner).is_some() {
                return Ok(Value::Obj(inner));
            }
            let w = self.new_future(FutureKind::WaitFor {
                inner,
                timer: None,
                timed_out: true,
                cancelled: false,
            });
            self.watch(inner, w, 0);
            self.cancel_future(inner);
            return Ok(Value::Obj(w));
        }
        let timer = self.new_timer(delay, Value::None);
        let w = self.new_future(FutureKind::WaitFor {
            inner,
            timer: Some(timer),
            timed_out: false,
            cancelled: false,
        });
        self.watch(inner, w, 0);
        self.watch(timer, w, 1);
        Ok(Value::Obj(w))
    }

    /// The futures of an iterable argument of `wait`/`as_completed`.
    fn future_set(&mut self, fs: Value) -> PyResult<Vec<ObjRef>> {
        if matches!(
            self.heap.obj(fs),
            Some(Object::Coroutine(_) | Object::Future(_))
        ) {
            let t = self.heap.type_name(fs);
            return Err(self.type_error(format!("expect an iterable of futures, not {t}")));
        }
        let items = self.iterate(fs)?;
        let mut out: Vec<ObjRef> = Vec::with_capacity(items.len());
        for v in items {
            let f = self.ensure_future(v)?;
            if !out.contains(&f) {
                out.push(f);
            }
        }
        Ok(out)
    }

    /// `asyncio.wait(fs, timeout=None, return_when=ALL_COMPLETED)`.
    pub(crate) fn wait(&mut self, args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Value> {
        self.only_kwargs("wait", kwargs, &["timeout", "return_when"])?;
        self.arity("wait", args, 1, 3)?;
        let children = self.future_set(args[0])?;
        if children.is_empty() {
            return Err(self.value_error("Set of Tasks/Futures is empty."));
        }
        let timeout = args
            .get(1)
            .copied()
            .or(Self::kwarg(kwargs, "timeout"))
            .unwrap_or(Value::None);
        let rw = args.get(2).copied().or(Self::kwarg(kwargs, "return_when"));
        let return_when = match rw.and_then(|v| self.heap.as_str(v)) {
            None if rw.is_none() => ReturnWhen::AllCompleted,
            Some("ALL_COMPLETED") => ReturnWhen::AllCompleted,
            Some("FIRST_COMPLETED") => ReturnWhen::FirstCompleted,
            Some("FIRST_EXCEPTION") => ReturnWhen::FirstException,
            _ => {
                let r = self.repr(rw.unwrap_or(Value::None))?;
                return Err(self.value_error(format!("Invalid return_when value: {r}")));
            }
        };
        let timer = if matches!(timeout, Value::None) {
            None
        } else {
            let d = self.delay_arg(timeout, "<=")?;
            Some(self.new_timer(d, Value::None))
        };
        let n = children.len();
        let w = self.new_future(FutureKind::Wait {
            children: children.clone(),
            return_when,
            timer,
        });
        for (i, c) in children.into_iter().enumerate() {
            self.watch(c, w, i);
        }
        if let Some(t) = timer {
            self.watch(t, w, n);
        }
        Ok(Value::Obj(w))
    }

    /// `asyncio.as_completed(fs, timeout=None)`: an iterator of awaitables,
    /// the k-th giving the k-th result to arrive.
    pub(crate) fn as_completed(
        &mut self,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        self.only_kwargs("as_completed", kwargs, &["timeout"])?;
        self.arity("as_completed", args, 1, 2)?;
        let children = self.future_set(args[0])?;
        let timeout = args
            .get(1)
            .copied()
            .or(Self::kwarg(kwargs, "timeout"))
            .unwrap_or(Value::None);
        let outs: Vec<ObjRef> = (0..children.len())
            .map(|_| self.new_future(FutureKind::Op))
            .collect();
        let hub = self.new_future(FutureKind::AsCompleted {
            outs: outs.clone(),
            filled: 0,
        });
        for (i, c) in children.into_iter().enumerate() {
            self.watch(c, hub, i);
        }
        if !matches!(timeout, Value::None) {
            let d = self.delay_arg(timeout, "<=")?;
            let t = self.new_timer(d, Value::None);
            self.watch(t, hub, usize::MAX);
        }
        let items = outs.into_iter().map(Value::Obj).collect();
        Ok(Value::Obj(
            self.heap
                .alloc(Object::Iter(IterObj::Values { items, idx: 0 })),
        ))
    }
}
