//! `loop.call_soon`, `loop.call_later`, `loop.call_at` and their
//! `Handle`/`TimerHandle` objects, and how a failing callback is reported.
//!
//! Ordering follows CPython's `_run_once`: a `call_soon` callback is an
//! entry of the same FIFO ready queue that wakes tasks (a
//! [`super::SOON`] entry whose `soon` index is [`HANDLE_RUN`]), so it runs
//! after everything scheduled before it and before everything scheduled
//! after it. A timer handle sits in the run's timer list (the same list as
//! `asyncio.sleep`'s timers, ordered by deadline) and its callback runs
//! as soon as it fires, before the tasks that firing woke, as CPython runs
//! due timer handles in the iteration they fall due while the woken tasks
//! step one iteration later. A `call_later` delay that is already due
//! (`<= 0`) is still a timer: it runs at the end of the next iteration,
//! after the callbacks ready then (so `call_later(0, f)` then
//! `call_soon(g)` runs `g` first, as CPython). `handle.cancel()` disarms
//! the handle; a cancelled handle never runs.
//!
//! An exception raised by a callback (a handle's or a done callback's) is
//! reported on stderr as CPython's loop logs it ("Exception in callback
//! ...", with the traceback) and the loop goes on. The report counts
//! against the run's output limit (it is not written once the limit is
//! reached), so a program cannot flood the host's stderr.

use super::sync::AsyncObj;
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult, Raise};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use serde::{Deserialize, Serialize};

/// The `soon` index of an entry that runs a `call_soon` handle (the
/// entry's future slot holds the handle object).
pub const HANDLE_RUN: usize = usize::MAX - 2;

/// A scheduled callback.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HandleState {
    pub cb: Value,
    pub args: Vec<Value>,
    pub cancelled: bool,
    pub ran: bool,
    /// The deadline (ns of the run's clock) of a `TimerHandle`.
    pub when: Option<u64>,
}

impl Interp {
    /// `loop.call_soon(cb, *args)`, `call_later(delay, cb, *args)`,
    /// `call_at(when, cb, *args)`.
    pub(crate) fn loop_schedule(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        let timed = name != "call_soon";
        let min = if timed { 2 } else { 1 };
        if args.len() < min {
            let what = if timed {
                "2 required positional arguments"
            } else {
                "1 required positional argument"
            };
            let missing = if timed {
                "'when' and 'callback'"
            } else {
                "'callback'"
            };
            let missing = if name == "call_later" {
                "'delay' and 'callback'"
            } else {
                missing
            };
            return Err(
                self.type_error(format!("BaseEventLoop.{name}() missing {what}: {missing}"))
            );
        }
        let (when, cb, rest) = if timed {
            let t = self.delay_arg(args[0], "<=")?;
            let when = if name == "call_later" {
                self.now_ns().saturating_add(super::extras::secs_to_ns(t))
            } else {
                super::extras::secs_to_ns(t)
            };
            (Some(when), args[1], &args[2..])
        } else {
            (None, args[0], &args[1..])
        };
        // CPython checks the callback only in debug mode: a bad one
        // fails when it runs.
        let h = self.new_async(AsyncObj::Handle(Box::new(HandleState {
            cb,
            args: rest.to_vec(),
            cancelled: false,
            ran: false,
            when,
        })));
        let Some(hr) = h.as_obj() else {
            return Ok(Value::None);
        };
        match when {
            Some(w) => self.timers.push((w, hr)),
            None => {
                self.soon.push_back((hr, HANDLE_RUN, Ok(Value::None)));
                self.ready.push_back(super::SOON);
            }
        }
        Ok(h)
    }

    /// Methods of `Handle`/`TimerHandle`.
    pub(crate) fn handle_method(
        &mut self,
        r: ObjRef,
        name: &str,
        args: &[Value],
    ) -> PyResult<Value> {
        self.arity(name, args, 0, 0)?;
        let Some(AsyncObj::Handle(h)) = self.async_obj(r) else {
            return Err(self.type_error("not a handle"));
        };
        match name {
            "cancel" => {
                let was = h.cancelled;
                h.cancelled = true;
                // CPython drops the callback and its arguments.
                h.args.clear();
                if !was && h.when.is_some() {
                    self.timers.retain(|t| t.1 != r);
                }
                Ok(Value::None)
            }
            "cancelled" => Ok(Value::Bool(h.cancelled)),
            "when" => match h.when {
                Some(w) => Ok(Value::Float(w as f64 / 1e9)),
                None => Err(self.err(
                    ClassId::AttributeError,
                    "'Handle' object has no attribute 'when'",
                )),
            },
            _ => {
                let t = self.heap.get(r).class().name();
                Err(self.err(
                    ClassId::AttributeError,
                    format!("'{t}' object has no attribute '{name}'"),
                ))
            }
        }
    }

    /// `r` is a handle (a timer list entry that is not a future).
    pub(crate) fn is_handle(&self, r: ObjRef) -> bool {
        matches!(self.heap.get(r), Object::Asyncio(a) if matches!(**a, AsyncObj::Handle(_)))
    }

    /// Runs a handle's callback unless it was cancelled (or already ran).
    pub(crate) fn run_handle(&mut self, r: ObjRef) {
        let (cb, args) = match self.async_obj(r) {
            Some(AsyncObj::Handle(h)) if !h.cancelled && !h.ran => {
                h.ran = true;
                (h.cb, std::mem::take(&mut h.args))
            }
            _ => return,
        };
        self.run_callback(cb, &args);
    }

    /// Calls a loop callback (inside the running loop, so
    /// `get_running_loop()` works); an exception it raises is reported.
    pub(crate) fn run_callback(&mut self, cb: Value, args: &[Value]) {
        let module = self.module.clone();
        let r = self.nested(|it| match it.call_value(&module, cb, args, &[], true)? {
            CallOut::Value(v) => Ok(v),
            CallOut::Push(f) => it.run_nested(f, None),
            CallOut::Native(f, c) => it.run_nested(f, Some(c)),
        });
        if let Err(Raise::Exc(e)) = r {
            // `Handle._run` lets SystemExit escape the loop.
            let is_exit = matches!(
                self.heap.obj(e),
                Some(crate::object::Object::Exception(x)) if x.class.is_subclass(ClassId::SystemExit)
            );
            if is_exit {
                self.sys.pending_exit.get_or_insert(e);
                return;
            }
            self.report_callback_error(cb, args, e);
        }
    }

    /// CPython's `default_exception_handler` output for a failing
    /// callback, on stderr.
    fn report_callback_error(&mut self, cb: Value, args: &[Value], e: Value) {
        let name = match self.get_attr(cb, "__qualname__") {
            Ok(v) => self.to_str(v).ok(),
            Err(_) => None,
        };
        let name = match name {
            Some(n) => n,
            None => self.repr(cb).unwrap_or_default(),
        };
        let mut shown = Vec::with_capacity(args.len());
        for &a in args {
            shown.push(self.repr(a).unwrap_or_default());
        }
        let call = format!("{name}({})", shown.join(", "));
        let tb = self.py_exception(e).traceback;
        let text = format!("Exception in callback {call}\nhandle: <Handle {call}>\n{tb}");
        // A full output limit just drops the report (the run goes on).
        let _ = self.write_stderr(&text);
    }
}
