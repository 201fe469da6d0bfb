//! Drivers: loops over the sans-IO [`Run`] that execute capability calls.
//!
//! - `Rounds` (the default, see [`Scheduler`]): each tick's calls are
//!   awaited together (a join over all of them, with the semantics of
//!   `futures::future::join_all`), then every waiting task resumes in call
//!   order: deterministic, independent of latency. The join is kept over
//!   the same `FuturesUnordered` set as `Eager` rather than a literal
//!   `join_all`, because a cancelled call must be dropped on its own
//!   without abandoning the rest of its round.
//! - `Eager`: in-flight calls complete in any order (`FuturesUnordered`)
//!   and each is resumed as soon as it returns (every completion that is
//!   already there is taken in the same wake-up, so a burst of fast calls
//!   costs one `advance`).
//!
//! Dispatch ([`Dispatcher`]): calls of a `Batched` capability made in the
//! same tick become one host call with the list of their arguments, and
//! its results are fanned back to the callers in order. Capabilities with
//! a concurrency limit (`Capabilities::set_max_in_flight`) start at most N
//! calls at once; the rest queue in call order and start as slots free.
//! Calls the run cancels (`Run::take_cancelled`: a cancelled task, a
//! timeout) are aborted: their host future is dropped, or, when queued,
//! never started. A batch is never aborted (other callers share it); the
//! cancelled caller's result is ignored.
//!
//! Futures the call that are ready on their first poll complete inline
//! (no spawn), unless the host gave an executor for them: then every call
//! is spawned so that CPU-bound tools run on the executor's threads.
//!
//! Timers (`asyncio.sleep`) are waited for with `async-io` timers, so
//! `run_async`'s future stays `Send` and never blocks its executor. The
//! run's wall-clock timeout also bounds the waits.

use crate::capability::{
    CallArgs, CallId, Capability, CapabilityCall, CapabilityError, CapabilityFuture,
};
use crate::error::{OutStream, RunError};
use crate::host_value::HostValue;
use crate::limits::Scheduler;
use crate::run::{Run, Step};
use futures::future::{select, AbortHandle, Abortable, Either, FutureExt};
use futures::stream::{FuturesUnordered, StreamExt};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::time::Instant;

/// How a run ended, with all its output.
#[derive(Debug)]
pub struct Outcome {
    pub result: Result<HostValue, RunError>,
    pub output: String,
    /// What the program wrote to stderr (when not streamed).
    pub stderr: String,
}

type CallResult = (CallId, Result<HostValue, CapabilityError>);

/// The answers of one host call (one call, or one batch), tagged with the
/// capability for concurrency accounting. Empty when aborted.
pub struct Completion {
    limited: Option<String>,
    results: Vec<CallResult>,
}

/// A spawned (or inline) host call.
pub type CallFuture = Pin<Box<dyn Future<Output = Completion> + Send>>;

/// How the driver hands host futures to an executor (identity: poll in
/// place).
pub type Spawner<'a> = &'a (dyn Fn(CallFuture) -> CallFuture + Sync);

/// Starts capability calls, enforcing batching and concurrency limits,
/// and collects their completions.
pub struct Dispatcher<'a> {
    inflight: FuturesUnordered<CallFuture>,
    /// Completions that were ready on their first poll.
    ready: Vec<Completion>,
    spawn: Spawner<'a>,
    /// Spawn even when a future is ready at once (CPU-bound tools run on
    /// the host executor's threads).
    always_spawn: bool,
    running: BTreeMap<String, usize>,
    /// Completions not yet handed back.
    collected: Vec<CallResult>,
    /// The tick (round) each call in flight or queued was issued in.
    round_of: HashMap<CallId, u64>,
    /// Calls of each round still outstanding.
    round_left: BTreeMap<u64, usize>,
    next_round: u64,
    queued: BTreeMap<String, VecDeque<CapabilityCall>>,
    aborts: HashMap<CallId, AbortHandle>,
}

fn no_capability(name: &str) -> CapabilityError {
    CapabilityError::new(format!("no capability named '{name}'"))
}

impl<'a> Dispatcher<'a> {
    pub fn new(spawn: Spawner<'a>, always_spawn: bool) -> Self {
        Dispatcher {
            inflight: FuturesUnordered::new(),
            ready: Vec::new(),
            spawn,
            always_spawn,
            running: BTreeMap::new(),
            collected: Vec::new(),
            round_of: HashMap::new(),
            round_left: BTreeMap::new(),
            next_round: 0,
            queued: BTreeMap::new(),
            aborts: HashMap::new(),
        }
    }

    /// Nothing in flight, queued or completed-but-untaken.
    pub fn is_idle(&self) -> bool {
        self.inflight.is_empty() && self.ready.is_empty() && self.queued.is_empty()
    }

    /// Nothing in flight or queued, and no completion held back.
    fn is_drained(&self) -> bool {
        self.is_idle() && self.collected.is_empty()
    }

    /// Starts one tick's calls (in call order).
    pub fn start(&mut self, run: &Run, calls: Vec<CapabilityCall>) {
        if !calls.is_empty() {
            let round = self.next_round;
            self.next_round += 1;
            self.round_left.insert(round, calls.len());
            for c in &calls {
                self.round_of.insert(c.id, round);
            }
        }
        let mut batches: Vec<(String, Vec<CapabilityCall>)> = Vec::new();
        for c in calls {
            match run.capabilities().get(&c.name) {
                Some(Capability::Batched(_)) => {
                    match batches.iter_mut().find(|(n, _)| *n == c.name) {
                        Some((_, b)) => b.push(c),
                        None => batches.push((c.name.clone(), vec![c])),
                    }
                }
                _ => match run.capabilities().max_in_flight(&c.name) {
                    Some(max) => {
                        let n = self.running.get(&c.name).copied().unwrap_or(0);
                        if n < max {
                            *self.running.entry(c.name.clone()).or_insert(0) += 1;
                            self.launch(run, c, true);
                        } else {
                            self.queued.entry(c.name.clone()).or_default().push_back(c);
                        }
                    }
                    None => self.launch(run, c, false),
                },
            }
        }
        for (name, calls) in batches {
            self.launch_batch(run, &name, calls);
        }
    }

    fn push(&mut self, fut: CallFuture) {
        let mut fut = fut;
        if !self.always_spawn {
            if let Some(done) = (&mut fut).now_or_never() {
                self.ready.push(done);
                return;
            }
        }
        self.inflight.push((self.spawn)(fut));
    }

    fn launch(&mut self, run: &Run, call: CapabilityCall, limited: bool) {
        let id = call.id;
        let limited = limited.then(|| call.name.clone());
        let fut: CapabilityFuture = match run.capabilities().get(&call.name) {
            Some(Capability::Awaitable(f)) => f(call.args),
            Some(Capability::Builtin(f)) => {
                let r = f(call.args);
                Box::pin(async move { r })
            }
            Some(Capability::Batched(f)) => {
                let fut = f(vec![call.args]);
                Box::pin(async move {
                    match fut.await {
                        Ok(mut v) if v.len() == 1 => v.pop().unwrap_or(Ok(HostValue::None)),
                        Ok(v) => Err(batch_len_error(v.len(), 1)),
                        Err(e) => Err(e),
                    }
                })
            }
            None => {
                let e = no_capability(&call.name);
                Box::pin(async move { Err(e) })
            }
        };
        let mut fut = fut;
        if !self.always_spawn {
            // Ready at once (a zero-latency tool): no spawn, no abort handle.
            if let Some(r) = fut.as_mut().now_or_never() {
                self.ready.push(Completion {
                    limited,
                    results: vec![(id, r)],
                });
                return;
            }
        }
        let (handle, reg) = AbortHandle::new_pair();
        self.aborts.insert(id, handle);
        let fut = Abortable::new(fut, reg);
        self.push(Box::pin(async move {
            let results = match fut.await {
                Ok(r) => vec![(id, r)],
                Err(_aborted) => Vec::new(),
            };
            Completion { limited, results }
        }));
    }

    fn launch_batch(&mut self, run: &Run, name: &str, calls: Vec<CapabilityCall>) {
        let Some(Capability::Batched(f)) = run.capabilities().get(name) else {
            return;
        };
        let ids: Vec<CallId> = calls.iter().map(|c| c.id).collect();
        let args: Vec<CallArgs> = calls.into_iter().map(|c| c.args).collect();
        let fut = f(args);
        self.push(Box::pin(async move {
            let n = ids.len();
            let results = match fut.await {
                Ok(rs) => {
                    let got = rs.len();
                    let mut rs = rs.into_iter();
                    ids.into_iter()
                        .map(|id| (id, rs.next().unwrap_or(Err(batch_len_error(got, n)))))
                        .collect()
                }
                Err(e) => ids.into_iter().map(|id| (id, Err(e.clone()))).collect(),
            };
            Completion {
                limited: None,
                results,
            }
        }));
    }

    /// Drops cancelled calls (aborting them, or removing them from the
    /// queue).
    pub fn cancel(&mut self, ids: &[CallId]) {
        for id in ids {
            self.call_finished(*id);
            if let Some(h) = self.aborts.remove(id) {
                h.abort();
            }
            for q in self.queued.values_mut() {
                q.retain(|c| c.id != *id);
            }
        }
        self.queued.retain(|_, q| !q.is_empty());
    }

    /// Accounts a completion: frees its slot and starts a queued call.
    /// A call left its round (answered or cancelled).
    fn call_finished(&mut self, id: CallId) {
        if let Some(r) = self.round_of.remove(&id) {
            if let Some(n) = self.round_left.get_mut(&r) {
                *n = n.saturating_sub(1);
            }
        }
    }

    /// Takes the completions of every round whose calls are all in, in
    /// round order and call order within a round.
    fn take_complete_rounds(&mut self) -> Vec<CallResult> {
        let done: Vec<u64> = self
            .round_left
            .iter()
            .filter(|(_, &n)| n == 0)
            .map(|(&r, _)| r)
            .collect();
        if done.is_empty() {
            return Vec::new();
        }
        for r in &done {
            self.round_left.remove(r);
        }
        // Results of still-open rounds stay collected.
        let open: std::collections::HashSet<CallId> = self.round_of.keys().copied().collect();
        let (mut out, keep): (Vec<CallResult>, Vec<CallResult>) =
            std::mem::take(&mut self.collected)
                .into_iter()
                .partition(|(id, _)| !open.contains(id));
        self.collected = keep;
        out.sort_by_key(|(id, _)| *id);
        out
    }

    fn settle(&mut self, run: &Run, c: Completion) -> Vec<CallResult> {
        for (id, _) in &c.results {
            self.aborts.remove(id);
        }
        if let Some(name) = c.limited {
            let next = self.queued.get_mut(&name).and_then(|q| q.pop_front());
            if self.queued.get(&name).is_some_and(|q| q.is_empty()) {
                self.queued.remove(&name);
            }
            match next {
                Some(call) => self.launch(run, call, true),
                None => {
                    if let Some(n) = self.running.get_mut(&name) {
                        *n = n.saturating_sub(1);
                    }
                }
            }
        }
        c.results
    }

    /// Completions available without waiting.
    fn take_ready(&mut self, run: &Run) -> Vec<CallResult> {
        let mut out = Vec::new();
        loop {
            let ready = std::mem::take(&mut self.ready);
            if ready.is_empty() {
                break;
            }
            for c in ready {
                out.extend(self.settle(run, c));
            }
        }
        while let Some(Some(c)) = self.inflight.next().now_or_never() {
            out.extend(self.settle(run, c));
            for c in std::mem::take(&mut self.ready) {
                out.extend(self.settle(run, c));
            }
        }
        out
    }

    /// Waits for at least one completion (`Eager`), or for every call of
    /// at least one round (`Rounds`: a round is the calls issued in one
    /// tick; complete rounds are handed back in round order, each in call
    /// order); `None` when the deadline (a timer or the run's timeout)
    /// passed first. Completions that arrive before the deadline stay
    /// buffered until their round is complete, so a timer firing mid-round
    /// never splits a round and the resume order stays independent of
    /// latencies. (Rounds overlap only when a timer lets tasks issue calls
    /// while an earlier round is still in flight.)
    pub async fn wait(
        &mut self,
        run: &Run,
        scheduler: Scheduler,
        deadline: Option<Instant>,
    ) -> Option<Vec<CallResult>> {
        let ready = self.take_ready(run);
        self.collect(ready);
        let mut timer = deadline.map(sleep_until);
        loop {
            match scheduler {
                Scheduler::Eager if !self.collected.is_empty() => {
                    self.round_left.retain(|_, n| *n > 0);
                    return Some(std::mem::take(&mut self.collected));
                }
                Scheduler::Rounds => {
                    let out = self.take_complete_rounds();
                    if !out.is_empty() {
                        return Some(out);
                    }
                }
                _ => {}
            }
            if self.inflight.is_empty() {
                return Some(std::mem::take(&mut self.collected));
            }
            let next = self.inflight.next();
            let c = match timer.as_mut() {
                Some(t) => match select(next, t).await {
                    Either::Left((c, _)) => c,
                    Either::Right(_) => return None,
                },
                None => next.await,
            };
            if let Some(c) = c {
                let r = self.settle(run, c);
                self.collect(r);
            }
            let ready = self.take_ready(run);
            self.collect(ready);
        }
    }

    fn collect(&mut self, results: Vec<CallResult>) {
        for (id, _) in &results {
            self.call_finished(*id);
        }
        self.collected.extend(results);
    }
}

fn batch_len_error(got: usize, want: usize) -> CapabilityError {
    CapabilityError::new(format!(
        "batched capability returned {got} results for {want} calls"
    ))
}

/// A future that completes at `deadline` (an `async-io` timer: works on
/// any executor and keeps the driver's future `Send`).
fn sleep_until(deadline: Instant) -> Pin<Box<dyn Future<Output = ()> + Send>> {
    Box::pin(async move {
        if deadline > Instant::now() {
            async_io::Timer::at(deadline).await;
        }
    })
}

/// The earlier of a timer deadline and the run's timeout deadline.
fn next_deadline(run: &Run, wake_at: Option<Instant>) -> Option<Instant> {
    let timeout = run.limits().timeout.map(|t| run.started_at() + t);
    match (wake_at, timeout) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The core loop, generic over how futures are spawned.
async fn drive<O: FnMut(OutStream, &str) + ?Sized>(
    mut run: Run,
    scheduler: Scheduler,
    spawn: Spawner<'_>,
    always_spawn: bool,
    on_output: &mut O,
) -> Result<HostValue, RunError> {
    let mut calls = Dispatcher::new(spawn, always_spawn);
    loop {
        let step = run.advance();
        for (stream, text) in run.take_streams() {
            on_output(stream, &text);
        }
        let (new_calls, wake_at) = match step {
            Step::Done(r) => return r,
            Step::Pending { calls, wake_at } => (calls, wake_at),
        };
        let cancelled = run.take_cancelled();
        if !cancelled.is_empty() {
            calls.cancel(&cancelled);
        }
        calls.start(&run, new_calls);
        // Both wake for the next timer and the run's timeout (a round
        // interrupted by a timer stays buffered, see `Dispatcher::wait`).
        let deadline = next_deadline(&run, wake_at);
        if calls.is_drained() {
            if let Some(d) = deadline {
                sleep_until(d).await;
            }
            continue;
        }
        if let Some(results) = calls.wait(&run, scheduler, deadline).await {
            for (id, r) in results {
                run.resume(id, r);
            }
        }
    }
}

/// Runs to completion on the current thread. Capability futures are
/// spawned on `executor` when given (so CPU-bound ones may run on the
/// host's threads), else polled on a local executor.
pub fn run_blocking(
    run: Run,
    scheduler: Scheduler,
    executor: Option<&async_executor::Executor<'static>>,
) -> Outcome {
    let mut output = String::new();
    let mut stderr = String::new();
    let result = {
        let mut on = |stream: OutStream, s: &str| match stream {
            OutStream::Stdout => output.push_str(s),
            OutStream::Stderr => stderr.push_str(s),
        };
        run_blocking_inner(run, scheduler, executor, &mut on)
    };
    Outcome {
        result,
        output,
        stderr,
    }
}

/// [`run_blocking`] streaming stdout to `on_output` as it is produced
/// (the returned `Outcome::output` is then empty; stderr is collected).
pub fn run_blocking_with(
    run: Run,
    scheduler: Scheduler,
    executor: Option<&async_executor::Executor<'static>>,
    on_output: &mut dyn FnMut(&str),
) -> Outcome {
    let mut stderr = String::new();
    let result = {
        let mut on = |stream: OutStream, s: &str| match stream {
            OutStream::Stdout => on_output(s),
            OutStream::Stderr => stderr.push_str(s),
        };
        run_blocking_inner(run, scheduler, executor, &mut on)
    };
    Outcome {
        result,
        output: String::new(),
        stderr,
    }
}

/// [`run_blocking`] streaming both stdout and stderr, in the order the
/// program wrote them (the returned `Outcome` has both empty).
pub fn run_blocking_streams(
    run: Run,
    scheduler: Scheduler,
    executor: Option<&async_executor::Executor<'static>>,
    on_output: &mut dyn FnMut(OutStream, &str),
) -> Outcome {
    let result = run_blocking_inner(run, scheduler, executor, on_output);
    Outcome {
        result,
        output: String::new(),
        stderr: String::new(),
    }
}

fn run_blocking_inner(
    run: Run,
    scheduler: Scheduler,
    executor: Option<&async_executor::Executor<'static>>,
    on_output: &mut dyn FnMut(OutStream, &str),
) -> Result<HostValue, RunError> {
    match executor {
        Some(ex) => {
            let spawn = |f: CallFuture| -> CallFuture { Box::pin(ex.spawn(f)) };
            futures_lite::future::block_on(ex.run(drive(run, scheduler, &spawn, true, on_output)))
        }
        None => {
            let local = async_executor::Executor::new();
            let spawn = |f: CallFuture| -> CallFuture { Box::pin(local.spawn(f)) };
            futures_lite::future::block_on(
                local.run(drive(run, scheduler, &spawn, false, on_output)),
            )
        }
    }
}

/// Runs to completion inside any async runtime (the future is `Send`);
/// capability futures are awaited in place.
pub async fn run_async(run: Run, scheduler: Scheduler) -> Outcome {
    let mut output = String::new();
    let mut stderr = String::new();
    let result = {
        let mut on = |stream: OutStream, s: &str| match stream {
            OutStream::Stdout => output.push_str(s),
            OutStream::Stderr => stderr.push_str(s),
        };
        let spawn = |f: CallFuture| f;
        drive(run, scheduler, &spawn, false, &mut on).await
    };
    Outcome {
        result,
        output,
        stderr,
    }
}
