//! Seed acceptance tests: the embedding API with awaitable capabilities
//! registered by the test itself (issue: the working pipeline).

use pycps::{CallArgs, CapabilityError, Engine, Error, HostValue, Step};
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

fn no_inputs() -> Vec<(String, HostValue)> {
    Vec::new()
}

fn int_arg(args: &CallArgs, i: usize) -> i64 {
    match args.args.get(i) {
        Some(HostValue::Int(v)) => *v,
        other => panic!("expected an int argument, got {other:?}"),
    }
}

/// `double(x)` = 2x after a short real wait, so calls overlap.
fn engine_with_double() -> Engine {
    let mut e = Engine::new();
    e.register_awaitable("double", |args: CallArgs| async move {
        async_io::Timer::after(Duration::from_millis(1)).await;
        Ok(HostValue::Int(int_arg(&args, 0) * 2))
    });
    e
}

fn run(engine: &Engine, src: &str) -> pycps::Output {
    let program = engine
        .compile(src, "test.py")
        .unwrap_or_else(|e| panic!("compile error:\n{}", e.render(false)));
    program
        .run(no_inputs())
        .unwrap_or_else(|e| panic!("run failed: {e}"))
}

fn ints(v: &HostValue) -> Vec<i64> {
    match v {
        HostValue::List(items) => items
            .iter()
            .map(|x| match x {
                HostValue::Int(i) => *i,
                other => panic!("expected int, got {other:?}"),
            })
            .collect(),
        other => panic!("expected list, got {other:?}"),
    }
}

#[test]
fn sequential_await_returns_value() {
    let out = run(
        &engine_with_double(),
        "async def main():\n    a = await double(20)\n    b = await double(a)\n    return a + b\nimport asyncio\nasyncio.run(main())\n",
    );
    assert_eq!(out.value, HostValue::Int(120));
}

#[test]
fn gather_preserves_argument_order() {
    let mut e = Engine::new();
    // Later arguments answer sooner: order must still follow the arguments.
    e.register_awaitable("slow_echo", |args: CallArgs| async move {
        let x = int_arg(&args, 0);
        async_io::Timer::after(Duration::from_millis(2 * (10 - x as u64))).await;
        Ok(HostValue::Int(x))
    });
    let out = run(
        &e,
        "import asyncio\nasync def main():\n    return await asyncio.gather(*[slow_echo(i) for i in range(10)])\nasyncio.run(main())\n",
    );
    assert_eq!(ints(&out.value), (0..10).collect::<Vec<_>>());
}

#[test]
fn gather_of_20_dispatches_all_in_one_tick() {
    let in_flight = Arc::new(AtomicUsize::new(0));
    let max_seen = Arc::new(AtomicUsize::new(0));
    let mut e = Engine::new();
    {
        let in_flight = in_flight.clone();
        let max_seen = max_seen.clone();
        e.register_awaitable("probe", move |args: CallArgs| {
            let in_flight = in_flight.clone();
            let max_seen = max_seen.clone();
            async move {
                let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                max_seen.fetch_max(now, Ordering::SeqCst);
                async_io::Timer::after(Duration::from_millis(5)).await;
                in_flight.fetch_sub(1, Ordering::SeqCst);
                Ok(HostValue::Int(int_arg(&args, 0)))
            }
        });
    }
    let src = "import asyncio\nasync def main():\n    return await asyncio.gather(*[probe(i) for i in range(20)])\nasyncio.run(main())\n";
    let out = run(&e, src);
    assert_eq!(ints(&out.value), (0..20).collect::<Vec<_>>());
    assert_eq!(max_seen.load(Ordering::SeqCst), 20);

    // The sans-IO view of the same thing: the first advance hands the host
    // all 20 calls at once.
    let program = e.compile(src, "test.py").expect("compiles");
    let mut r = program.start(no_inputs());
    match r.advance() {
        Step::Pending { calls, .. } => {
            assert_eq!(calls.len(), 20);
            for (i, c) in calls.iter().enumerate() {
                assert_eq!(c.name, "probe");
                assert_eq!(c.args.args, vec![HostValue::Int(i as i64)]);
            }
            for c in calls.iter().rev() {
                let v = c.args.args[0].clone();
                r.resume(c.id, Ok(v));
            }
        }
        Step::Done(d) => panic!("expected pending calls, got {d:?}"),
    }
    match r.advance() {
        Step::Done(Ok(v)) => assert_eq!(ints(&v), (0..20).collect::<Vec<_>>()),
        Step::Done(Err(e)) => panic!("run failed: {e}"),
        Step::Pending { calls, .. } => panic!("unexpected calls: {}", calls.len()),
    }
}

#[test]
fn append_await_in_loop_without_temporary() {
    let out = run(
        &engine_with_double(),
        "import asyncio\nasync def main():\n    out = []\n    for i in range(6):\n        out.append(await double(i))\n    return out\nasyncio.run(main())\n",
    );
    assert_eq!(ints(&out.value), vec![0, 2, 4, 6, 8, 10]);
}

#[test]
fn sequential_loop_and_gather_agree() {
    let out = run(
        &engine_with_double(),
        "import asyncio\nasync def main():\n    seq = []\n    for i in range(12):\n        seq.append(await double(i))\n    par = await asyncio.gather(*[double(i) for i in range(12)])\n    return [seq, par, seq == par]\nasyncio.run(main())\n",
    );
    let HostValue::List(parts) = out.value else {
        panic!("expected a list")
    };
    assert_eq!(ints(&parts[0]), ints(&parts[1]));
    assert_eq!(parts[2], HostValue::Bool(true));
}

#[test]
fn capability_awaited_from_nested_helper() {
    let out = run(
        &engine_with_double(),
        "import asyncio\nasync def helper(x):\n    y = await double(x)\n    return y + 1\nasync def main():\n    return await helper(10)\nasyncio.run(main())\n",
    );
    assert_eq!(out.value, HostValue::Int(21));
}

#[test]
fn gather_over_helper_coroutines() {
    let out = run(
        &engine_with_double(),
        "import asyncio\nasync def helper(x):\n    a = await double(x)\n    b = await double(a)\n    return b\nasync def main():\n    return await asyncio.gather(*[helper(i) for i in range(8)])\nasyncio.run(main())\n",
    );
    assert_eq!(ints(&out.value), (0..8).map(|i| i * 4).collect::<Vec<_>>());
}

const P: u64 = (1 << 61) - 1;

fn random_u64() -> u64 {
    let mut h = RandomState::new().build_hasher();
    h.write_u64(0x5eed);
    h.finish()
}

fn mulmod(a: u64, b: u64) -> u64 {
    ((a as u128 * b as u128) % P as u128) as u64
}

#[test]
fn map_reduce_proof_with_big_integers() {
    let a = random_u64() % (P - 1) + 1;
    let xs: Vec<u64> = (0..64).map(|_| random_u64() % P).collect();
    let mut e = Engine::new();
    e.register_awaitable("f", move |args: CallArgs| async move {
        let x = int_arg(&args, 0) as u64;
        Ok(HostValue::Int(mulmod(a, x) as i64))
    });
    let program = e
        .compile(
            "import asyncio\n\
             async def main():\n    \
                 results = await asyncio.gather(*[f(x) for x in xs])\n    \
                 total = sum(results) % p\n    \
                 return [results, total]\n\
             asyncio.run(main())\n",
            "mapreduce.py",
        )
        .expect("compiles");
    let inputs = vec![
        (
            "xs".to_string(),
            HostValue::List(xs.iter().map(|&x| HostValue::Int(x as i64)).collect()),
        ),
        ("p".to_string(), HostValue::Int(P as i64)),
    ];
    let out = program.run(inputs).expect("runs");
    let HostValue::List(parts) = out.value else {
        panic!("expected [results, total]")
    };
    let results: Vec<u64> = ints(&parts[0]).into_iter().map(|v| v as u64).collect();
    // (1) every result is a·x mod p.
    assert_eq!(results.len(), 64);
    for (x, r) in xs.iter().zip(&results) {
        assert_eq!(*r, mulmod(a, *x));
    }
    // (2) a polynomial fingerprint with r drawn after the run catches any
    // permutation of the results.
    let r = random_u64() % P;
    let fingerprint = |vals: &mut dyn Iterator<Item = u64>| {
        let mut acc = 0u64;
        let mut pow = 1u64;
        for v in vals {
            acc = (acc + mulmod(v, pow)) % P;
            pow = mulmod(pow, r);
        }
        acc
    };
    let expected = fingerprint(&mut xs.iter().map(|&x| mulmod(a, x)));
    assert_eq!(fingerprint(&mut results.iter().copied()), expected);
    // (3) the reduce (which needs big integers: 64 values near 2^61 sum
    // past 2^63) equals a·Σx mod p computed from the inputs alone.
    let sum_x = xs.iter().fold(0u64, |acc, &x| (acc + x) % P);
    let total = match &parts[1] {
        HostValue::Int(v) => *v as u64,
        other => panic!("expected int total, got {other:?}"),
    };
    assert_eq!(total, mulmod(a, sum_x));
}

fn engine_with_flaky() -> Engine {
    let mut e = Engine::new();
    e.register_awaitable("flaky", |_args: CallArgs| async move {
        Err::<HostValue, _>(CapabilityError::new("backend down"))
    });
    e
}

#[test]
fn capability_error_caught_in_python() {
    let out = run(
        &engine_with_flaky(),
        "import asyncio\nasync def main():\n    try:\n        await flaky()\n        return 'no'\n    except RuntimeError as e:\n        print('caught', e)\n        return str(e)\nasyncio.run(main())\n",
    );
    assert_eq!(out.value, HostValue::from("backend down"));
    assert_eq!(out.stdout, "caught backend down\n");
}

#[test]
fn uncaught_capability_error_reaches_host_with_traceback() {
    let program = engine_with_flaky()
        .compile(
            "import asyncio\nasync def main():\n    await flaky()\nasyncio.run(main())\n",
            "agent.py",
        )
        .expect("compiles");
    match program.run(no_inputs()) {
        Err(Error::Exception { exception, .. }) => {
            assert_eq!(exception.type_name, "RuntimeError");
            assert_eq!(exception.message, "backend down");
            assert!(exception
                .traceback
                .starts_with("Traceback (most recent call last):\n"));
            assert!(exception
                .traceback
                .contains("File \"agent.py\", line 3, in main"));
            assert!(exception
                .traceback
                .ends_with("RuntimeError: backend down\n"));
        }
        other => panic!("expected an exception, got {other:?}"),
    }
}

#[test]
fn recursion_is_stackless_and_catchable() {
    let out = run(
        &Engine::new(),
        "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught:', e)\n",
    );
    assert_eq!(out.stdout, "caught: maximum recursion depth exceeded\n");
}

#[test]
fn compile_once_run_many_with_inputs() {
    let program = engine_with_double()
        .compile(
            "import asyncio\nasync def main():\n    return await double(n)\nasyncio.run(main())\n",
            "t.py",
        )
        .expect("compiles");
    for n in 0..5 {
        let out = program.run([("n", HostValue::Int(n))]).expect("runs");
        assert_eq!(out.value, HostValue::Int(2 * n));
    }
}

#[test]
fn run_async_is_send_and_works_on_a_host_executor() {
    fn assert_send<T: Send>(_: &T) {}
    let program = engine_with_double()
        .compile(
            "import asyncio\nasync def main():\n    return await asyncio.gather(double(1), double(2))\nasyncio.run(main())\n",
            "t.py",
        )
        .expect("compiles");
    let fut = program.run_async(no_inputs());
    assert_send(&fut);
    let out = futures_lite::future::block_on(fut).expect("runs");
    assert_eq!(ints(&out.value), vec![2, 4]);
}
