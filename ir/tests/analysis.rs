//! Liveness, suspend live sets, definite assignment and bound-check
//! elision on hand-built functions.

mod common;

use common::{positional, sp, Pool};
use pycps_ir::analysis::*;
use pycps_ir::builder::FunctionBuilder;
use pycps_ir::*;

fn v(i: u32) -> ValueId {
    ValueId(i)
}

fn checks(f: &Function) -> Vec<(BlockId, ValueId)> {
    let mut out = Vec::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        for i in &b.insts {
            if let InstKind::CheckBound { var, .. } = i.kind {
                out.push((BlockId::new(bi), var));
            }
        }
    }
    out
}

#[test]
fn loop_with_await_keeps_list_and_iterator_live() {
    let m = common::fetch_all_module();
    let f = &m.functions[1];
    // v1 = out, v2 = u, v4 = iterator, v5 = bound `out.append`.
    assert_eq!(f.states.len(), 1);
    assert_eq!(f.states[0].live, vec![v(1), v(4), v(5)]);
    // `u` and the call temporaries are used only before the suspend.
    for dead in [v(2), v(6), v(7), v(8)] {
        assert!(
            !f.states[0].live.contains(&dead),
            "{dead} should not be live"
        );
    }
    // The received value is defined on the resume edge, not saved.
    assert!(!f.states[0].live.contains(&v(9)));
}

#[test]
fn liveness_sets_per_block() {
    let m = common::fetch_all_module();
    let f = &m.functions[1];
    let l = liveness(f);
    assert_eq!(l.live_in(BlockId(0)), vec![v(0)]);
    assert_eq!(l.live_in(BlockId(1)), vec![v(1), v(4)]);
    assert_eq!(l.live_out(BlockId(1)), vec![v(1), v(4)]);
    assert_eq!(l.live_in(BlockId(3)), vec![v(1), v(4), v(5), v(9)]);
    assert_eq!(l.live_in(BlockId(4)), vec![v(1)]);
    assert!(l.live_out(BlockId(4)).is_empty());
}

#[test]
fn for_iter_target_is_defined_only_on_the_body_edge() {
    // for u in xs: pass
    // return u
    let mut b = FunctionBuilder::new(FuncId(0), "f", "f", FunctionKind::Function);
    let xs = b.set_params(positional(&["xs"]))[0];
    let u = b.new_value(Some("u"));
    let it = b.new_value(None);
    let (head, body, exit) = (b.create_block(), b.create_block(), b.create_block());
    b.push(InstKind::GetIter { dst: it, src: xs }, sp());
    b.terminate(Terminator::Jump { target: head }, sp());
    b.switch_to(head);
    b.terminate(
        Terminator::ForIter {
            iter: it,
            dst: u,
            body,
            exit,
        },
        sp(),
    );
    b.switch_to(body);
    b.terminate(Terminator::Jump { target: head }, sp());
    b.switch_to(exit);
    b.terminate(Terminator::Return { value: u }, sp());
    let f = b.finish_raw();
    let l = liveness(&f);
    // `u` reaches the exit from a previous iteration (or unbound): live at the head.
    assert_eq!(l.live_in(BlockId(1)), vec![u, it]);
    assert_eq!(l.live_in(BlockId(2)), vec![u, it]);
    assert_eq!(l.live_in(BlockId(0)), vec![xs, u]);
}

/// ```python
/// async def g(f):
///     x = 1
///     try:
///         y = await f()
///     except:
///         return x
///     return y
/// ```
fn try_await(pool: &mut Pool) -> Function {
    let mut b = FunctionBuilder::new(FuncId(0), "g", "g", FunctionKind::Coroutine);
    let f = b.set_params(positional(&["f"]))[0];
    let x = b.new_value(Some("x"));
    let y = b.new_value(Some("y"));
    let (n_x, n_y) = (pool.name("x"), pool.name("y"));
    let one = pool.konst(Const::Int(1));
    let try_b = b.create_block();
    let resume = b.create_block();
    let after = b.create_block();
    let handler = b.create_block();
    b.push(InstKind::Const { dst: x, value: one }, sp());
    b.terminate(Terminator::Jump { target: try_b }, sp());
    b.switch_to(try_b);
    b.set_handler(try_b, Some(handler));
    let c = b.new_value(None);
    b.push(
        InstKind::Call {
            dst: c,
            func: f,
            args: vec![],
            kwnames: vec![],
        },
        sp(),
    );
    let a = b.new_value(None);
    b.push(InstKind::GetAwaitable { dst: a, src: c }, sp());
    let got = b.new_value(None);
    b.suspend(SuspendKind::Await, a, got, resume, sp());
    b.switch_to(resume);
    b.set_handler(resume, Some(handler));
    b.push(InstKind::Move { dst: y, src: got }, sp());
    b.terminate(Terminator::Jump { target: after }, sp());
    b.switch_to(after);
    b.push(InstKind::CheckBound { var: y, name: n_y }, sp());
    b.terminate(Terminator::Return { value: y }, sp());
    b.switch_to(handler);
    let e = b.new_value(None);
    b.push(InstKind::LoadException { dst: e }, sp());
    b.push(InstKind::CheckBound { var: x, name: n_x }, sp());
    b.terminate(Terminator::Return { value: x }, sp());
    b.finish()
}

#[test]
fn handler_needs_are_saved_across_the_suspend() {
    let mut pool = Pool::default();
    let f = try_await(&mut pool);
    // The resume block only needs `got`; `x` is live because an exception
    // thrown in on resume goes to the handler, which returns `x`.
    assert_eq!(f.states[0].live, vec![ValueId(1)]);
    // `x` was assigned before the try: the handler's check is gone; `y`
    // is assigned on the only path to `after`: that check is gone too.
    assert!(checks(&f).is_empty(), "{:?}", checks(&f));
    let m = pool.module(vec![f]);
    verify(&m).expect("verifies");
}

#[test]
fn elision_removes_all_checks_in_fetch_all() {
    let mut pool = Pool::with_source(common::FETCH_ALL);
    let f = common::fetch_all_builder(&mut pool).finish_raw();
    assert_eq!(checks(&f).len(), 4);
    let mut g = f.clone();
    elide_bound_checks(&mut g);
    assert!(checks(&g).is_empty());
    // Running it again changes nothing.
    let mut h = g.clone();
    elide_bound_checks(&mut h);
    assert_eq!(g, h);
}

#[test]
fn live_sets_with_bound_checks_still_present() {
    let mut pool = Pool::with_source(common::FETCH_ALL);
    let mut f = common::fetch_all_builder(&mut pool).finish_raw();
    compute_suspend_live_sets(&mut f);
    // With the checks still there, they read `out`, `u`... but `u` is
    // redefined by for_iter before any read, so the frame is the same.
    assert_eq!(f.states[0].live, vec![v(1), v(4), v(5)]);
}

/// `def f(c): if c: x = 1 / [del x] / return x`, built with `extra` in the
/// join block before the final check.
fn conditional(extra: Vec<InstKind>, dup: bool) -> Function {
    let mut pool = Pool::default();
    let mut b = FunctionBuilder::new(FuncId(0), "f", "f", FunctionKind::Function);
    let c = b.set_params(positional(&["c"]))[0];
    let x = b.new_value(Some("x"));
    let n_x = pool.name("x");
    let one = pool.konst(Const::Int(1));
    let (then_b, join) = (b.create_block(), b.create_block());
    b.terminate(
        Terminator::Branch {
            cond: c,
            then_to: then_b,
            else_to: join,
        },
        sp(),
    );
    b.switch_to(then_b);
    b.push(InstKind::Const { dst: x, value: one }, sp());
    b.terminate(Terminator::Jump { target: join }, sp());
    b.switch_to(join);
    for e in extra {
        b.push(e, sp());
    }
    b.push(InstKind::CheckBound { var: x, name: n_x }, sp());
    if dup {
        b.push(InstKind::CheckBound { var: x, name: n_x }, sp());
    }
    b.terminate(Terminator::Return { value: x }, sp());
    b.finish_raw()
}

#[test]
fn check_after_conditional_assignment_is_kept() {
    let mut f = conditional(vec![], false);
    elide_bound_checks(&mut f);
    assert_eq!(checks(&f), vec![(BlockId(2), ValueId(1))]);
}

#[test]
fn repeated_check_in_one_block_is_removed() {
    let mut f = conditional(vec![], true);
    elide_bound_checks(&mut f);
    assert_eq!(checks(&f), vec![(BlockId(2), ValueId(1))]);
}

#[test]
fn check_after_unbind_is_kept() {
    let x = ValueId(1);
    let mut f = conditional(
        vec![
            InstKind::Const {
                dst: x,
                value: ConstId(0),
            },
            InstKind::Unbind { var: x },
        ],
        false,
    );
    elide_bound_checks(&mut f);
    assert_eq!(checks(&f).len(), 1);
    let mut g = conditional(
        vec![InstKind::Const {
            dst: x,
            value: ConstId(0),
        }],
        false,
    );
    elide_bound_checks(&mut g);
    assert!(checks(&g).is_empty());
}

#[test]
fn handler_starts_with_the_meet_over_protected_points() {
    // x assigned inside the try block: the handler may run before it.
    let mut pool = Pool::default();
    let mut b = FunctionBuilder::new(FuncId(0), "f", "f", FunctionKind::Function);
    let g = b.set_params(positional(&["g"]))[0];
    let x = b.new_value(Some("x"));
    let n_x = pool.name("x");
    let (try_b, handler) = (b.create_block(), b.create_block());
    b.terminate(Terminator::Jump { target: try_b }, sp());
    b.switch_to(try_b);
    b.set_handler(try_b, Some(handler));
    b.push(
        InstKind::Call {
            dst: x,
            func: g,
            args: vec![],
            kwnames: vec![],
        },
        sp(),
    );
    b.push(
        InstKind::Call {
            dst: x,
            func: g,
            args: vec![],
            kwnames: vec![],
        },
        sp(),
    );
    b.terminate(Terminator::Return { value: x }, sp());
    b.switch_to(handler);
    let e = b.new_value(None);
    b.push(InstKind::LoadException { dst: e }, sp());
    b.push(InstKind::CheckBound { var: x, name: n_x }, sp());
    b.terminate(Terminator::Return { value: x }, sp());
    let mut f = b.finish_raw();
    let da = definitely_assigned(&f);
    assert!(!da[2].as_ref().unwrap().contains(x));
    elide_bound_checks(&mut f);
    assert_eq!(checks(&f), vec![(BlockId(2), x)]);
}

#[test]
fn parameters_and_freevars_are_assigned_at_entry() {
    let mut b = FunctionBuilder::new(FuncId(0), "f", "f", FunctionKind::Function);
    let p = b.set_params(positional(&["p"]))[0];
    let cell = b.add_freevar("c");
    b.push(
        InstKind::CheckBound {
            var: p,
            name: NameId(0),
        },
        sp(),
    );
    b.push(
        InstKind::CheckBound {
            var: cell,
            name: NameId(0),
        },
        sp(),
    );
    b.terminate(Terminator::Return { value: p }, sp());
    let mut f = b.finish_raw();
    elide_bound_checks(&mut f);
    assert!(checks(&f).is_empty());
}

#[test]
fn operands_of_instructions_and_terminators() {
    let (u, d) = uses_defs(&InstKind::Call {
        dst: v(0),
        func: v(1),
        args: vec![v(2), v(3)],
        kwnames: vec![NameId(0)],
    });
    assert_eq!((u, d), (vec![v(1), v(2), v(3)], vec![v(0)]));
    let (u, d) = uses_defs(&InstKind::UnpackEx {
        before: vec![v(1)],
        star: v(2),
        after: vec![v(3)],
        src: v(4),
    });
    assert_eq!((u, d), (vec![v(4)], vec![v(1), v(2), v(3)]));
    let (u, d) = uses_defs(&InstKind::CheckBound {
        var: v(5),
        name: NameId(0),
    });
    assert_eq!((u, d), (vec![v(5)], vec![]));
    let (u, d) = uses_defs(&InstKind::Unbind { var: v(5) });
    assert_eq!((u, d), (vec![], vec![v(5)]));
    let (u, d) = uses_defs(&InstKind::StoreCell {
        cell: v(1),
        src: v(2),
    });
    assert_eq!((u, d), (vec![v(1), v(2)], vec![]));
    let (u, d) = term_uses_defs(&Terminator::Suspend {
        state: StateId(1),
        kind: SuspendKind::Await,
        value: v(7),
        resume: BlockId(3),
        dst: v(8),
    });
    assert_eq!(u, vec![v(7)]);
    assert_eq!(
        d,
        vec![EdgeDef {
            block: BlockId(3),
            value: v(8)
        }]
    );
    let (u, d) = term_uses_defs(&Terminator::ForIter {
        iter: v(1),
        dst: v(2),
        body: BlockId(4),
        exit: BlockId(5),
    });
    assert_eq!(u, vec![v(1)]);
    assert_eq!(
        d,
        vec![EdgeDef {
            block: BlockId(4),
            value: v(2)
        }]
    );
}

#[test]
fn cfg_has_resume_and_exception_edges() {
    let mut pool = Pool::default();
    let f = try_await(&mut pool);
    let g = cfg(&f);
    assert_eq!(g.node_count(), f.blocks.len());
    let mut edges: Vec<(u32, u32, EdgeKind)> = g
        .raw_edges()
        .iter()
        .map(|e| (g[e.source()].0, g[e.target()].0, e.weight))
        .collect();
    edges.sort_by_key(|e| (e.0, e.1));
    assert_eq!(
        edges,
        vec![
            (0, 1, EdgeKind::Normal),
            (1, 2, EdgeKind::Resume(StateId(1))),
            (1, 4, EdgeKind::Exception),
            (2, 3, EdgeKind::Normal),
            (2, 4, EdgeKind::Exception),
        ]
    );
    assert!(reachable(&f).iter().all(|&r| r));
    assert_eq!(reverse_postorder(&f)[0], BlockId(0));
}

#[test]
fn value_set_basics() {
    let mut s: ValueSet = [v(3), v(70), v(1)].into_iter().collect();
    assert_eq!(s.to_vec(), vec![v(1), v(3), v(70)]);
    assert!(s.contains(v(70)) && !s.contains(v(200)));
    assert!(!s.remove(v(200)));
    let full = ValueSet::full(4);
    s.intersect_with(&full);
    assert_eq!(s.to_vec(), vec![v(1), v(3)]);
    assert_eq!(s, [v(1), v(3)].into_iter().collect());
    assert_eq!(s.len(), 2);
}
