//! What `asyncio.run` does around the main coroutine: the native side of
//! the shutdown written in Python (`cps/src/pystd/_pycps_asyncio.py`,
//! `run_main`), reached as `asyncio._pycps(op, ...)`.
//!
//! * `asyncio.run(coro)` pushes `run_main(coro)` (when the program
//!   includes the Python half; otherwise the bare coroutine) on the
//!   module's task ([`Interp::asyncio_run_coro`]).
//! * Async generators are registered when first iterated, with the task
//!   iterating them ([`Interp::register_agen`]); the shutdown closes the
//!   unfinished ones.
//! * A task's exception counts as retrieved once it was delivered to an
//!   awaiter or a combinator, or asked for with `result()`/`exception()`
//!   ([`Interp::mark_retrieved`]); failed tasks without it are reported on
//!   stderr ("Task exception was never retrieved") at the shutdown, where
//!   CPython's collector would report them around that time.
//! * Reports go to stderr as CPython's default exception handler writes
//!   them, and count against the run's output limit.
//!
//! Invariant: these operations never run user code except through `repr`
//! of the objects they report, and never panic.

use super::sync::AsyncObj;
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::modules::StdModule;
use crate::object::{CoroState, FutureKind, Object};
use crate::value::{ObjRef, Value};
use pycps_ir::Module;

/// Public `asyncio` names defined by the Python half.
const PY_NAMES: &[&str] = &["new_event_loop", "set_event_loop", "Runner", "to_thread"];

/// Public `asyncio` names defined by `_pycps_asyncio_sync`.
const PY_SYNC_NAMES: &[&str] = &["Condition", "Barrier", "BrokenBarrierError"];

/// Registered generators are pruned of finished ones at multiples of this.
const AGEN_PRUNE: usize = 256;

impl Interp {
    /// The coroutine `asyncio.run(c)` runs on the module's task:
    /// `run_main(c)` of the Python half (the shutdown after it), or `c`
    /// itself when the program does not include it.
    pub(crate) fn asyncio_run_coro(&mut self, module: &Module, c: Value) -> PyResult<Value> {
        let Some(f) = self.py_half_attr(StdModule::PyAsyncio, "run_main")? else {
            return Ok(c);
        };
        match self.call_value(module, f, &[c], &[], true)? {
            CallOut::Value(v) if matches!(self.heap.obj(v), Some(Object::Coroutine(_))) => Ok(v),
            _ => Ok(c),
        }
    }

    /// Calls `name` of the Python half with `args` (an `AttributeError`
    /// naming the feature when the program does not include it).
    pub(crate) fn call_asyncio_py(
        &mut self,
        module: &Module,
        name: &str,
        args: &[Value],
    ) -> PyResult<CallOut> {
        let Some(f) = self.py_half_attr(StdModule::PyAsyncio, name)? else {
            return Err(self.err(
                ClassId::AttributeError,
                format!("module 'asyncio' has no attribute '{name}'"),
            ));
        };
        self.call_value(module, f, args, &[], true)
    }

    /// `asyncio.<name>` for the names the Python half provides.
    pub(crate) fn asyncio_py_attr(&mut self, name: &str) -> PyResult<Option<Value>> {
        if PY_SYNC_NAMES.contains(&name) {
            return self.py_half_attr(StdModule::PyAsyncioSync, name);
        }
        if !PY_NAMES.contains(&name) {
            return Ok(None);
        }
        self.py_half_attr(StdModule::PyAsyncio, name)
    }

    /// Names a task just created with `name=`: CPython does not draw a
    /// `Task-N` number for it, so the number drawn is given back.
    pub(crate) fn name_new_task(&mut self, f: ObjRef, n: String) {
        if let Object::Future(fo) = self.heap.get_mut(f) {
            if let FutureKind::Task { name, .. } = &mut fo.kind {
                let drawn = format!("Task-{}", self.next_task_name.saturating_sub(1));
                if *name == drawn {
                    self.next_task_name = self.next_task_name.saturating_sub(1);
                }
                *name = n;
            }
        }
    }

    /// The running loop object (one object, so `get_running_loop() is
    /// get_event_loop()` holds inside a coroutine).
    pub(crate) fn running_loop(&mut self) -> Value {
        if let Some(l) = self.loop_obj {
            return Value::Obj(l);
        }
        let l = self.new_async(AsyncObj::Loop);
        self.loop_obj = l.as_obj();
        l
    }

    /// Async generator `gen` is started by the current task.
    pub(crate) fn register_agen(&mut self, gen: ObjRef) {
        if self.agens.len() >= AGEN_PRUNE && self.agens.len().is_multiple_of(AGEN_PRUNE) {
            let heap = &self.heap;
            self.agens.retain(|&(g, _)| !agen_finished(heap.get(g)));
        }
        let cur = self.current;
        self.agens.push((gen, cur));
    }

    /// The exception of task future `fut` was seen by someone.
    pub(crate) fn mark_retrieved(&mut self, fut: ObjRef) {
        if let Object::Future(f) = self.heap.get(fut) {
            if let FutureKind::Task { id, .. } = f.kind {
                if let Some(t) = self.tasks.get_mut(id as usize) {
                    t.retrieved = true;
                }
            }
        }
    }

    /// The operation name of an `asyncio._pycps(op, ...)` call.
    pub(crate) fn pycps_op(&self, args: &[Value]) -> Option<&str> {
        args.first().and_then(|&a| self.heap.as_str(a))
    }

    /// `asyncio._pycps(op, ...)`.
    pub(crate) fn asyncio_pycps(&mut self, args: &[Value]) -> PyResult<Value> {
        let op = match args.first() {
            Some(&v) => self.to_str(v)?,
            None => return Err(self.type_error("_pycps() needs an operation")),
        };
        match op.as_str() {
            // The unfinished async generators to close: with `True`, those
            // first iterated by the current task or by a finished one.
            "agens" => {
                let first = matches!(args.get(1), Some(Value::Bool(true)));
                // CPython finalizes a generator when its last reference
                // goes; one a global still holds waits for the loop's
                // `shutdown_asyncgens`.
                let global = if first {
                    self.reachable_from_globals()
                } else {
                    Vec::new()
                };
                let cur = self.current;
                let mut take = Vec::new();
                let mut keep = Vec::new();
                for (g, owner) in std::mem::take(&mut self.agens) {
                    if agen_finished(self.heap.get(g)) {
                        continue;
                    }
                    let owner_gone =
                        owner == cur || self.tasks.get(owner as usize).is_none_or(|t| t.done);
                    let held = global.get(g.index()).copied().unwrap_or(false);
                    if !first || (owner_gone && !held) {
                        take.push(Value::Obj(g));
                    } else {
                        keep.push((g, owner));
                    }
                }
                self.agens = keep;
                Ok(self.heap.list(take))
            }
            // Every pending task, in creation order.
            "pending" => {
                let live: Vec<Value> = self
                    .tasks
                    .iter()
                    .filter(|t| !t.done)
                    .map(|t| t.future)
                    .filter(|&f| self.future_result(f).is_none())
                    .map(Value::Obj)
                    .collect();
                Ok(self.heap.list(live))
            }
            // `report(message, task_or_None, exception)`.
            "report" => {
                let (Some(&msg), Some(&task), Some(&exc)) = (args.get(1), args.get(2), args.get(3))
                else {
                    return Err(self.type_error("_pycps('report') needs 3 arguments"));
                };
                let msg = self.to_str(msg)?;
                let mut text = format!("{msg}\n");
                if !matches!(task, Value::None) {
                    let r = self.repr(task)?;
                    text.push_str(&format!("task: {r}\n"));
                }
                self.report_exception_text(text, exc);
                Ok(Value::None)
            }
            "create_task" => {
                let (Some(&c), Some(&name)) = (args.get(1), args.get(2)) else {
                    return Err(self.type_error("_pycps('create_task') needs 2 arguments"));
                };
                let f = self.asyncio_class_call(ClassId::Task, &[c], &[])?;
                let t = match f {
                    Some(CallOut::Value(t)) => t,
                    _ => Value::None,
                };
                if let (Some(r), false) = (t.as_obj(), matches!(name, Value::None)) {
                    let n = self.to_str(name)?;
                    self.name_new_task(r, n);
                }
                Ok(t)
            }
            "create_future" => Ok(Value::Obj(self.new_future(FutureKind::Plain))),
            "skip_names" => {
                let n = match args.get(1) {
                    Some(Value::Int(n)) => (*n).max(0) as u64,
                    _ => 0,
                };
                self.next_task_name = self.next_task_name.saturating_add(n);
                Ok(Value::None)
            }
            "unretrieved" => {
                self.report_unretrieved();
                Ok(Value::None)
            }
            // The loop is closed: tasks still pending never run again.
            "close" => {
                let cur = self.current;
                for (i, t) in self.tasks.iter_mut().enumerate() {
                    if i as u32 != cur && !t.done {
                        t.done = true;
                        t.frames.clear();
                        t.retrieved = true;
                    }
                }
                let tasks = &self.tasks;
                self.ready.retain(|&t| {
                    t == super::SOON || tasks.get(t as usize).is_some_and(|t| !t.done)
                });
                Ok(Value::None)
            }
            _ => Err(self.err(
                ClassId::AttributeError,
                format!("module 'asyncio' has no attribute '_pycps_{op}'"),
            )),
        }
    }

    /// Marks of the heap objects reachable from the module's globals.
    fn reachable_from_globals(&self) -> Vec<bool> {
        let mut tr = crate::gc::Tracer::new();
        tr.trace(&self.globals);
        tr.trace(&self.extra_globals);
        self.mark_from(tr)
    }

    /// "Task exception was never retrieved" for every failed task whose
    /// exception nobody saw (each reported once).
    pub(crate) fn report_unretrieved(&mut self) {
        let mut failed = Vec::new();
        for t in self.tasks.iter_mut() {
            if t.retrieved || !t.done {
                continue;
            }
            t.retrieved = true;
            failed.push(t.future);
        }
        for fut in failed {
            let Some(Err(e)) = self.future_result(fut) else {
                continue;
            };
            if self.is_cancelled_error(e) {
                continue;
            }
            let r = self.repr(Value::Obj(fut)).unwrap_or_default();
            let text = format!("Task exception was never retrieved\nfuture: {r}\n");
            self.report_exception_text(text, e);
        }
    }

    /// Writes `head` and the traceback of `exc` to stderr, within the
    /// run's output limit.
    pub(crate) fn report_exception_text(&mut self, head: String, exc: Value) {
        let tb = self.py_exception(exc).traceback;
        let text = format!("{head}{tb}");
        self.output_total += text.len();
        if self
            .limits
            .max_output
            .is_none_or(|max| self.output_total <= max)
        {
            eprint!("{text}");
        }
    }
}

/// Whether an async generator object can no longer run.
fn agen_finished(o: &Object) -> bool {
    match o {
        Object::Asyncio(a) => match &**a {
            AsyncObj::AsyncGen(g) => matches!(g.state, CoroState::Done | CoroState::Created(_)),
            _ => true,
        },
        _ => true,
    }
}
