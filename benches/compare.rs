//! pycps against CPython on the same Python source.
//!
//! Each workload is a Python program valid under both pycps and CPython 3.11
//! that prints one result. pycps runs it through the embedding API (compiled
//! once; only `Program::run` is timed). CPython runs it in a `python3`
//! subprocess that compiles the source first and times only the `exec` with
//! `time.perf_counter()`, so interpreter start-up and compilation are
//! excluded on both sides. Before timing, both outputs must match.
//!
//! Run with `cargo bench --bench compare [NAME-FILTER]`; `PYCPS_BENCH_ROUNDS`
//! sets the number of rounds (default 5). No external benchmark crate: the
//! runner alternates pycps and CPython each round and reports medians.

use pycps::{Engine, HostValue, Program};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

struct Workload {
    name: &'static str,
    what: &'static str,
    source: &'static str,
}

const WORKLOADS: &[Workload] = &[
    Workload {
        name: "fib(27)",
        what: "recursive calls",
        source: r#"
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(27))
"#,
    },
    Workload {
        name: "loop 2M",
        what: "integer loop with branches",
        source: r#"
def loop(n):
    acc = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            acc += i
        elif i % 5 == 1:
            acc -= 1
        else:
            acc ^= i & 7
        i += 1
    return acc

print(loop(2000000))
"#,
    },
    Workload {
        name: "methods 100k",
        what: "method calls and attribute access on instances of a user class",
        source: r#"
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

def run(n):
    p = Point(0, 0)
    d = Point(1, -1)
    total = 0
    for i in range(n):
        p = p.add(d)
        total += p.norm1()
    return total

print(run(100000))
"#,
    },
    Workload {
        name: "dict count 300k",
        what: "counting words in a dict, list indexing, `in`, then sorted/join",
        source: r#"
def run(n):
    words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta"]
    counts = {}
    for i in range(n):
        w = words[i % 7]
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    items = []
    for k, v in counts.items():
        items.append(k + "=" + str(v))
    return ",".join(sorted(items))

print(run(300000))
"#,
    },
    Workload {
        name: "strings 100k",
        what: "string building: concatenation, str(), len, upper, f-strings, join",
        source: r#"
def run(n):
    parts = []
    for i in range(n):
        s = "item" + str(i)
        if len(s) % 2 == 0:
            parts.append(s.upper())
        else:
            parts.append(f"<{s}>")
    out = ", ".join(parts)
    return len(out)

print(run(100000))
"#,
    },
    Workload {
        name: "gather 40k",
        what: "asyncio.gather of 40,000 coroutines, each await asyncio.sleep(0)",
        source: r#"
import asyncio

async def one(i):
    await asyncio.sleep(0)
    return i

async def main():
    results = await asyncio.gather(*[one(i) for i in range(40000)])
    return sum(results)

print(asyncio.run(main()))
"#,
    },
];

/// Runs a workload file under CPython: compile outside the timed region,
/// time only the `exec`, report the elapsed seconds on a marker line.
const CPYTHON_HARNESS: &str = r#"
import sys, time
path = sys.argv[1]
with open(path) as f:
    code = compile(f.read(), path, "exec")
scope = {"__name__": "__main__"}
t0 = time.perf_counter()
exec(code, scope)
t1 = time.perf_counter()
sys.stdout.flush()
print("@@elapsed", repr(t1 - t0))
"#;

const MARKER: &str = "@@elapsed ";

struct CPython {
    exe: String,
    version: String,
}

impl CPython {
    fn find() -> Option<CPython> {
        let exe = std::env::var("PYCPS_BENCH_PYTHON").unwrap_or_else(|_| "python3".to_string());
        let out = Command::new(&exe).arg("--version").output().ok()?;
        if !out.status.success() {
            return None;
        }
        let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let version = if version.is_empty() {
            String::from_utf8_lossy(&out.stderr).trim().to_string()
        } else {
            version
        };
        Some(CPython { exe, version })
    }

    /// One run: (stdout without the marker line, time inside Python).
    fn run(&self, file: &Path) -> (String, Duration) {
        let out = Command::new(&self.exe)
            .arg("-c")
            .arg(CPYTHON_HARNESS)
            .arg(file)
            .output()
            .unwrap_or_else(|e| panic!("running {} failed: {e}", self.exe));
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        if !out.status.success() {
            panic!(
                "{} failed on {}:\n{stdout}{}",
                self.exe,
                file.display(),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let at = stdout
            .rfind(MARKER)
            .unwrap_or_else(|| panic!("no timing line in CPython output:\n{stdout}"));
        let secs: f64 = stdout[at + MARKER.len()..]
            .trim()
            .parse()
            .unwrap_or_else(|e| panic!("bad timing line in CPython output ({e}):\n{stdout}"));
        (stdout[..at].to_string(), Duration::from_secs_f64(secs))
    }
}

/// One pycps run: (stdout, time of `Program::run`).
fn run_pycps(program: &Program, name: &str) -> (String, Duration) {
    let started = Instant::now();
    let result = program.run(Vec::<(String, HostValue)>::new());
    let elapsed = started.elapsed();
    match result {
        Ok(out) => (out.stdout, elapsed),
        Err(e) => panic!("pycps failed on workload {name}:\n{e}"),
    }
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn fmt_ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

/// A per-process temporary file, removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &str) -> TempFile {
        let path = std::env::temp_dir().join(format!("pycps-bench-{}-{name}", std::process::id()));
        std::fs::write(&path, contents)
            .unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

struct Row {
    name: &'static str,
    pycps: Duration,
    cpython: Option<Duration>,
}

fn main() {
    let rounds: usize =
        match std::env::var("PYCPS_BENCH_ROUNDS") {
            Ok(s) => s.parse().ok().filter(|&n| n > 0).unwrap_or_else(|| {
                panic!("PYCPS_BENCH_ROUNDS must be a positive integer, got {s:?}")
            }),
            Err(_) => 5,
        };
    // `cargo bench` passes `--bench`; any other argument filters workloads.
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let cpython = CPython::find();
    match &cpython {
        Some(py) => println!("CPython: {} ({})", py.version, py.exe),
        None => println!("CPython: python3 not found; pycps numbers only"),
    }
    println!("rounds: {rounds} (PYCPS_BENCH_ROUNDS), medians reported\n");

    let engine = Engine::new();
    let mut rows = Vec::new();
    for (index, w) in WORKLOADS.iter().enumerate() {
        if !filters.is_empty() && !filters.iter().any(|f| w.name.contains(f.as_str())) {
            continue;
        }
        eprintln!("== {} ({})", w.name, w.what);
        let program = engine.compile(w.source, "workload.py").unwrap_or_else(|e| {
            panic!(
                "workload {} does not compile under pycps:\n{}",
                w.name,
                e.render(false)
            )
        });
        let file = TempFile::new(&format!("w{index}.py"), w.source);

        // Same printed result on both sides, or no timing at all.
        let (pycps_out, first) = run_pycps(&program, w.name);
        eprintln!(
            "   pycps   -> {} (first run {})",
            pycps_out.trim(),
            fmt_ms(first)
        );
        if let Some(py) = &cpython {
            let (py_out, _) = py.run(&file.0);
            assert_eq!(
                pycps_out, py_out,
                "workload {}: pycps and CPython print different results",
                w.name
            );
            eprintln!("   CPython -> {}", py_out.trim());
        }

        let mut pycps_times = Vec::new();
        let mut cpython_times = Vec::new();
        for round in 0..rounds {
            let (out, t) = run_pycps(&program, w.name);
            assert_eq!(out, pycps_out, "workload {}: pycps output changed", w.name);
            pycps_times.push(t);
            let mut line = format!("   round {}: pycps {}", round + 1, fmt_ms(t));
            if let Some(py) = &cpython {
                let (_, t) = py.run(&file.0);
                cpython_times.push(t);
                line.push_str(&format!(", CPython {}", fmt_ms(t)));
            }
            eprintln!("{line}");
        }
        rows.push(Row {
            name: w.name,
            pycps: median(pycps_times),
            cpython: (!cpython_times.is_empty()).then(|| median(cpython_times)),
        });
    }

    println!(
        "| {:<12} | {:>12} | {:>12} | {:>16} |",
        "workload", "pycps", "CPython", "pycps / CPython"
    );
    println!("|{:-<14}|{:->14}|{:->14}|{:->18}|", "", ":", ":", ":");
    for row in &rows {
        let (cpy, ratio) = match row.cpython {
            Some(c) => (
                fmt_ms(c),
                format!(
                    "{:.2}x",
                    row.pycps.as_secs_f64() / c.as_secs_f64().max(f64::EPSILON)
                ),
            ),
            None => ("-".to_string(), "-".to_string()),
        };
        println!(
            "| {:<12} | {:>12} | {:>12} | {:>16} |",
            row.name,
            fmt_ms(row.pycps),
            cpy,
            ratio
        );
    }
    println!("\nratio: lower is better (< 1 means pycps is faster)");
}
