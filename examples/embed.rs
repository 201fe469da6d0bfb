//! Embedding pycps in a Rust host: register tools as Rust closures, compile
//! an agent's Python once, run it, and read back its value and its output.
//!
//! The awaitable tools count how many of their calls are in flight at the
//! same moment; the program fans out with `asyncio.gather`, so the maximum
//! printed at the end is the width of the fan-out, not 1.
//!
//! Run with `cargo run --example embed`.

use pycps::{CallArgs, CapabilityError, Engine, Error, HostValue};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The agent's program. `queries` is an input global set by the host.
const PROGRAM: &str = r#"
import asyncio

async def research(q):
    hit = await search(q)
    doc = await fetch(hit["url"])
    return {"query": q, "words": doc["words"]}

async def main():
    results = await asyncio.gather(*[research(q) for q in queries])
    total = sum([r["words"] for r in results])
    print(f"researched {len(results)} queries, {total} words")
    region = lookup("region")
    print(f"region: {region}")
    try:
        await fetch("")
    except ValueError as e:
        print(f"fetch refused: {e}")
    return {"total_words": total, "queries": len(results)}

asyncio.run(main())
"#;

/// Counts calls in flight and remembers the maximum.
#[derive(Default)]
struct InFlight {
    now: AtomicUsize,
    max: AtomicUsize,
    calls: AtomicUsize,
}

impl InFlight {
    fn enter(self: &Arc<Self>) -> InFlightGuard {
        let now = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.max.fetch_max(now, Ordering::SeqCst);
        self.calls.fetch_add(1, Ordering::SeqCst);
        InFlightGuard(self.clone())
    }
}

/// Decrements the in-flight count when the call's future finishes (or is
/// dropped).
struct InFlightGuard(Arc<InFlight>);

impl Drop for InFlightGuard {
    fn drop(&mut self) {
        self.0.now.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The first positional argument as a string.
fn first_str(args: &CallArgs) -> Result<String, CapabilityError> {
    match args.args.first() {
        Some(HostValue::Str(s)) => Ok(s.clone()),
        other => Err(CapabilityError::with_type(
            "TypeError",
            format!("expected a str argument, got {other:?}"),
        )),
    }
}

fn dict(pairs: Vec<(&str, HostValue)>) -> HostValue {
    HostValue::Dict(
        pairs
            .into_iter()
            .map(|(k, v)| (HostValue::from(k), v))
            .collect(),
    )
}

fn main() {
    let in_flight = Arc::new(InFlight::default());
    let mut engine = Engine::new();

    // An awaitable tool: a simulated 40 ms search backend.
    let counter = in_flight.clone();
    engine.register_awaitable("search", move |args: CallArgs| {
        let counter = counter.clone();
        async move {
            let _guard = counter.enter();
            let q = first_str(&args)?;
            async_io::Timer::after(Duration::from_millis(40)).await;
            Ok(dict(vec![(
                "url",
                HostValue::from(format!("https://example.org/{}", q.replace(' ', "-"))),
            )]))
        }
    });

    // Another awaitable tool; errors become Python exceptions of the named
    // built-in type, which the program can catch.
    let counter = in_flight.clone();
    engine.register_awaitable("fetch", move |args: CallArgs| {
        let counter = counter.clone();
        async move {
            let _guard = counter.enter();
            let url = first_str(&args)?;
            if url.is_empty() {
                return Err(CapabilityError::with_type("ValueError", "empty url"));
            }
            async_io::Timer::after(Duration::from_millis(25)).await;
            Ok(dict(vec![(
                "words",
                HostValue::from(url.len() as i64 * 10),
            )]))
        }
    });

    // A synchronous builtin: called inline, no await in Python.
    engine.register_builtin("lookup", |_args: CallArgs| Ok(HostValue::from("eu-west")));

    let program = match engine.compile(PROGRAM, "agent.py") {
        Ok(program) => program,
        Err(e) => {
            // Diagnostics name the file, line and column, and underline the span.
            eprintln!("{}", e.render(false));
            std::process::exit(2);
        }
    };

    let queries: Vec<HostValue> = [
        "cps transform",
        "state machines",
        "async rust",
        "python gather",
        "stackless interpreters",
        "capability security",
    ]
    .into_iter()
    .map(HostValue::from)
    .collect();
    let n_queries = queries.len();

    let started = Instant::now();
    let result = program.run([("queries", HostValue::List(queries))]);
    let elapsed = started.elapsed();

    match result {
        Ok(out) => {
            println!("value:  {}", out.value.py_repr());
            println!("stdout:");
            for line in out.stdout.lines() {
                println!("  | {line}");
            }
        }
        Err(Error::Exception { exception, stdout }) => {
            eprintln!("stdout so far:\n{stdout}");
            eprintln!("the program raised:\n{}", exception.traceback);
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("the run failed: {e}");
            std::process::exit(1);
        }
    }
    println!(
        "tool calls: {} (awaitable), max in flight: {} (fan-out of {n_queries} queries)",
        in_flight.calls.load(Ordering::SeqCst),
        in_flight.max.load(Ordering::SeqCst),
    );
    println!(
        "wall time: {:.0} ms (sequential would be ~{} ms)",
        elapsed.as_secs_f64() * 1e3,
        n_queries * (40 + 25)
    );
}
