//! Executor benchmark: how pycps fans out capability calls, side by side
//! with CPython running the same programs with the tools prelude of
//! `CONTRACT.md` (tools are `async def`s sleeping their latency).
//!
//! Workloads (median of `PYCPS_BENCH_ROUNDS` runs, default 5):
//! - `gather 1000×20ms`: 1,000 awaitable calls of 20 ms in one `gather`
//!   (ideal: 20 ms), under `eager` and `rounds`.
//! - `staggered`: a 100 ms call beside a chain of ten sequential 10 ms
//!   calls. `eager` follows the critical path (≈ 100 ms); `rounds` waits
//!   for the whole first round before the chain continues (≈ 190 ms).
//! - `overhead`: 100,000 calls of a zero-latency tool in one `gather`;
//!   the runtime's cost per capability call in µs (everything but the
//!   tool: creating the call, dispatch, resumption, building the list).
//!
//! pycps times are wall times of `Program::run` (compile excluded);
//! CPython times are measured inside the process around `asyncio.run`.
//! Run with `cargo bench --bench executor`.

use pycps::{Engine, HostValue, Program, Scheduler};
use std::process::Command;
use std::time::{Duration, Instant};

const GATHER: &str = "import asyncio\n\
async def main():\n    \
    r = await asyncio.gather(*[tool20(i) for i in range(1000)])\n    \
    return len(r)\n";

const STAGGERED: &str = "import asyncio\n\
async def chain():\n    \
    for i in range(10):\n        \
        await tool10(i)\n\
async def main():\n    \
    await asyncio.gather(tool100(0), chain())\n";

const OVERHEAD: &str = "import asyncio\n\
async def main():\n    \
    r = await asyncio.gather(*[tool0(i) for i in range(100000)])\n    \
    return len(r)\n";

const OVERHEAD_CALLS: f64 = 100_000.0;

const PRELUDE: &str = "import asyncio, time\n\
async def tool0(*args, **kwargs):\n    \
    return args[0]\n\
async def tool10(*args, **kwargs):\n    \
    await asyncio.sleep(0.01)\n    \
    return args[0]\n\
async def tool20(*args, **kwargs):\n    \
    await asyncio.sleep(0.02)\n    \
    return args[0]\n\
async def tool100(*args, **kwargs):\n    \
    await asyncio.sleep(0.1)\n    \
    return args[0]\n";

fn engine(sched: Scheduler) -> Engine {
    let mut e = Engine::new();
    e.set_scheduler(sched);
    for (name, ms) in [
        ("tool0", 0u64),
        ("tool10", 10),
        ("tool20", 20),
        ("tool100", 100),
    ] {
        e.register_awaitable(name, move |args| async move {
            if ms > 0 {
                async_io::Timer::after(Duration::from_millis(ms)).await;
            }
            Ok(args.args.into_iter().next().unwrap_or(HostValue::None))
        });
    }
    e
}

fn program(sched: Scheduler, body: &str) -> Program {
    let src = format!("{body}asyncio.run(main())\n");
    engine(sched)
        .compile(&src, "bench.py")
        .unwrap_or_else(|e| panic!("{}", e.render(false)))
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn time_pycps(sched: Scheduler, body: &str, rounds: usize) -> Duration {
    let p = program(sched, body);
    median(
        (0..rounds)
            .map(|_| {
                let t = Instant::now();
                if let Err(e) = p.run(Vec::<(String, HostValue)>::new()) {
                    panic!("pycps failed: {e}");
                }
                t.elapsed()
            })
            .collect(),
    )
}

fn time_cpython(body: &str, rounds: usize) -> Option<Duration> {
    let exe = std::env::var("PYCPS_BENCH_PYTHON").unwrap_or_else(|_| "python3".into());
    let src = format!(
        "{PRELUDE}{body}\nts = []\nfor _ in range({rounds}):\n    \
         t = time.perf_counter()\n    asyncio.run(main())\n    \
         ts.append(time.perf_counter() - t)\nts.sort()\nprint(ts[len(ts) // 2])\n"
    );
    let out = Command::new(exe).arg("-c").arg(src).output().ok()?;
    if !out.status.success() {
        eprintln!("python3 failed: {}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    let secs: f64 = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
    Some(Duration::from_secs_f64(secs))
}

fn ms(d: Duration) -> String {
    format!("{:>8.1} ms", d.as_secs_f64() * 1e3)
}

fn ratio(a: Duration, b: Option<Duration>) -> String {
    match b {
        Some(b) if !b.is_zero() => format!("{:>6.2}×", a.as_secs_f64() / b.as_secs_f64()),
        _ => "     n/a".into(),
    }
}

fn main() {
    let rounds: usize = std::env::var("PYCPS_BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(5);
    println!("executor benchmark (median of {rounds}; ratio = pycps / CPython)");
    println!(
        "{:<22} {:>11} {:>11} {:>11} {:>8} {:>8}",
        "workload", "eager", "rounds", "CPython", "eager/Py", "rounds/Py"
    );
    for (name, body) in [
        ("gather 1000×20ms", GATHER),
        ("staggered 100|10×10ms", STAGGERED),
    ] {
        let e = time_pycps(Scheduler::Eager, body, rounds);
        let r = time_pycps(Scheduler::Rounds, body, rounds);
        let py = time_cpython(body, rounds);
        println!(
            "{name:<22} {} {} {} {} {}",
            ms(e),
            ms(r),
            py.map(ms).unwrap_or_else(|| "        n/a".into()),
            ratio(e, py),
            ratio(r, py)
        );
    }
    let e = time_pycps(Scheduler::Eager, OVERHEAD, rounds);
    let r = time_pycps(Scheduler::Rounds, OVERHEAD, rounds);
    let py = time_cpython(OVERHEAD, rounds);
    let us = |d: Duration| format!("{:>8.3} µs", d.as_secs_f64() * 1e6 / OVERHEAD_CALLS);
    println!(
        "{:<22} {} {} {} {} {}",
        "per-call overhead",
        us(e),
        us(r),
        py.map(us).unwrap_or_else(|| "        n/a".into()),
        ratio(e, py),
        ratio(r, py)
    );
    println!("(overhead: 100,000 zero-latency calls in one gather, total time / calls)");
}
