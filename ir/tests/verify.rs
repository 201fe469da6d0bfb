//! The verifier: one test per invariant, each breaking a valid module in
//! one way and asserting the specific error; plus "never panics".

mod common;

use pycps_ir::*;

fn valid() -> Module {
    let m = common::fetch_all_module();
    verify(&m).expect("the fixture verifies");
    m
}

fn errors(m: &Module) -> Vec<String> {
    match verify(m) {
        Ok(()) => vec![],
        Err(es) => es.iter().map(|e| e.to_string()).collect(),
    }
}

#[track_caller]
fn assert_error(m: &Module, expected: &str) {
    let es = errors(m);
    assert!(
        es.iter().any(|e| e.contains(expected)),
        "expected an error containing {expected:?}, got {es:#?}"
    );
}

fn f1(m: &mut Module) -> &mut Function {
    &mut m.functions[1]
}

fn inst(m: &mut Module, block: usize, i: usize) -> &mut InstKind {
    &mut m.functions[1].blocks[block].insts[i].kind
}

#[test]
fn valid_module_verifies() {
    valid();
}

#[test]
fn register_out_of_range() {
    let mut m = valid();
    *inst(&mut m, 0, 0) = InstKind::BuildList {
        dst: ValueId(99),
        items: vec![],
    };
    assert_error(
        &m,
        "f1 fetch_all: bb0[0] build_list: register v99 out of range (num_values 11)",
    );
}

#[test]
fn value_names_length() {
    let mut m = valid();
    f1(&mut m).value_names.pop();
    assert_error(&m, "value_names has 10 entries but num_values is 11");
}

#[test]
fn params_fit_in_registers() {
    let mut m = valid();
    let f = f1(&mut m);
    f.num_values = 0;
    f.value_names.clear();
    assert_error(&m, "1 parameters do not fit in 0 registers");
}

#[test]
fn params_layout() {
    let mut m = valid();
    f1(&mut m).params.positional = 2;
    assert_error(&m, "parameter layout");
}

#[test]
fn block_out_of_range() {
    let mut m = valid();
    f1(&mut m).blocks[3].term = Terminator::Jump {
        target: BlockId(42),
    };
    assert_error(&m, "bb3 terminator: block bb42 out of range (5 blocks)");
}

#[test]
fn handler_out_of_range() {
    let mut m = valid();
    f1(&mut m).blocks[2].handler = Some(BlockId(9));
    assert_error(&m, "bb2 handler: block bb9 out of range");
}

#[test]
fn function_out_of_range() {
    let mut m = valid();
    m.functions[0].blocks[0].insts[0].kind = InstKind::MakeFunction {
        dst: ValueId(0),
        func: FuncId(7),
        defaults: vec![],
        kwdefaults: vec![],
        closure: vec![],
    };
    assert_error(
        &m,
        "f0 <module>: bb0[0] make_function: function f7 out of range (2 functions)",
    );
}

#[test]
fn const_out_of_range() {
    let mut m = valid();
    m.functions[0].blocks[0].insts[2].kind = InstKind::Const {
        dst: ValueId(1),
        value: ConstId(5),
    };
    assert_error(&m, "bb0[2] const: constant c5 out of range (1 constants)");
}

#[test]
fn name_out_of_range() {
    let mut m = valid();
    *inst(&mut m, 2, 1) = InstKind::LoadGlobal {
        dst: ValueId(6),
        name: NameId(50),
    };
    assert_error(&m, "bb2[1] load_global: name n50 out of range");
}

#[test]
fn entry_block_out_of_range() {
    let mut m = valid();
    f1(&mut m).entry = BlockId(5);
    assert_error(&m, "entry block bb5 out of range (5 blocks)");
}

#[test]
fn module_entry_out_of_range() {
    let mut m = valid();
    m.entry = FuncId(3);
    assert_error(&m, "entry function f3 out of range");
}

#[test]
fn function_id_matches_index() {
    let mut m = valid();
    f1(&mut m).id = FuncId(0);
    assert_error(&m, "function at index 1 has id f0");
}

#[test]
fn reachable_unreachable() {
    let mut m = valid();
    f1(&mut m).blocks[4].term = Terminator::Unreachable;
    assert_error(&m, "bb4 terminator: reachable unreachable terminator");
    // An unreachable block may end in `Unreachable`.
    let mut m = valid();
    f1(&mut m).blocks.push(Block {
        insts: vec![],
        term: Terminator::Unreachable,
        term_span: Span::default(),
        handler: None,
    });
    assert_eq!(errors(&m), Vec::<String>::new());
}

#[test]
fn handler_must_begin_with_load_exception() {
    let mut m = valid();
    f1(&mut m).blocks[2].handler = Some(BlockId(4));
    assert_error(&m, "bb4: handler block does not begin with load_exception");
}

#[test]
fn load_exception_only_in_handlers() {
    let mut m = valid();
    *inst(&mut m, 0, 0) = InstKind::LoadException { dst: ValueId(3) };
    assert_error(
        &m,
        "bb0[0] load_exception: load_exception outside the start of a handler block",
    );
}

#[test]
fn suspend_missing_from_state_table() {
    let mut m = valid();
    f1(&mut m).states.clear();
    assert_error(
        &m,
        "bb2 terminator: suspend s1 appears 0 times in the state table",
    );
}

#[test]
fn suspend_listed_twice() {
    let mut m = valid();
    let s = f1(&mut m).states[0].clone();
    f1(&mut m).states.push(s);
    assert_error(&m, "suspend s1 appears 2 times");
    assert_error(&m, "state s1: entry 1 of the state table should be s2");
}

#[test]
fn states_numbered_in_order() {
    let mut m = valid();
    let f = f1(&mut m);
    f.states[0].state = StateId(2);
    if let Terminator::Suspend { state, .. } = &mut f.blocks[2].term {
        *state = StateId(2);
    }
    assert_error(&m, "state s2: entry 0 of the state table should be s1");
}

#[test]
fn state_resume_matches_terminator() {
    let mut m = valid();
    f1(&mut m).states[0].resume = BlockId(4);
    assert_error(&m, "state s1: table says resume bb4 but bb2 resumes at bb3");
}

#[test]
fn state_block_ends_in_its_suspend() {
    let mut m = valid();
    f1(&mut m).states[0].block = BlockId(3);
    assert_error(&m, "state s1: block bb3 does not end in suspend s1");
}

#[test]
fn await_only_in_async_kinds() {
    let mut m = valid();
    f1(&mut m).kind = FunctionKind::Function;
    assert_error(&m, "bb2 terminator: Await suspend in a Function function");
    f1(&mut m).kind = FunctionKind::Generator;
    assert_error(&m, "Await suspend in a Generator function");
    f1(&mut m).kind = FunctionKind::Module { is_async: false };
    assert_error(&m, "Await suspend in a Module");
    for ok in [
        FunctionKind::AsyncGenerator,
        FunctionKind::Module { is_async: true },
    ] {
        f1(&mut m).kind = ok;
        assert_eq!(errors(&m), Vec::<String>::new());
    }
}

#[test]
fn yield_only_in_generators() {
    let mut m = valid();
    if let Terminator::Suspend { kind, .. } = &mut f1(&mut m).blocks[2].term {
        *kind = SuspendKind::Yield;
    }
    assert_error(&m, "Yield suspend in a Coroutine function");
    f1(&mut m).kind = FunctionKind::Generator;
    assert_eq!(errors(&m), Vec::<String>::new());
}

#[test]
fn closure_matches_callee_freevars() {
    let mut m = valid();
    if let InstKind::MakeFunction { closure, .. } = &mut m.functions[0].blocks[0].insts[0].kind {
        closure.push(ValueId(1));
    }
    assert_error(
        &m,
        "bb0[0] make_function: closure has 1 cells but f1 has 0 freevars",
    );
}

#[test]
fn defaults_fit_positional_params() {
    let mut m = valid();
    if let InstKind::MakeFunction { defaults, .. } = &mut m.functions[0].blocks[0].insts[0].kind {
        defaults.extend([ValueId(1), ValueId(1)]);
    }
    assert_error(&m, "2 defaults for 1 positional parameters of f1");
}

#[test]
fn kwnames_fit_args() {
    let mut m = valid();
    if let InstKind::Call { kwnames, .. } = inst(&mut m, 2, 2) {
        kwnames.extend([NameId(0), NameId(1)]);
    }
    assert_error(&m, "bb2[2] call: 2 keyword names for 1 arguments");
}

#[test]
fn live_set_must_match_liveness() {
    let mut m = valid();
    f1(&mut m).states[0].live = vec![ValueId(1), ValueId(4)];
    assert_error(
        &m,
        "state s1: live set [v1, v4] differs from computed [v1, v4, v5]",
    );
}

#[test]
fn live_set_must_be_sorted() {
    let mut m = valid();
    f1(&mut m).states[0].live = vec![ValueId(5), ValueId(4), ValueId(1)];
    assert_error(
        &m,
        "state s1: live set [v5, v4, v1] is not strictly ascending",
    );
}

#[test]
fn errors_are_collected_not_stopped_at_the_first() {
    let mut m = valid();
    f1(&mut m).value_names.pop();
    f1(&mut m).blocks[4].term = Terminator::Unreachable;
    assert!(errors(&m).len() >= 2);
}

#[test]
fn garbage_ids_everywhere_do_not_panic() {
    let mut m = valid();
    let f = f1(&mut m);
    f.entry = BlockId(1000);
    f.freevars.push(ValueId(u32::MAX));
    f.states.push(SuspendPoint {
        state: StateId(u32::MAX),
        block: BlockId(u32::MAX),
        resume: BlockId(77),
        live: vec![ValueId(u32::MAX)],
        span: Span::default(),
    });
    for b in &mut f.blocks {
        b.handler = Some(BlockId(u32::MAX));
        b.term = Terminator::Suspend {
            state: StateId(9),
            kind: SuspendKind::Yield,
            value: ValueId(u32::MAX),
            resume: BlockId(u32::MAX),
            dst: ValueId(12345),
        };
        for i in &mut b.insts {
            i.kind = InstKind::MakeFunction {
                dst: ValueId(u32::MAX),
                func: FuncId(u32::MAX),
                defaults: vec![ValueId(99)],
                kwdefaults: vec![(NameId(u32::MAX), ValueId(1))],
                closure: vec![],
            };
        }
    }
    m.entry = FuncId(u32::MAX);
    assert!(errors(&m).len() > 10);
    // The printers do not panic on it either.
    let _ = print::to_text(&m);
    let _ = print::to_dot(&m);
}
