//! Unit tests of the sans-IO `Run` over small hand-built IR (the parser is
//! not a dependency of the runtime); Python-level behaviour is covered by
//! the conformance corpus at the workspace root.

use crate::*;
use pycps_ir::builder::FunctionBuilder;
use pycps_ir::*;
use std::sync::Arc;

fn sp() -> Span {
    Span::default()
}

struct ModuleBuilder {
    consts: Vec<Const>,
    names: Vec<String>,
}

impl ModuleBuilder {
    fn new() -> Self {
        ModuleBuilder {
            consts: Vec::new(),
            names: Vec::new(),
        }
    }
    fn c(&mut self, c: Const) -> ConstId {
        self.consts.push(c);
        ConstId::new(self.consts.len() - 1)
    }
    fn n(&mut self, s: &str) -> NameId {
        if let Some(i) = self.names.iter().position(|n| n == s) {
            return NameId::new(i);
        }
        self.names.push(s.to_string());
        NameId::new(self.names.len() - 1)
    }
    fn finish(self, functions: Vec<Function>) -> Arc<Module> {
        Arc::new(Module {
            filename: "prog.py".into(),
            source: "x = 1\n".into(),
            functions,
            entry: FuncId(0),
            consts: self.consts,
            names: self.names,
            anchors: Vec::new(),
            library_start: None,
        })
    }
}

fn module_fn(is_async: bool) -> FunctionBuilder {
    FunctionBuilder::new(
        FuncId(0),
        "<module>",
        "<module>",
        FunctionKind::Module { is_async },
    )
}

/// `return await <tool>("q")` at top level.
fn await_tool_module(tool: &str) -> Arc<Module> {
    let mut m = ModuleBuilder::new();
    let mut b = module_fn(true);
    let (f, arg, call, aw, res) = (
        b.new_value(None),
        b.new_value(None),
        b.new_value(None),
        b.new_value(None),
        b.new_value(None),
    );
    let name = m.n(tool);
    let q = m.c(Const::Str("q".into()));
    b.push(InstKind::LoadGlobal { dst: f, name }, sp());
    b.push(InstKind::Const { dst: arg, value: q }, sp());
    b.push(
        InstKind::Call {
            dst: call,
            func: f,
            args: vec![arg],
            kwnames: vec![],
        },
        sp(),
    );
    b.push(InstKind::GetAwaitable { dst: aw, src: call }, sp());
    let resume = b.create_block();
    b.suspend(SuspendKind::Await, aw, res, resume, sp());
    b.switch_to(resume);
    b.terminate(Terminator::Return { value: res }, sp());
    m.finish(vec![b.finish()])
}

fn search_caps() -> Capabilities {
    let mut caps = Capabilities::new();
    caps.insert(
        "search",
        Capability::awaitable(|args| Box::pin(async move { Ok(args.args[0].clone()) })),
    );
    caps
}

#[test]
fn awaitable_capability_round_trip() {
    let mut run = Run::new(
        await_tool_module("search"),
        search_caps(),
        vec![],
        Limits::default(),
    );
    let Step::Pending { calls, wake_at } = run.advance() else {
        panic!("expected pending")
    };
    assert!(wake_at.is_none());
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].name, "search");
    assert_eq!(calls[0].args.args, vec![HostValue::from("q")]);
    run.resume(calls[0].id, Ok(HostValue::from("answer")));
    let Step::Done(r) = run.advance() else {
        panic!("expected done")
    };
    assert_eq!(r.unwrap(), HostValue::from("answer"));
    // Done repeats.
    assert!(matches!(run.advance(), Step::Done(Ok(_))));
}

#[test]
fn capability_error_becomes_exception() {
    let mut run = Run::new(
        await_tool_module("search"),
        search_caps(),
        vec![],
        Limits::default(),
    );
    let Step::Pending { calls, .. } = run.advance() else {
        panic!("expected pending")
    };
    run.resume(
        calls[0].id,
        Err(CapabilityError::with_type("ValueError", "boom")),
    );
    let Step::Done(Err(RunError::Exception(e))) = run.advance() else {
        panic!("expected exception")
    };
    assert_eq!(e.type_name, "ValueError");
    assert_eq!(e.message, "boom");
    assert!(e
        .traceback
        .starts_with("Traceback (most recent call last):\n"));
    assert!(
        e.traceback.ends_with("ValueError: boom\n"),
        "{}",
        e.traceback
    );
}

#[test]
fn blocking_driver_runs_capabilities() {
    let run = Run::new(
        await_tool_module("search"),
        search_caps(),
        vec![],
        Limits::default(),
    );
    let out = driver::run_blocking(run, Scheduler::Rounds, None);
    assert_eq!(out.result.unwrap(), HostValue::from("q"));
    let run = Run::new(
        await_tool_module("search"),
        search_caps(),
        vec![],
        Limits::default(),
    );
    let out = futures_lite::future::block_on(driver::run_async(run, Scheduler::Eager));
    assert_eq!(out.result.unwrap(), HostValue::from("q"));
}

#[test]
fn unknown_name_is_name_error() {
    let mut run = Run::new(
        await_tool_module("nope"),
        search_caps(),
        vec![],
        Limits::default(),
    );
    let Step::Done(Err(RunError::Exception(e))) = run.advance() else {
        panic!("expected exception")
    };
    // CPython 3.11 suggests the closest builtin in the traceback.
    assert_eq!(
        e.summary(),
        "NameError: name 'nope' is not defined. Did you mean: 'None'?"
    );
}

#[test]
fn fuel_limit_stops_infinite_loop() {
    let m = ModuleBuilder::new();
    let mut b = module_fn(false);
    let lp = b.create_block();
    b.terminate(Terminator::Jump { target: lp }, sp());
    b.switch_to(lp);
    b.terminate(Terminator::Jump { target: lp }, sp());
    let module = m.finish(vec![b.finish()]);
    let limits = Limits {
        fuel: Some(10_000),
        ..Limits::default()
    };
    let mut run = Run::new(module, Capabilities::new(), vec![], limits);
    let Step::Done(Err(RunError::Limit(l))) = run.advance() else {
        panic!("expected limit")
    };
    assert_eq!(l.kind, LimitKind::Fuel);
    assert_eq!(l.message, "fuel exhausted after 10000 instructions");
}

#[test]
fn bigint_arithmetic_and_inputs() {
    // return n ** 70 with n an input
    let mut m = ModuleBuilder::new();
    let mut b = module_fn(false);
    let (n, e, r) = (b.new_value(None), b.new_value(None), b.new_value(None));
    let name = m.n("n");
    let seventy = m.c(Const::Int(70));
    b.push(InstKind::LoadGlobal { dst: n, name }, sp());
    b.push(
        InstKind::Const {
            dst: e,
            value: seventy,
        },
        sp(),
    );
    b.push(
        InstKind::Binary {
            dst: r,
            op: BinaryOp::Pow,
            lhs: n,
            rhs: e,
            inplace: false,
        },
        sp(),
    );
    b.terminate(Terminator::Return { value: r }, sp());
    let module = m.finish(vec![b.finish()]);
    let mut run = Run::new(
        module,
        Capabilities::new(),
        vec![("n".into(), HostValue::from(2))],
        Limits::default(),
    );
    let Step::Done(Ok(HostValue::BigInt(v))) = run.advance() else {
        panic!("expected big int")
    };
    assert_eq!(v.to_string(), "1180591620717411303424");
}

#[test]
fn deep_recursion_raises_recursion_error() {
    // def f(): return f()   ;  f()
    let mut m = ModuleBuilder::new();
    let fname = m.n("f");
    let mut fb = FunctionBuilder::new(FuncId(1), "f", "f", FunctionKind::Function);
    let (g, r) = (fb.new_value(None), fb.new_value(None));
    fb.push(
        InstKind::LoadGlobal {
            dst: g,
            name: fname,
        },
        sp(),
    );
    fb.push(
        InstKind::Call {
            dst: r,
            func: g,
            args: vec![],
            kwnames: vec![],
        },
        sp(),
    );
    fb.terminate(Terminator::Return { value: r }, sp());
    let mut b = module_fn(false);
    let (fv, res) = (b.new_value(None), b.new_value(None));
    b.push(
        InstKind::MakeFunction {
            dst: fv,
            func: FuncId(1),
            defaults: vec![],
            kwdefaults: vec![],
            closure: vec![],
        },
        sp(),
    );
    b.push(
        InstKind::StoreGlobal {
            name: fname,
            src: fv,
        },
        sp(),
    );
    b.push(
        InstKind::Call {
            dst: res,
            func: fv,
            args: vec![],
            kwnames: vec![],
        },
        sp(),
    );
    b.terminate(Terminator::Return { value: res }, sp());
    let module = m.finish(vec![b.finish(), fb.finish()]);
    let mut run = Run::new(module, Capabilities::new(), vec![], Limits::default());
    let Step::Done(Err(RunError::Exception(e))) = run.advance() else {
        panic!("expected exception")
    };
    assert_eq!(
        e.summary(),
        "RecursionError: maximum recursion depth exceeded"
    );
    assert!(
        e.traceback.contains("[Previous line repeated"),
        "{}",
        e.traceback
    );
}

#[test]
fn run_is_send() {
    fn assert_send<T: Send>() {}
    assert_send::<Run>();
}
