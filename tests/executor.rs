//! The executor through the embedding API: batched dispatch, concurrency
//! limits, cancellation of pending capability calls, timeouts, determinism
//! of the `rounds` scheduler under random latencies, the virtual clock,
//! scale (10,000 calls and tasks) and `Send` (driving runs from tokio and
//! from a multi-threaded async-executor).
//!
//! No assertion here depends on wall-clock bounds: timing claims live in
//! `benches/executor.rs`.

use pycps::{
    CallArgs, CapabilityError, Clock, Engine, Error, HostValue, Program, Run, Scheduler, Step,
};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const BOTH: [Scheduler; 2] = [Scheduler::Rounds, Scheduler::Eager];

fn no_inputs() -> Vec<(String, HostValue)> {
    Vec::new()
}

fn first_int(args: &CallArgs) -> i64 {
    match args.args.first() {
        Some(HostValue::Int(i)) => *i,
        _ => -1,
    }
}

fn compile(engine: &Engine, src: &str) -> Program {
    engine
        .compile(src, "test.py")
        .unwrap_or_else(|e| panic!("{}", e.render(false)))
}

fn stdout(program: &Program) -> String {
    match program.run(no_inputs()) {
        Ok(o) => o.stdout,
        Err(e) => panic!("run failed: {e}"),
    }
}

async fn sleep_ms(ms: u64) {
    if ms > 0 {
        async_io::Timer::after(Duration::from_millis(ms)).await;
    }
}

#[test]
fn batched_one_host_call_per_tick_in_caller_order() {
    for sched in BOTH {
        let batches: Arc<Mutex<Vec<Vec<i64>>>> = Arc::default();
        let mut engine = Engine::new();
        let log = batches.clone();
        engine
            .set_scheduler(sched)
            .register_batched("get_user", move |calls| {
                let ids: Vec<i64> = calls.iter().map(first_int).collect();
                log.lock().unwrap().push(ids.clone());
                async move {
                    sleep_ms(2).await;
                    Ok(ids
                        .into_iter()
                        .map(|i| Ok(HostValue::from(format!("user{i}"))))
                        .collect())
                }
            });
        let program = compile(
            &engine,
            "import asyncio\n\
             async def main():\n    \
                 users = await asyncio.gather(*[get_user(i) for i in [3, 1, 2, 5, 4]])\n    \
                 print(users)\n    \
                 print(await get_user(9))\n    \
                 more = await asyncio.gather(get_user(7), get_user(8))\n    \
                 print(more)\n\
             asyncio.run(main())\n",
        );
        assert_eq!(
            stdout(&program),
            "['user3', 'user1', 'user2', 'user5', 'user4']\nuser9\n['user7', 'user8']\n"
        );
        assert_eq!(
            *batches.lock().unwrap(),
            vec![vec![3, 1, 2, 5, 4], vec![9], vec![7, 8]],
            "{sched:?}"
        );
    }
}

#[test]
fn batched_errors_fan_out() {
    let mut engine = Engine::new();
    engine.register_batched("get", |calls| async move {
        let n = calls.len();
        // One result short: the last caller fails, the others succeed.
        Ok((0..n.saturating_sub(1))
            .map(|i| Ok(HostValue::Int(i as i64)))
            .collect())
    });
    engine.register_batched("down", |_calls| async move {
        Err(CapabilityError::with_type(
            "ConnectionError",
            "backend down",
        ))
    });
    let program = compile(
        &engine,
        "import asyncio\n\
         async def main():\n    \
             print(await asyncio.gather(get(), get(), get(), return_exceptions=True))\n    \
             try:\n        \
                 await asyncio.gather(down(), down())\n    \
             except ConnectionError as e:\n        \
                 print('caught', e)\n\
         asyncio.run(main())\n",
    );
    assert_eq!(
        stdout(&program),
        "[0, 1, RuntimeError('batched capability returned 2 results for 3 calls')]\ncaught backend down\n"
    );
}

#[test]
fn concurrency_limit_is_never_exceeded() {
    for sched in BOTH {
        let in_flight = Arc::new(AtomicUsize::new(0));
        let max_seen = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let mut engine = Engine::new();
        let (f, m, t) = (in_flight.clone(), max_seen.clone(), total.clone());
        engine
            .set_scheduler(sched)
            .register_awaitable_limited("fetch", 3, move |args| {
                let (f, m, t) = (f.clone(), m.clone(), t.clone());
                async move {
                    let now = f.fetch_add(1, Ordering::SeqCst) + 1;
                    m.fetch_max(now, Ordering::SeqCst);
                    t.fetch_add(1, Ordering::SeqCst);
                    sleep_ms(3).await;
                    f.fetch_sub(1, Ordering::SeqCst);
                    Ok(HostValue::Int(first_int(&args) * 10))
                }
            });
        let program = compile(
            &engine,
            "import asyncio\n\
             async def one(i):\n    \
                 a = await fetch(i)\n    \
                 return a + await fetch(i)\n\
             async def main():\n    \
                 r = await asyncio.gather(*[one(i) for i in range(12)])\n    \
                 print(sum(r), r[:4])\n\
             asyncio.run(main())\n",
        );
        assert_eq!(stdout(&program), "1320 [0, 20, 40, 60]\n");
        assert_eq!(total.load(Ordering::SeqCst), 24);
        assert_eq!(max_seen.load(Ordering::SeqCst), 3, "{sched:?}");
        assert_eq!(in_flight.load(Ordering::SeqCst), 0);
    }
}

/// Counts started, finished and dropped-before-finishing host calls.
#[derive(Default)]
struct CallCounter {
    started: AtomicUsize,
    finished: AtomicUsize,
    dropped: AtomicUsize,
}

struct DropGuard(Arc<CallCounter>, bool);

impl Drop for DropGuard {
    fn drop(&mut self) {
        if !self.1 {
            self.0.dropped.fetch_add(1, Ordering::SeqCst);
        }
    }
}

fn slow_engine(sched: Scheduler, counter: &Arc<CallCounter>) -> Engine {
    let mut engine = Engine::new();
    let c = counter.clone();
    engine
        .set_scheduler(sched)
        .register_awaitable("slow", move |args| {
            let c = c.clone();
            async move {
                c.started.fetch_add(1, Ordering::SeqCst);
                let mut guard = DropGuard(c.clone(), false);
                let ms = first_int(&args).max(0) as u64;
                sleep_ms(ms).await;
                guard.1 = true;
                c.finished.fetch_add(1, Ordering::SeqCst);
                Ok(HostValue::from("slow done"))
            }
        });
    engine.register_awaitable("fast", |_args| async move {
        sleep_ms(1).await;
        Ok(HostValue::from("fast done"))
    });
    engine
}

#[test]
fn cancelled_task_drops_its_pending_call() {
    for sched in BOTH {
        let counter = Arc::new(CallCounter::default());
        let engine = slow_engine(sched, &counter);
        let program = compile(
            &engine,
            "import asyncio\n\
             async def worker():\n    \
                 try:\n        \
                     return await slow(60000)\n    \
                 except asyncio.CancelledError:\n        \
                     print('worker cancelled')\n        \
                     raise\n\
             async def main():\n    \
                 t = asyncio.create_task(worker())\n    \
                 await asyncio.sleep(0.01)\n    \
                 print(await fast())\n    \
                 print(t.cancel())\n    \
                 try:\n        \
                     await t\n    \
                 except asyncio.CancelledError:\n        \
                     print('main saw cancel', t.cancelled())\n\
             asyncio.run(main())\n",
        );
        assert_eq!(
            stdout(&program),
            "fast done\nTrue\nworker cancelled\nmain saw cancel True\n"
        );
        assert_eq!(counter.started.load(Ordering::SeqCst), 1);
        assert_eq!(counter.finished.load(Ordering::SeqCst), 0);
        assert_eq!(counter.dropped.load(Ordering::SeqCst), 1, "{sched:?}");
    }
}

#[test]
fn cancelled_call_is_reported_to_a_manual_host() {
    let counter = Arc::new(CallCounter::default());
    let engine = slow_engine(Scheduler::Rounds, &counter);
    let program = compile(
        &engine,
        "import asyncio\n\
         async def main():\n    \
             t = asyncio.create_task(slow(5))\n    \
             await asyncio.sleep(0.005)\n    \
             t.cancel()\n    \
             print(await asyncio.gather(t, return_exceptions=True))\n\
         asyncio.run(main())\n",
    );
    let mut run: Run = program.start(no_inputs());
    // The host never answers; the program cancels the call itself.
    let mut issued = Vec::new();
    let mut cancelled = Vec::new();
    loop {
        let step = run.advance();
        cancelled.extend(run.take_cancelled());
        match step {
            Step::Done(r) => {
                assert!(r.is_ok(), "{r:?}");
                break;
            }
            Step::Pending { calls, wake_at } => {
                issued.extend(calls.into_iter().map(|c| c.id));
                let Some(w) = wake_at else {
                    panic!("stuck: the call was not cancelled")
                };
                std::thread::sleep(w.saturating_duration_since(Instant::now()));
            }
        }
    }
    assert_eq!(issued.len(), 1);
    assert_eq!(cancelled, issued);
    assert_eq!(run.outstanding_calls(), 0);
    // A late answer is ignored.
    run.resume(issued[0], Ok(HostValue::None));
    assert_eq!(run.take_output(), "[CancelledError()]\n");
}

#[test]
fn wait_for_times_out_a_slow_capability() {
    for sched in BOTH {
        let counter = Arc::new(CallCounter::default());
        let engine = slow_engine(sched, &counter);
        let program = compile(
            &engine,
            "import asyncio\n\
             async def main():\n    \
                 try:\n        \
                     await asyncio.wait_for(slow(60000), timeout=0.02)\n    \
                 except asyncio.TimeoutError:\n        \
                     print('timed out')\n    \
                 print(await asyncio.wait_for(slow(1), timeout=30))\n    \
                 try:\n        \
                     async with asyncio.timeout(0.02):\n            \
                         await slow(60000)\n    \
                 except TimeoutError:\n        \
                     print('timeout() expired')\n\
             asyncio.run(main())\n",
        );
        let out = match program.run(no_inputs()) {
            Ok(o) => o.stdout,
            Err(Error::Exception { exception, stdout }) => {
                // `async with` needs the classes engineer's PrepareWith.
                assert!(stdout.starts_with("timed out\nslow done\n"), "{stdout}");
                eprintln!("async with timeout(): {}", exception.message);
                continue;
            }
            Err(e) => panic!("{e}"),
        };
        assert_eq!(out, "timed out\nslow done\ntimeout() expired\n");
        assert_eq!(counter.finished.load(Ordering::SeqCst), 1);
        assert_eq!(counter.dropped.load(Ordering::SeqCst), 2, "{sched:?}");
    }
}

/// A tiny deterministic generator (the test must not depend on `rand`).
fn lcg(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *seed >> 33
}

#[test]
fn rounds_is_deterministic_under_random_latencies() {
    let program_src = "import asyncio\n\
         async def leaf(tag, i):\n    \
             r = await tool(tag, i)\n    \
             print('leaf', tag, i)\n    \
             return r['args'][1]\n\
         async def branch(tag):\n    \
             a = await asyncio.gather(*[leaf(tag, i) for i in range(4)])\n    \
             b = await tool(tag, sum(a))\n    \
             print('branch', tag, b['args'])\n    \
             return sum(a)\n\
         async def main():\n    \
             t = asyncio.create_task(branch('t'))\n    \
             r = await asyncio.gather(branch('x'), branch('y'), leaf('z', 9))\n    \
             print(r, await t)\n\
         asyncio.run(main())\n";
    let mut reference: Option<(String, Vec<String>)> = None;
    let base = Instant::now().elapsed().subsec_nanos() as u64 | 1;
    for round in 0..6u64 {
        let log: Arc<Mutex<Vec<String>>> = Arc::default();
        let seed = Arc::new(Mutex::new(base.wrapping_add(round * 7919)));
        let mut engine = Engine::new();
        let l = log.clone();
        engine
            .set_scheduler(Scheduler::Rounds)
            .register_awaitable("tool", move |args| {
                l.lock().unwrap().push(format!("{:?}", args.args));
                let ms = lcg(&mut seed.lock().unwrap()) % 6;
                async move {
                    sleep_ms(ms).await;
                    Ok(HostValue::Dict(vec![(
                        HostValue::from("args"),
                        HostValue::List(args.args),
                    )]))
                }
            });
        let program = compile(&engine, program_src);
        let out = stdout(&program);
        let calls = log.lock().unwrap().clone();
        match &reference {
            None => reference = Some((out, calls)),
            Some((o, c)) => {
                assert_eq!(&out, o, "output differs in round {round}");
                assert_eq!(&calls, c, "call order differs in round {round}");
            }
        }
    }
}

#[test]
fn virtual_clock_sleeps_without_waiting() {
    let mut engine = Engine::new();
    engine.set_clock(Clock::Virtual);
    let program = compile(
        &engine,
        "import asyncio\n\
         async def tick(name, d):\n    \
             await asyncio.sleep(d)\n    \
             print(name)\n\
         async def main():\n    \
             await asyncio.gather(tick('ten', 10), tick('one', 1), tick('five', 5))\n    \
             try:\n        \
                 await asyncio.wait_for(asyncio.sleep(3600), timeout=60)\n    \
             except TimeoutError:\n        \
                 print('an hour is too long')\n\
         asyncio.run(main())\n",
    );
    let real = Instant::now();
    let mut run = program.start(no_inputs());
    let step = run.advance();
    let real = real.elapsed().as_secs_f64();
    assert!(matches!(step, Step::Done(Ok(_))), "{step:?}");
    assert_eq!(run.take_output(), "one\nfive\nten\nan hour is too long\n");
    let virtual_secs = run.clock_time();
    assert!(
        (virtual_secs - 70.0).abs() < 1e-6,
        "virtual time {virtual_secs}"
    );
    assert!(
        real < virtual_secs,
        "real {real} s, virtual {virtual_secs} s"
    );
}

fn echo_engine(sched: Scheduler) -> Engine {
    let mut engine = Engine::new();
    engine
        .set_scheduler(sched)
        .register_awaitable("echo", |args| async move {
            Ok(HostValue::Int(first_int(&args)))
        });
    engine
}

#[test]
fn ten_thousand_calls_in_one_gather() {
    for sched in BOTH {
        let program = compile(
            &echo_engine(sched),
            "import asyncio\n\
             async def main():\n    \
                 r = await asyncio.gather(*[echo(i) for i in range(10000)])\n    \
                 print(len(r), sum(r))\n\
             asyncio.run(main())\n",
        );
        assert_eq!(stdout(&program), "10000 49995000\n");
    }
}

#[test]
fn ten_thousand_tasks_each_awaiting_several_calls() {
    for sched in BOTH {
        let program = compile(
            &echo_engine(sched),
            "import asyncio\n\
             async def worker(i):\n    \
                 a = await echo(i)\n    \
                 b = await echo(a + 1)\n    \
                 c = await echo(b + 1)\n    \
                 return c\n\
             async def main():\n    \
                 tasks = [asyncio.create_task(worker(i)) for i in range(10000)]\n    \
                 total = 0\n    \
                 for t in tasks:\n        \
                     total += await t\n    \
                 print(total)\n\
             asyncio.run(main())\n",
        );
        assert_eq!(stdout(&program), "50015000\n");
    }
}

fn assert_send<T: Send>(_: &T) {}

const SEND_SRC: &str = "import asyncio\n\
     async def main():\n    \
         r = await asyncio.gather(*[echo(i) for i in range(100)])\n    \
         await asyncio.sleep(0.001)\n    \
         return sum(r)\n\
     asyncio.run(main())\n";

#[test]
fn runs_from_a_tokio_multi_thread_runtime() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let program = compile(&echo_engine(Scheduler::Eager), SEND_SRC);
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let p = program.clone();
            let fut = async move { p.run_async(no_inputs()).await };
            assert_send(&fut);
            rt.spawn(fut)
        })
        .collect();
    for h in handles {
        let out = rt.block_on(h).expect("joined").expect("ran");
        assert_eq!(out.value, HostValue::Int(4950));
    }
}

#[test]
fn runs_from_a_multi_threaded_async_executor() {
    let ex = Arc::new(async_executor::Executor::new());
    let (stop, shutdown) = async_channel_pair();
    let threads: Vec<_> = (0..3)
        .map(|_| {
            let ex = ex.clone();
            let shutdown = shutdown.clone();
            std::thread::spawn(move || futures_lite::future::block_on(ex.run(shutdown)))
        })
        .collect();
    let program = compile(&echo_engine(Scheduler::Rounds), SEND_SRC);
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let p = program.clone();
            ex.spawn(async move { p.run_async(no_inputs()).await })
        })
        .collect();
    for t in tasks {
        let out = futures_lite::future::block_on(t).expect("ran");
        assert_eq!(out.value, HostValue::Int(4950));
    }
    drop(stop);
    for t in threads {
        let _ = t.join();
    }
}

/// A shutdown signal for executor threads: resolves when the sender drops.
fn async_channel_pair() -> (
    futures::channel::oneshot::Sender<()>,
    futures::future::Shared<futures::channel::oneshot::Receiver<()>>,
) {
    use futures::FutureExt;
    let (tx, rx) = futures::channel::oneshot::channel::<()>();
    (tx, rx.shared())
}

#[test]
fn a_suspended_run_moves_between_threads() {
    let program = compile(&echo_engine(Scheduler::Rounds), SEND_SRC);
    let mut run = program.start(no_inputs());
    let Step::Pending { calls, .. } = run.advance() else {
        panic!("expected calls")
    };
    assert_send(&run);
    // Answer the calls from another thread, then finish on a third.
    let run = std::thread::spawn(move || {
        for c in calls {
            let v = first_int(&c.args);
            run.resume(c.id, Ok(HostValue::Int(v)));
        }
        run
    })
    .join()
    .expect("thread");
    let result = std::thread::spawn(move || {
        let mut run = run;
        loop {
            match run.advance() {
                Step::Done(r) => return r,
                Step::Pending { wake_at, .. } => {
                    if let Some(w) = wake_at {
                        std::thread::sleep(w.saturating_duration_since(Instant::now()));
                    }
                }
            }
        }
    })
    .join()
    .expect("thread");
    assert_eq!(result.expect("ok"), HostValue::Int(4950));
}

#[test]
fn virtual_clock_sleeper_beside_a_spinner() {
    // A task spinning on `sleep(0)` never lets the loop go idle: under the
    // virtual clock, busy iterations still let time pass, so the sleeper
    // wakes (after about 10 ms of virtual time) instead of spinning forever.
    for sched in [Scheduler::Rounds, Scheduler::Eager] {
        let mut engine = echo_engine(sched);
        engine.set_clock(Clock::Virtual);
        let program = compile(
            &engine,
            "import asyncio\n\
             async def sleeper():\n    \
                 await asyncio.sleep(0.01)\n    \
                 return await echo(7)\n\
             async def main():\n    \
                 t = asyncio.create_task(sleeper())\n    \
                 spins = 0\n    \
                 while not t.done():\n        \
                     spins += 1\n        \
                     await asyncio.sleep(0)\n    \
                 print(t.result(), spins > 100)\n\
             asyncio.run(main())\n",
        );
        assert_eq!(stdout(&program), "7 True\n", "{sched:?}");
    }
}

#[test]
fn top_level_await_cancels_leftover_tasks() {
    let engine = Engine::new();
    let program = compile(
        &engine,
        "import asyncio\n\
         async def bg():\n    \
             try:\n        \
                 await asyncio.sleep(100)\n    \
             finally:\n        \
                 print('bg cleanup')\n\
         t = asyncio.create_task(bg())\n\
         await asyncio.sleep(0)\n\
         print('module done')\n",
    );
    assert_eq!(stdout(&program), "module done\nbg cleanup\n");
}
