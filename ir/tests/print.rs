//! Snapshot tests of the text, dot and json printers on a hand-built
//! coroutine.

mod common;

use pycps_ir::print::{to_dot, to_json, to_text};

#[test]
fn fetch_all_text() {
    let m = common::fetch_all_module();
    pycps_ir::verify(&m).expect("verifies");
    insta::assert_snapshot!(to_text(&m));
}

#[test]
fn fetch_all_dot() {
    let m = common::fetch_all_module();
    let dot = to_dot(&m);
    assert!(dot.starts_with("digraph pycps {"));
    assert!(dot.contains("subgraph cluster_f1"));
    insta::assert_snapshot!(dot);
}

#[test]
fn dot_escapes_quotes_and_backslashes() {
    let mut m = common::fetch_all_module();
    m.functions[1].qualname = "we\"ird\\name{<x>}".into();
    let dot = to_dot(&m);
    assert!(
        dot.contains(r#"label="f1 we\"ird\\name{<x>} [coroutine]""#),
        "{dot}"
    );
}

#[test]
fn fetch_all_json_round_trips() {
    let m = common::fetch_all_module();
    let json = to_json(&m);
    let back: pycps_ir::Module = serde_json::from_str(&json).expect("valid json");
    assert_eq!(back, m);
}

#[test]
fn text_shows_handlers_unreachable_blocks_and_const_reprs() {
    use pycps_ir::builder::FunctionBuilder;
    use pycps_ir::*;
    let mut pool = common::Pool::default();
    let mut b = FunctionBuilder::new(
        FuncId(0),
        "<module>",
        "<module>",
        FunctionKind::Module { is_async: false },
    );
    let consts = [
        Const::Str("it's".into()),
        Const::Str("a\n'b\"".into()),
        Const::Bytes(vec![0, b'a', 0xff]),
        Const::Float(1e16),
        Const::Float(0.0001),
        Const::Float(2.5),
        Const::Float(1e-5),
        Const::Bool(true),
        Const::Ellipsis,
        Const::Int(-3),
    ];
    let handler = b.create_block();
    b.set_handler(b.entry(), Some(handler));
    let v = b.new_value(Some("x"));
    for c in consts {
        let c = pool.konst(c);
        b.push(InstKind::Const { dst: v, value: c }, common::sp());
    }
    b.terminate(Terminator::Return { value: v }, common::sp());
    b.switch_to(handler);
    let e = b.new_value(None);
    b.push(InstKind::LoadException { dst: e }, common::sp());
    b.terminate(Terminator::Reraise { exc: e }, common::sp());
    let dead = b.create_block();
    b.switch_to(dead);
    b.terminate(Terminator::Return { value: v }, common::sp());
    let f = b.finish();
    let m = pool.module(vec![f]);
    pycps_ir::verify(&m).expect("verifies");
    insta::assert_snapshot!(to_text(&m));
}
