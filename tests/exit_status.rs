//! How a host sees `SystemExit` and the program's stderr through the
//! embedding API: `Error::Exit` for a non-zero status, `Output::exit_code`
//! for `sys.exit(0)`, `Output::stderr`, streaming both streams in order,
//! `RunError::Exit` from the sans-IO `Run`, and the recursion-limit cap.

use pycps::{Engine, Error, HostValue, Limits, OutStream, RunError, Step};

fn no_inputs() -> Vec<(String, HostValue)> {
    Vec::new()
}

fn run(src: &str) -> Result<pycps::Output, Error> {
    Engine::new()
        .compile(src, "exit.py")
        .unwrap_or_else(|e| panic!("compile error:\n{}", e.render(false)))
        .run(no_inputs())
}

#[test]
fn nonzero_exit_is_an_error_with_status_and_streams() {
    match run("import sys\nprint('working')\nprint('oops', file=sys.stderr)\nsys.exit(4)\n") {
        Err(Error::Exit {
            status,
            stdout,
            stderr,
        }) => {
            assert_eq!(status.code, 4);
            assert_eq!(status.message, None);
            assert_eq!(stdout, "working\n");
            assert_eq!(stderr, "oops\n");
        }
        other => panic!("expected Error::Exit, got {other:?}"),
    }
}

#[test]
fn message_exit_reports_status_one_and_the_message() {
    match run("import sys\nsys.exit('bad input: ' + str([1, 2]))\n") {
        Err(Error::Exit { status, stderr, .. }) => {
            assert_eq!(status.code, 1);
            assert_eq!(status.message.as_deref(), Some("bad input: [1, 2]"));
            assert_eq!(stderr, "bad input: [1, 2]\n");
            assert_eq!(
                Error::Exit {
                    status,
                    stdout: String::new(),
                    stderr
                }
                .to_string(),
                "exited with status 1: bad input: [1, 2]"
            );
        }
        other => panic!("expected Error::Exit, got {other:?}"),
    }
}

#[test]
fn zero_exit_is_a_success_marked_in_the_output() {
    let out = run("print('a')\nraise SystemExit(0)\nprint('b')\n").expect("exit 0 is ok");
    assert_eq!(out.stdout, "a\n");
    assert_eq!(out.exit_code, Some(0));
    let out = run("1 + 1\n").expect("runs");
    assert_eq!(out.exit_code, None);
    assert_eq!(out.stderr, "");
}

#[test]
fn exit_inside_asyncio_run_and_run_async() {
    let src = "import asyncio, sys\nasync def main():\n    await asyncio.sleep(0)\n    sys.exit(9)\nasyncio.run(main())\n";
    let program = Engine::new().compile(src, "a.py").expect("compiles");
    let r = futures_lite::future::block_on(program.run_async(no_inputs()));
    match r {
        Err(Error::Exit { status, .. }) => assert_eq!(status.code, 9),
        other => panic!("expected Error::Exit, got {other:?}"),
    }
}

#[test]
fn streaming_both_keeps_program_order() {
    let src = "import sys\nfor i in range(3):\n    print('out', i)\n    print('err', i, file=sys.stderr)\nsys.stdout.write('tail\\n')\n";
    let program = Engine::new().compile(src, "s.py").expect("compiles");
    let mut seen = Vec::new();
    let out = program
        .run_streaming_both(no_inputs(), &mut |stream, text| {
            seen.push((stream, text.to_string()))
        })
        .expect("runs");
    assert_eq!(out.stdout, "");
    let joined: Vec<String> = seen
        .iter()
        .map(|(s, t)| format!("{}:{t}", if *s == OutStream::Stdout { "o" } else { "e" }))
        .collect();
    assert_eq!(
        joined.concat(),
        "o:out 0\ne:err 0\no:out 1\ne:err 1\no:out 2\ne:err 2\no:tail\n"
    );
}

#[test]
fn sans_io_run_reports_run_error_exit() {
    let program = Engine::new()
        .compile("import sys\nsys.exit(2)\n", "r.py")
        .expect("compiles");
    let mut run = program.start(no_inputs());
    match run.advance() {
        Step::Done(Err(RunError::Exit(status))) => assert_eq!(status.code, 2),
        other => panic!("expected an exit, got {other:?}"),
    }
}

#[test]
fn setrecursionlimit_is_capped_by_the_host() {
    let mut engine = Engine::new();
    engine.set_limits(Limits {
        max_recursion_limit: 3000,
        ..Limits::default()
    });
    let src = "import sys\n\
               sys.setrecursionlimit(10**6)\n\
               print(sys.getrecursionlimit())\n\
               def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n\
               print(down(2500))\n\
               try:\n    down(100000)\nexcept RecursionError:\n    print('capped')\n";
    let out = engine
        .compile(src, "rec.py")
        .expect("compiles")
        .run(no_inputs())
        .expect("runs");
    assert_eq!(out.stdout, "1000000\n2500\ncapped\n");
}
