//! Drivers: loops over the sans-IO [`Run`] that execute capability calls.
//!
//! - `Rounds`: each tick's calls are awaited together (`join_all`), then
//!   all are resumed in call order: deterministic, independent of latency.
//! - `Eager`: in-flight calls complete in any order (`FuturesUnordered`)
//!   and each is resumed as soon as it returns.
//!
//! Timers (`asyncio.sleep`) are waited for with a helper thread signalling
//! a oneshot channel, so `run_async`'s future stays `Send` and never blocks
//! its executor. The run's wall-clock timeout also bounds the waits.

use crate::capability::{CallId, Capability, CapabilityCall, CapabilityError, CapabilityFuture};
use crate::error::RunError;
use crate::host_value::HostValue;
use crate::limits::Scheduler;
use crate::run::{Run, Step};
use futures::future::{select, Either};
use futures::stream::{FuturesUnordered, StreamExt};
use std::future::Future;
use std::pin::Pin;
use std::time::Instant;

/// How a run ended, with all its output.
#[derive(Debug)]
pub struct Outcome {
    pub result: Result<HostValue, RunError>,
    pub output: String,
}

type CallFuture =
    Pin<Box<dyn Future<Output = (CallId, Result<HostValue, CapabilityError>)> + Send>>;

fn start_call(run: &Run, call: CapabilityCall) -> CallFuture {
    let id = call.id;
    match run.capabilities().get(&call.name).cloned() {
        Some(Capability::Awaitable(f)) => {
            let fut: CapabilityFuture = f(call.args);
            Box::pin(async move { (id, fut.await) })
        }
        Some(Capability::Builtin(f)) => {
            let r = f(call.args);
            Box::pin(async move { (id, r) })
        }
        None => {
            let name = call.name;
            Box::pin(async move {
                (
                    id,
                    Err(CapabilityError::new(format!(
                        "no capability named '{name}'"
                    ))),
                )
            })
        }
    }
}

/// A future that completes at `deadline` (via a helper thread).
fn sleep_until(deadline: Instant) -> Pin<Box<dyn Future<Output = ()> + Send>> {
    let now = Instant::now();
    if deadline <= now {
        return Box::pin(async {});
    }
    let (tx, rx) = futures::channel::oneshot::channel::<()>();
    std::thread::spawn(move || {
        std::thread::sleep(deadline.saturating_duration_since(Instant::now()));
        let _ = tx.send(());
    });
    Box::pin(async move {
        let _ = rx.await;
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
async fn drive<O: FnMut(&str) + ?Sized>(
    mut run: Run,
    scheduler: Scheduler,
    spawn: &(dyn Fn(CallFuture) -> CallFuture + Sync),
    on_output: &mut O,
) -> Result<HostValue, RunError> {
    let mut inflight: FuturesUnordered<CallFuture> = FuturesUnordered::new();
    loop {
        let step = run.advance();
        let out = run.take_output();
        if !out.is_empty() {
            on_output(&out);
        }
        let (calls, wake_at) = match step {
            Step::Done(r) => return r,
            Step::Pending { calls, wake_at } => (calls, wake_at),
        };
        for c in calls {
            inflight.push(spawn(start_call(&run, c)));
        }
        let deadline = next_deadline(&run, wake_at);
        if inflight.is_empty() {
            match deadline {
                Some(d) => sleep_until(d).await,
                None => continue,
            }
            continue;
        }
        match scheduler {
            Scheduler::Rounds => {
                let all = async {
                    let mut results = Vec::new();
                    while let Some(r) = inflight.next().await {
                        results.push(r);
                    }
                    results
                };
                let mut results = match run.limits().timeout.map(|t| run.started_at() + t) {
                    Some(d) => match select(Box::pin(all), sleep_until(d)).await {
                        Either::Left((r, _)) => r,
                        Either::Right(_) => continue,
                    },
                    None => all.await,
                };
                // Deterministic: resume in call order.
                results.sort_by_key(|(id, _)| *id);
                for (id, r) in results {
                    run.resume(id, r);
                }
            }
            Scheduler::Eager => {
                let next = inflight.next();
                let r = match deadline {
                    Some(d) => match select(next, sleep_until(d)).await {
                        Either::Left((r, _)) => r,
                        Either::Right(_) => None,
                    },
                    None => next.await,
                };
                if let Some((id, r)) = r {
                    run.resume(id, r);
                }
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
    let result = {
        let mut on = |s: &str| output.push_str(s);
        run_blocking_inner(run, scheduler, executor, &mut on)
    };
    Outcome { result, output }
}

/// [`run_blocking`] streaming output to `on_output` as it is produced
/// (the returned `Outcome::output` is then empty).
pub fn run_blocking_with(
    run: Run,
    scheduler: Scheduler,
    executor: Option<&async_executor::Executor<'static>>,
    on_output: &mut dyn FnMut(&str),
) -> Outcome {
    let result = run_blocking_inner(run, scheduler, executor, on_output);
    Outcome {
        result,
        output: String::new(),
    }
}

fn run_blocking_inner(
    run: Run,
    scheduler: Scheduler,
    executor: Option<&async_executor::Executor<'static>>,
    on_output: &mut dyn FnMut(&str),
) -> Result<HostValue, RunError> {
    match executor {
        Some(ex) => {
            let spawn = |f: CallFuture| -> CallFuture { Box::pin(ex.spawn(f)) };
            futures_lite::future::block_on(ex.run(drive(run, scheduler, &spawn, on_output)))
        }
        None => {
            let local = async_executor::Executor::new();
            let spawn = |f: CallFuture| -> CallFuture { Box::pin(local.spawn(f)) };
            futures_lite::future::block_on(local.run(drive(run, scheduler, &spawn, on_output)))
        }
    }
}

/// Runs to completion inside any async runtime (the future is `Send`);
/// capability futures are awaited in place.
pub async fn run_async(run: Run, scheduler: Scheduler) -> Outcome {
    let mut output = String::new();
    let result = {
        let mut on = |s: &str| output.push_str(s);
        let spawn = |f: CallFuture| f;
        drive(run, scheduler, &spawn, &mut on).await
    };
    Outcome { result, output }
}
