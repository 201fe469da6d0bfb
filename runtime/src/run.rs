//! The sans-IO [`Run`]: a pure state machine over the interpreter.
//!
//! `advance()` runs every ready task (FIFO) until all are blocked, fires due
//! timers, and reports the capability calls issued during this tick
//! (`Step::Pending`) or the program's result (`Step::Done`). The host
//! answers calls with `resume(id, result)`, in any order; the drivers in
//! [`crate::driver`] are just loops over these two methods.

use crate::capability::{CallId, Capabilities, CapabilityCall, CapabilityError};
use crate::classes::ClassId;
use crate::error::RunError;
use crate::host_value::HostValue;
use crate::interp::exec::Exit;
use crate::interp::frame::{Frame, ReturnTo};
use crate::interp::{Interp, Raise, Task};
use crate::limits::{Clock, LimitError, Limits};
use crate::object::{FutureKind, FutureObj, Object};
use crate::value::{ObjRef, Value};
use pycps_ir::FunctionKind;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Loop iterations in a row with work still ready after which `advance`
/// treats the loop as spinning (a task looping on `sleep(0)`): it hands the
/// capability calls issued or outstanding to the host (the driver waits
/// for them, or for the next timer, then resumes the run), and under the
/// virtual clock each further iteration takes [`SPIN_NANOS`] while a timer
/// is armed. Counted per `advance` call, so runs stay deterministic.
pub const SPIN_ITERATIONS: u32 = 64;

/// Virtual time one spinning loop iteration takes (1 µs).
pub const SPIN_NANOS: u64 = 1_000;

/// What `Run::advance` reports.
#[derive(Debug, Clone)]
pub enum Step {
    /// Every task is blocked (or the loop spins, see [`SPIN_ITERATIONS`]:
    /// tasks are still ready and `advance` should be called again once the
    /// calls or the timer allow). `calls` are the capability calls issued since
    /// the previous `advance` (in the order they were made); `wake_at` is
    /// the earliest timer (`asyncio.sleep`). Empty `calls` with `Some`
    /// `wake_at`: only timers (or earlier calls) are outstanding.
    Pending {
        calls: Vec<CapabilityCall>,
        wake_at: Option<Instant>,
    },
    /// The program finished; repeated by every later `advance`.
    Done(Result<HostValue, RunError>),
}

/// A running program.
pub struct Run {
    it: Interp,
    done: Option<Result<HostValue, RunError>>,
    /// The module's outcome while the tasks it left pending finish.
    ending: Option<Result<HostValue, RunError>>,
}

impl Run {
    pub fn new(
        module: Arc<pycps_ir::Module>,
        capabilities: Capabilities,
        inputs: Vec<(String, HostValue)>,
        limits: Limits,
    ) -> Run {
        let mut it = Interp::new(module.clone(), capabilities, limits);
        let mut done = None;
        for (name, hv) in &inputs {
            match it.from_host(hv) {
                Ok(v) => match module.names.iter().position(|n| n == name) {
                    Some(i) => it.globals[i] = v,
                    None => {
                        it.extra_globals.insert(name.clone(), v);
                    }
                },
                Err(Raise::Limit(l)) => done = Some(Err(RunError::Limit(l))),
                Err(Raise::Call(_)) => {}
                Err(Raise::Exc(e)) => done = Some(Err(RunError::Exception(it.py_exception(e)))),
            }
        }
        let f = module.function(module.entry);
        let is_async = matches!(f.kind, FunctionKind::Module { is_async: true });
        let regs = vec![Value::Unbound; f.num_values as usize];
        let mut frame = Frame::new(module.entry, regs, f.entry, is_async);
        frame.ret = ReturnTo::TaskRoot;
        let fut = it.heap.alloc(Object::Future(Box::new(FutureObj {
            kind: FutureKind::Task {
                id: 0,
                name: "main".into(),
            },
            result: None,
            waiters: Vec::new(),
        })));
        it.tasks.push(Task::new(vec![frame], fut));
        it.ready.push_back(0);
        it.main_task = 0;
        Run {
            it,
            done,
            ending: None,
        }
    }

    /// Runs loop iterations until every task is blocked (or the program is
    /// done, or a spinning loop must hand its capability calls to the
    /// host, see [`SPIN_ITERATIONS`]).
    ///
    /// One iteration is CPython's `_run_once`: read the clock, run the
    /// entries ready at its start (what they schedule waits for the next
    /// iteration), then fire the timers that were due at the reading. So a
    /// task spinning on `sleep(0)` never starves a timer.
    pub fn advance(&mut self) -> Step {
        let mut busy = 0u32;
        loop {
            if let Some(d) = &self.done {
                return Step::Done(d.clone());
            }
            if let Err(l) = self.it.check_time() {
                return self.finish(Err(RunError::Limit(l)));
            }
            let cutoff = self.it.now_ns();
            let ntodo = self.it.ready.len();
            for _ in 0..ntodo {
                let Some(t) = self.it.ready.pop_front() else {
                    break;
                };
                if t == crate::asyncio::SOON {
                    self.it.run_soon();
                    if let Some(step) = self.callback_exit() {
                        return step;
                    }
                    continue;
                }
                if let Err(l) = self.run_task(t) {
                    return self.finish(Err(RunError::Limit(l)));
                }
                if self.done.is_none() {
                    if let Some(step) = self.callback_exit() {
                        return step;
                    }
                }
                if self.done.is_some() {
                    break;
                }
            }
            self.try_end(false);
            if let Some(d) = &self.done {
                return Step::Done(d.clone());
            }
            self.it.fire_timers_until(cutoff);
            if let Some(step) = self.callback_exit() {
                return step;
            }
            let next = self.it.next_timer();
            let virtual_clock = self.it.limits.clock == Clock::Virtual;
            let wake_at = |it: &Interp| match next {
                Some(ns) if !virtual_clock => Some(it.epoch + Duration::from_nanos(ns)),
                _ => None,
            };
            if !self.it.ready.is_empty() {
                busy += 1;
                if busy >= SPIN_ITERATIONS {
                    // A busy loop (a task spinning on `sleep(0)` beside
                    // other work): hand over the calls it waits for...
                    if !self.it.issued.is_empty() || !self.it.outstanding.is_empty() {
                        return Step::Pending {
                            calls: std::mem::take(&mut self.it.issued),
                            wake_at: wake_at(&self.it),
                        };
                    }
                    // ... and let virtual time pass as real time would.
                    if virtual_clock && next.is_some() {
                        self.it.vnow = self.it.vnow.saturating_add(SPIN_NANOS);
                    }
                }
                continue;
            }
            if virtual_clock {
                // Nothing runnable and no call outstanding: jump to the
                // next timer. While calls are outstanding the virtual clock
                // stands still (the host answers in zero virtual time).
                if let Some(ns) = next {
                    if self.it.issued.is_empty() && self.it.outstanding.is_empty() {
                        self.it.vnow = self.it.vnow.max(ns);
                        continue;
                    }
                }
            }
            let wake_at = wake_at(&self.it);
            if !self.it.issued.is_empty() {
                return Step::Pending {
                    calls: std::mem::take(&mut self.it.issued),
                    wake_at,
                };
            }
            if wake_at.is_some() || !self.it.outstanding.is_empty() || next.is_some() {
                return Step::Pending {
                    calls: Vec::new(),
                    wake_at,
                };
            }
            if self.ending.is_some() {
                self.try_end(true);
                continue;
            }
            // Nothing can ever wake the main task.
            let e = self.it.err(
                ClassId::RuntimeError,
                "deadlock: the main task awaits something that can never complete",
            );
            let r = match e {
                Raise::Exc(e) => Err(RunError::Exception(self.it.py_exception(e))),
                Raise::Limit(l) => Err(RunError::Limit(l)),
                Raise::Call(_) => Ok(HostValue::None),
            };
            return self.finish(r);
        }
    }

    /// Ends the run when a loop callback raised `SystemExit`.
    fn callback_exit(&mut self) -> Option<Step> {
        let e = self.it.sys.pending_exit.take()?;
        let status = self.it.system_exit_status(e)?;
        Some(self.finish(Err(RunError::Exit(status))))
    }

    fn finish(&mut self, r: Result<HostValue, RunError>) -> Step {
        self.done = Some(r.clone());
        Step::Done(r)
    }

    fn run_task(&mut self, t: u32) -> Result<(), LimitError> {
        let Some(task) = self.it.tasks.get_mut(t as usize) else {
            return Ok(());
        };
        if task.done {
            return Ok(());
        }
        if task.must_cancel {
            self.it.take_must_cancel(t);
        }
        let Some(task) = self.it.tasks.get_mut(t as usize) else {
            return Ok(());
        };
        let mut frames = std::mem::take(&mut task.frames);
        let resume = task.resume.take();
        self.it.current = t;
        let exit = self.it.execute(&mut frames, resume);
        let result = match exit {
            Exit::Blocked => {
                self.it.tasks[t as usize].frames = frames;
                return Ok(());
            }
            Exit::Limit(l) => return Err(l),
            Exit::Returned(v) => Ok(v),
            Exit::Raised(e) => Err(e),
        };
        let fut = self.it.tasks[t as usize].future;
        self.it.tasks[t as usize].done = true;
        self.it.complete_future(fut, result);
        if t == self.it.main_task {
            let r = match result {
                Ok(v) => Ok(self.it.value_to_host(v)),
                Err(e) => match self.it.system_exit_status(e) {
                    Some(status) => Err(RunError::Exit(status)),
                    None => Err(RunError::Exception(self.it.py_exception(e))),
                },
            };
            // Tasks left pending by the module (top-level `await`, or tasks
            // created after `asyncio.run` returned) are cancelled and run
            // to their end first, as `asyncio.run` does at its shutdown.
            let pending: Vec<ObjRef> = self
                .it
                .tasks
                .iter()
                .filter(|t| !t.done)
                .map(|t| t.future)
                .collect();
            if pending.is_empty() {
                self.done = Some(r);
            } else {
                for f in pending {
                    self.it.cancel_future(f);
                }
                self.ending = Some(r);
            }
        } else if let Err(e) = result {
            // CPython's task step re-raises `SystemExit` out of the event
            // loop: the program ends at once, whoever awaits the task.
            if let Some(status) = self.it.system_exit_status(e) {
                self.done = Some(Err(RunError::Exit(status)));
            }
        }
        Ok(())
    }

    /// The module finished and the tasks it left were cancelled: the run
    /// is done once they all finished (or when nothing can run any more).
    fn try_end(&mut self, stuck: bool) {
        if self.done.is_some() {
            return;
        }
        if self.ending.is_some() && (stuck || self.it.tasks.iter().all(|t| t.done)) {
            self.it.report_unretrieved();
            self.done = self.ending.take();
        }
    }

    /// Answers capability call `id` (unknown ids are ignored).
    pub fn resume(&mut self, id: CallId, result: Result<HostValue, CapabilityError>) {
        let Some(fut) = self.it.outstanding.remove(&id.0) else {
            return;
        };
        let r = match result {
            Ok(h) => match self.it.from_host(&h) {
                Ok(v) => Ok(v),
                Err(Raise::Exc(e)) => Err(e),
                Err(Raise::Limit(l)) => {
                    self.done = Some(Err(RunError::Limit(l)));
                    return;
                }
                Err(Raise::Call(_)) => Ok(Value::None),
            },
            Err(e) => Err(self.it.capability_exception(&e)),
        };
        self.it.complete_future(fut, r);
    }

    /// Capability calls cancelled since the last call (their task was
    /// cancelled or timed out): the host should drop them; answering them
    /// anyway is harmless (the answer is ignored).
    pub fn take_cancelled(&mut self) -> Vec<CallId> {
        std::mem::take(&mut self.it.cancelled_calls)
    }

    /// Capability calls issued and not yet answered.
    pub fn outstanding_calls(&self) -> usize {
        self.it.outstanding.len()
    }

    /// The run's clock, in seconds since it started (virtual time under
    /// `Clock::Virtual`).
    pub fn clock_time(&self) -> f64 {
        self.it.now_ns() as f64 / 1e9
    }

    /// Print output (stdout) produced since the last call. Text written
    /// to stderr meanwhile stays for [`Run::take_stderr`].
    pub fn take_output(&mut self) -> String {
        for (at, _) in &mut self.it.stderr_chunks {
            *at = 0;
        }
        std::mem::take(&mut self.it.output)
    }

    /// Text the program wrote to stderr since the last call.
    pub fn take_stderr(&mut self) -> String {
        let chunks = std::mem::take(&mut self.it.stderr_chunks);
        chunks.into_iter().map(|(_, s)| s).collect()
    }

    /// Output of both streams produced since the last call, in the order
    /// it was written.
    pub fn take_streams(&mut self) -> Vec<(crate::error::OutStream, String)> {
        self.it.take_streams()
    }

    pub fn capabilities(&self) -> &Capabilities {
        &self.it.caps
    }

    /// The run's limits.
    pub fn limits(&self) -> &Limits {
        &self.it.limits
    }

    /// When the run started (the timeout is measured from here).
    pub fn started_at(&self) -> Instant {
        self.it.epoch
    }

    /// Instructions executed so far.
    pub fn instructions(&self) -> u64 {
        self.it.steps
    }
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Run")
            .field("tasks", &self.it.tasks.len())
            .field("done", &self.done.is_some())
            .finish()
    }
}
