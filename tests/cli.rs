//! The `pycps` binary against CONTRACT.md: exit codes, streams, `ir`.

use std::path::PathBuf;
use std::process::{Command, Output};

fn pycps(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pycps"))
        .args(args)
        .output()
        .expect("run pycps")
}

fn write(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pycps-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn s(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn run_prints_and_exits_zero() {
    let f = write(
        "ok.py",
        "x = [1, 2.5, 'a', None, True]\nprint(x, len(x), sep=' | ')\n",
    );
    let out = pycps(&["run", f.to_str().unwrap_or_default()]);
    assert_eq!(s(&out.stdout), "[1, 2.5, 'a', None, True] | 5\n");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", s(&out.stderr));
}

#[test]
fn uncaught_exception_exits_one_with_traceback() {
    let f = write(
        "boom.py",
        "def f(x):\n    return x / 0\nprint('before')\nf(1)\n",
    );
    let out = pycps(&["run", f.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(s(&out.stdout), "before\n");
    let err = s(&out.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.contains("line 2, in f"), "{err}");
    assert_eq!(
        err.trim_end().lines().last(),
        Some("ZeroDivisionError: division by zero")
    );
}

#[test]
fn system_exit_sets_the_status_without_traceback() {
    let cases: &[(&str, &str, i32, &str)] = &[
        ("exit3.py", "import sys\nprint('x')\nsys.exit(3)\n", 3, ""),
        ("exit0.py", "import sys\nsys.exit()\n", 0, ""),
        ("bare.py", "raise SystemExit\n", 0, ""),
        ("neg.py", "import sys\nsys.exit(-1)\n", 255, ""),
        ("msg.py", "import sys\nsys.exit('fatal: no input')\n", 1, "fatal: no input\n"),
        ("quit.py", "quit(7)\n", 7, ""),
        (
            "async.py",
            "import asyncio, sys\nasync def main():\n    await asyncio.sleep(0)\n    sys.exit(5)\nasyncio.run(main())\n",
            5,
            "",
        ),
    ];
    for (name, src, code, stderr) in cases {
        let f = write(name, src);
        let out = pycps(&["run", f.to_str().unwrap_or_default()]);
        assert_eq!(out.status.code(), Some(*code), "{name}: {}", s(&out.stderr));
        assert_eq!(s(&out.stderr), *stderr, "{name}");
    }
}

#[test]
fn stderr_output_keeps_program_order() {
    let f = write(
        "streams.py",
        "import sys\nprint('out 1')\nprint('err 1', file=sys.stderr)\nsys.stderr.write('err 2\\n')\nprint('out 2')\n",
    );
    let out = pycps(&["run", f.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(s(&out.stdout), "out 1\nout 2\n");
    assert_eq!(s(&out.stderr), "err 1\nerr 2\n");
}

#[test]
fn compile_error_exits_two_with_span() {
    let f = write("bad.py", "x = 1\nif x\n    print(x)\n");
    let out = pycps(&["run", f.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing runs");
    let err = s(&out.stderr);
    assert!(err.contains("bad.py:2:"), "{err}");
    let check = pycps(&["check", f.to_str().unwrap_or_default()]);
    assert_eq!(check.status.code(), Some(2));
}

#[test]
fn check_is_silent_on_success() {
    let f = write("fine.py", "async def main():\n    return await g()\n");
    let out = pycps(&["check", f.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn fuel_limit_stops_infinite_loop_with_exit_three() {
    let f = write("spin.py", "while True:\n    pass\n");
    let out = pycps(&["run", f.to_str().unwrap_or_default(), "--fuel", "1000000"]);
    assert_eq!(out.status.code(), Some(3));
    let err = s(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "one-line reason: {err}");
}

#[test]
fn recursion_error_uncaught_exits_one() {
    let f = write("rec.py", "def f(n):\n    return f(n + 1)\nf(0)\n");
    let out = pycps(&["run", f.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        s(&out.stderr).trim_end().lines().last(),
        Some("RecursionError: maximum recursion depth exceeded")
    );
}

#[test]
fn tools_file_awaitable_builtin_value_and_error() {
    let tools = write(
        "tools.json",
        r#"{"search": {"kind": "awaitable", "latency_ms": 5},
            "lookup": {"kind": "builtin", "returns": {"value": {"ok": true, "n": [1, 2.5, null]}}},
            "flaky": {"kind": "awaitable", "latency_ms": 1, "error": "backend down"}}"#,
    );
    let prog = write(
        "agent.py",
        "import asyncio\nasync def main():\n    rs = await asyncio.gather(search('a', k=1), search('b'))\n    print(rs)\n    print(lookup())\n    try:\n        await flaky()\n    except RuntimeError as e:\n        print('error:', e)\nasyncio.run(main())\n",
    );
    for sched in ["rounds", "eager"] {
        let out = pycps(&[
            "run",
            prog.to_str().unwrap_or_default(),
            "--tools",
            tools.to_str().unwrap_or_default(),
            "--scheduler",
            sched,
        ]);
        assert_eq!(out.status.code(), Some(0), "stderr: {}", s(&out.stderr));
        assert_eq!(
            s(&out.stdout),
            "[{'tool': 'search', 'args': ['a'], 'kwargs': {'k': 1}}, {'tool': 'search', 'args': ['b'], 'kwargs': {}}]\n\
             {'ok': True, 'n': [1, 2.5, None]}\n\
             error: backend down\n"
        );
    }
}

#[test]
fn ir_shows_suspend_inside_loop_with_live_values() {
    let f = write(
        "loop.py",
        "async def main(f, n):\n    out = []\n    for i in range(n):\n        out.append(await f(i))\n    return out\n",
    );
    let out = pycps(&["ir", f.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(0), "{}", s(&out.stderr));
    let text = s(&out.stdout);
    // Exactly one suspend state, inside the loop: its resume block jumps
    // back to the loop header, and out plus the iterator are live across it.
    let state_line = text
        .lines()
        .find(|l| l.contains("s1") && l.contains("live"))
        .unwrap_or_else(|| panic!("no state table line in:\n{text}"));
    assert!(state_line.contains("out"), "{state_line}");
    assert!(!text.contains("s2"), "one await, one state:\n{text}");
    for fmt in ["dot", "json"] {
        let out = pycps(&["ir", f.to_str().unwrap_or_default(), "--format", fmt]);
        assert_eq!(out.status.code(), Some(0));
        assert!(!out.stdout.is_empty());
    }
    let dot = s(&pycps(&["ir", f.to_str().unwrap_or_default(), "--format", "dot"]).stdout);
    assert!(dot.starts_with("digraph"), "{dot}");
}
