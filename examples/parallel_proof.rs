//! Proof that CPU-bound host capabilities fanned out by `asyncio.gather`
//! run in parallel on a multi-threaded executor.
//!
//! Sixteen calls of an awaitable capability `work(i)`, each summing
//! `1..=500_000` on the host (inside the future's `poll`, so on whichever
//! executor thread polls it), are run twice: awaited one by one in a Python
//! loop, then all at once with `asyncio.gather`. The engine is given a
//! multi-threaded `async_executor::Executor` (one thread per available core)
//! with `Engine::set_executor`. Each call records the OS thread that ran it.
//!
//! Run with `cargo run --release --example parallel_proof`.

use pycps::{CallArgs, CapabilityError, Engine, HostValue, Program};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const CALLS: i64 = 16;
const N: i64 = 500_000;
/// Each mode is timed this many times; the median is reported.
const REPEATS: usize = 11;

const SEQUENTIAL: &str = r#"
import asyncio

async def main():
    out = []
    for i in range(16):
        out.append(await work(i))
    return out

asyncio.run(main())
"#;

const PARALLEL: &str = r#"
import asyncio

async def main():
    return await asyncio.gather(*[work(i) for i in range(16)])

asyncio.run(main())
"#;

/// The CPU-bound part: `black_box` keeps the optimiser from folding the
/// loop into `n * (n + 1) / 2`.
fn sum_to(n: i64) -> i64 {
    let mut acc = 0i64;
    for k in 1..=n {
        acc = acc.wrapping_add(std::hint::black_box(k));
    }
    acc
}

/// Which threads ran calls: thread id (Debug form) → (thread name, calls).
type ThreadLog = Arc<Mutex<BTreeMap<String, (String, usize)>>>;

fn record_thread(log: &ThreadLog) {
    let t = std::thread::current();
    let id = format!("{:?}", t.id());
    let name = t.name().unwrap_or("<unnamed>").to_string();
    let mut log = log.lock().expect("thread log mutex poisoned");
    log.entry(id).or_insert((name, 0)).1 += 1;
}

fn spawn_executor_threads(ex: &Arc<async_executor::Executor<'static>>, n: usize) {
    for i in 0..n {
        let ex = ex.clone();
        std::thread::Builder::new()
            .name(format!("pycps-exec-{i}"))
            .spawn(move || {
                futures_lite::future::block_on(ex.run(futures_lite::future::pending::<()>()))
            })
            .expect("spawning an executor thread");
    }
}

/// Runs `program` once, checks its value, and returns the wall time.
fn timed_run(program: &Program, what: &str) -> Duration {
    let started = Instant::now();
    let out = program
        .run(Vec::<(String, HostValue)>::new())
        .unwrap_or_else(|e| panic!("the {what} program failed: {e}"));
    let elapsed = started.elapsed();
    let expected = HostValue::List(vec![HostValue::Int(N * (N + 1) / 2); CALLS as usize]);
    assert_eq!(
        out.value, expected,
        "the {what} program returned the wrong value"
    );
    elapsed
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let ex = Arc::new(async_executor::Executor::new());
    spawn_executor_threads(&ex, threads);

    let log: ThreadLog = Arc::default();
    let mut engine = Engine::new();
    engine.set_executor(ex);
    let call_log = log.clone();
    engine.register_awaitable("work", move |args: CallArgs| {
        let log = call_log.clone();
        // All the work happens when the future is first polled, not when
        // the call is created.
        async move {
            record_thread(&log);
            match args.args.first() {
                Some(HostValue::Int(_)) => Ok(HostValue::Int(sum_to(N))),
                other => Err(CapabilityError::with_type(
                    "TypeError",
                    format!("work() expects an int, got {other:?}"),
                )),
            }
        }
    });

    let compile = |src: &str, name: &str| {
        engine
            .compile(src, name)
            .unwrap_or_else(|e| panic!("{name} should compile:\n{}", e.render(false)))
    };
    let sequential = compile(SEQUENTIAL, "sequential.py");
    let parallel = compile(PARALLEL, "parallel.py");

    // One untimed call on the host thread, to show the cost of one call.
    let one_started = Instant::now();
    std::hint::black_box(sum_to(N));
    let one = one_started.elapsed();

    // Warm up both, then time alternately.
    timed_run(&sequential, "sequential");
    timed_run(&parallel, "parallel");
    let mut seq_times = Vec::new();
    let mut par_times = Vec::new();
    let mut seq_threads = BTreeMap::new();
    let mut par_threads = BTreeMap::new();
    for _ in 0..REPEATS {
        log.lock().expect("thread log mutex poisoned").clear();
        seq_times.push(timed_run(&sequential, "sequential"));
        merge(&mut seq_threads, &log);
        log.lock().expect("thread log mutex poisoned").clear();
        par_times.push(timed_run(&parallel, "parallel"));
        merge(&mut par_threads, &log);
    }
    let seq = median(seq_times);
    let par = median(par_times);

    println!(
        "{CALLS} calls of work(i) = sum(1..={N}) on the host, {threads} executor threads, \
         median of {REPEATS} runs"
    );
    println!("one call, on the main thread: {}", ms(one));
    println!("sequential (await in a loop): {}", ms(seq));
    println!("parallel (asyncio.gather):    {}", ms(par));
    println!(
        "speedup: {:.2}x",
        seq.as_secs_f64() / par.as_secs_f64().max(f64::EPSILON)
    );
    print_threads("sequential", &seq_threads);
    print_threads("parallel", &par_threads);
    let main_name = std::thread::current()
        .name()
        .unwrap_or("<unnamed>")
        .to_string();
    if par_threads.len() <= 1 {
        println!(
            "NOTE: every parallel call ran on one thread: the driver does not spawn \
             capability futures on the executor given to Engine::set_executor"
        );
    } else if par_threads.values().any(|(name, _)| *name == main_name) {
        println!(
            "note: the calling thread ({main_name}) also ran calls: Program::run drives the \
             run inside the given executor, so it is one more worker while it waits"
        );
    }
}

fn merge(into: &mut BTreeMap<String, (String, usize)>, log: &ThreadLog) {
    for (id, (name, n)) in log.lock().expect("thread log mutex poisoned").iter() {
        into.entry(id.clone()).or_insert((name.clone(), 0)).1 += n;
    }
}

fn print_threads(what: &str, threads: &BTreeMap<String, (String, usize)>) {
    let list: Vec<String> = threads
        .iter()
        .map(|(id, (name, n))| format!("{name} [{id}]: {n} calls"))
        .collect();
    println!(
        "threads that ran the {what} calls: {} — {}",
        threads.len(),
        list.join(", ")
    );
}
