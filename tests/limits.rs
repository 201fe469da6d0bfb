//! Hostile programs against the resource limits, through the embedding
//! API: a handful of instructions that double a string, list or tuple must
//! hit the memory limit promptly (a large allocation brings the limit check
//! forward to the next instruction boundary, `runtime/src/heap.rs`), and a
//! native walk that cannot return to the dispatch loop (the repr or JSON
//! encoding of a shared structure nested 40 deep: 2**40 leaves) checks the
//! limits itself (`runtime/src/ops/repr.rs`).

use pycps::{Engine, Error, HostValue, LimitKind, Limits};
use std::time::Duration;

fn engine(max_memory: usize, timeout: Option<Duration>) -> Engine {
    let mut e = Engine::new();
    e.set_limits(Limits {
        max_memory: Some(max_memory),
        timeout,
        ..Limits::default()
    });
    e
}

/// Runs `src` and returns the kind of limit that ended it.
fn limit_hit(engine: &Engine, src: &str) -> LimitKind {
    let program = engine
        .compile(src, "hostile.py")
        .unwrap_or_else(|e| panic!("compile error:\n{}", e.render(false)));
    match program.run(Vec::<(String, HostValue)>::new()) {
        Err(Error::Limit { limit, .. }) => limit.kind,
        Err(e) => panic!("expected a limit, got: {e}\n{src}"),
        Ok(out) => panic!("expected a limit, ran to the end: {:?}\n{src}", out.stdout),
    }
}

#[test]
fn doubling_loops_hit_the_memory_limit() {
    let e = engine(64 << 20, None);
    for src in [
        "s = 'ab'\nwhile True:\n    s = s + s\n",
        "s = 'ab'\nwhile True:\n    s += s\n",
        "s = 'ab'\nwhile True:\n    s = f'{s}{s}'\n",
        "s = 'ab'\nwhile True:\n    s = ''.join([s, s])\n",
        "s = 'ab'\nwhile True:\n    s = '{}{}'.format(s, s)\n",
        "x = [1]\nwhile True:\n    x = x + x\n",
        "x = [1]\nwhile True:\n    x += x\n",
        "x = [1]\nwhile True:\n    x.extend(x)\n",
        "x = [1]\nwhile True:\n    x = [*x, *x]\n",
        "x = (1,)\nwhile True:\n    x = x + x\n",
        "b = b'ab'\nwhile True:\n    b = b + b\n",
    ] {
        assert_eq!(limit_hit(&e, src), LimitKind::Memory, "{src}");
    }
}

#[test]
fn walks_of_shared_structures_check_the_limits() {
    let e = engine(64 << 20, Some(Duration::from_millis(500)));
    for src in [
        "x = [1]\nfor i in range(40):\n    x = [x, x]\nprint(len(repr(x)))\n",
        "x = {}\nfor i in range(40):\n    x = {'a': x, 'b': x}\nprint(x)\n",
        "x = [1]\nfor i in range(40):\n    x = [x, x]\ns = f'{x}'\n",
        "import json\nx = [1]\nfor i in range(40):\n    x = [x, x]\nprint(len(json.dumps(x)))\n",
    ] {
        let kind = limit_hit(&e, src);
        assert!(
            matches!(kind, LimitKind::Memory | LimitKind::Time),
            "{src}: {kind:?}"
        );
    }
}
