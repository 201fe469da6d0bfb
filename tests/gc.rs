//! The garbage collector seen from the embedding API: garbage is freed
//! (a program allocating far more than the memory limit in short-lived
//! objects runs within it), live data survives collections intact
//! (including data held only by suspended tasks, generators and closures
//! across awaits), and cycles are collected. The whole conformance corpus
//! also runs clean with `PYCPS_GC_STRESS=7` (a collection every 7
//! instructions); `runtime/src/gc.rs` documents the design.

use pycps::{CallArgs, Engine, HostValue, Limits};

fn limited_engine(max_memory: usize) -> Engine {
    let mut e = Engine::new();
    e.set_limits(Limits {
        max_memory: Some(max_memory),
        ..Limits::default()
    });
    e.register_awaitable("echo", |args: CallArgs| async move {
        Ok(args.args.first().cloned().unwrap_or(HostValue::None))
    });
    e
}

fn run(engine: &Engine, src: &str) -> String {
    let program = engine
        .compile(src, "gc.py")
        .unwrap_or_else(|e| panic!("compile error:\n{}", e.render(false)));
    program
        .run(Vec::<(String, HostValue)>::new())
        .unwrap_or_else(|e| panic!("run failed: {e}"))
        .stdout
}

#[test]
fn garbage_is_freed_within_the_memory_limit() {
    // ~400 MB of short-lived strings and lists under a 48 MB limit.
    let src = "\
total = 0
for i in range(400_000):
    s = str(i) * 20
    parts = [s, s.upper(), [i, i + 1]]
    total += len(parts[0]) + len(parts[2])
print(total)
";
    assert_eq!(run(&limited_engine(48 << 20), src), "46577800\n");
}

#[test]
fn live_data_survives_collections() {
    let src = "\
import asyncio
keep = {}
def make_counter(start):
    n = [start]
    def step():
        n[0] += 1
        return n[0]
    return step
def numbers(k):
    for i in range(k):
        yield (i, str(i) * 3)
async def worker(w):
    counter = make_counter(w * 1000)
    gen = numbers(5)
    held = [w] * 50
    for rnd in range(40):
        junk = [str(j) * 50 for j in range(300)]
        await echo(rnd)
        keep[(w, rnd % 5)] = counter()
    return sum(held), next(gen), list(gen)
async def main():
    results = await asyncio.gather(*[worker(w) for w in range(6)])
    print(results[5], len(keep), keep[(3, 4)])
asyncio.run(main())
";
    assert_eq!(
        run(&limited_engine(32 << 20), src),
        "(250, (0, '000'), [(1, '111'), (2, '222'), (3, '333'), (4, '444')]) 30 3040\n"
    );
}

#[test]
fn cycles_are_collected() {
    let src = "\
class Node:
    def __init__(self, v):
        self.v = v
        self.next = self
        self.payload = 'x' * 1000
made = 0
for i in range(100_000):
    a = Node(i)
    b = Node(i)
    a.next, b.next = b, a
    made += a.next.next.v == i
print(made)
";
    assert_eq!(run(&limited_engine(40 << 20), src), "100000\n");
}

/// Collections at (nearly) every instruction boundary, through the CLI
/// (`PYCPS_GC_STRESS` is read per process): loops over iterators,
/// comprehensions, recursive `__repr__` through list reprs (replayed and
/// nested calls), generators and tasks give exactly CPython's output.
#[test]
fn stress_collections_keep_every_value() {
    let src = "\
import asyncio
class R:
    def __init__(self, d): self.d = d
    def __repr__(self):
        return 'R(' + (repr([R(self.d - 1) for _ in range(3)]) if self.d else '') + ')'
def loop_sum():
    n = 0
    for i in range(50):
        n += i
    return n
def gen(k):
    for i in range(k):
        yield [i] * 2
async def job(i):
    await asyncio.sleep(0)
    return [str(j) for j in range(i)]
async def main():
    return await asyncio.gather(*[job(i) for i in range(4)])
print(loop_sum(), [x for x in range(5) if x % 2], list(gen(3)))
print(repr(R(2)))
print(sorted([R(0) for _ in range(3)], key=lambda r: r.d), {k: v for k, v in zip('ab', range(2))})
print(asyncio.run(main()))
";
    let dir = std::env::temp_dir().join(format!("pycps-gc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let path = dir.join("stress.py");
    std::fs::write(&path, src).expect("write");
    for every in ["2", "3", "5"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_pycps"))
            .arg("run")
            .arg(&path)
            .env("PYCPS_GC_STRESS", every)
            .output()
            .expect("run pycps");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "1225 [1, 3] [[0, 0], [1, 1], [2, 2]]\n\
             R([R([R(), R(), R()]), R([R(), R(), R()]), R([R(), R(), R()])])\n\
             [R(), R(), R()] {'a': 0, 'b': 1}\n\
             [[], ['0'], ['0', '1'], ['0', '1', '2']]\n",
            "PYCPS_GC_STRESS={every}; stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
