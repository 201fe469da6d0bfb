//! Scope resolution and lowering shape, checked through the public API.

use pycps_cps::scope::{analyze, Resolution};
use pycps_ir::{FunctionKind, InstKind, Terminator};

fn tree(src: &str) -> (pycps_frontend::ast::Module, pycps_cps::scope::ScopeTree) {
    let m = pycps_frontend::parse(src).expect("parses");
    let t = analyze(&m).expect("resolves");
    (m, t)
}

fn func<'a>(ir: &'a pycps_ir::Module, name: &str) -> &'a pycps_ir::Function {
    ir.functions
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no function {name}"))
}

#[test]
fn closures_make_cells_and_frees() {
    let (_, t) = tree(
        "def outer(a):\n    b = 1\n    def mid():\n        def inner():\n            return a + b\n        return inner\n    return mid\n",
    );
    let outer = &t.scopes[1];
    assert!(outer.cells.contains("a") && outer.cells.contains("b"));
    let mid = &t.scopes[2];
    assert_eq!(mid.frees.iter().collect::<Vec<_>>(), ["a", "b"]);
    let inner = &t.scopes[3];
    assert_eq!(inner.frees.iter().collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(
        t.resolve(pycps_cps::scope::ScopeId(3), "a"),
        Resolution::Free
    );
    assert_eq!(
        t.resolve(pycps_cps::scope::ScopeId(1), "b"),
        Resolution::Cell
    );
}

#[test]
fn global_and_nonlocal_declarations() {
    let (_, t) = tree(
        "x = 0\ndef f():\n    global x\n    x = 1\n    y = 2\n    def g():\n        nonlocal y\n        y = 3\n    return g\n",
    );
    let f = pycps_cps::scope::ScopeId(1);
    assert_eq!(t.resolve(f, "x"), Resolution::Global);
    assert_eq!(t.resolve(f, "y"), Resolution::Cell);
    assert_eq!(
        t.resolve(pycps_cps::scope::ScopeId(2), "y"),
        Resolution::Free
    );
}

#[test]
fn comprehension_names_in_nested_function_resolve_to_enclosing_cells() {
    let (_, t) = tree(
        "def g():\n    y = 1\n    def f():\n        return [y for _ in range(3)]\n    return f\n",
    );
    assert_eq!(
        t.resolve(pycps_cps::scope::ScopeId(2), "y"),
        Resolution::Free
    );
    assert!(t.scopes[1].cells.contains("y"));
}

#[test]
fn nonlocal_without_binding_is_an_error() {
    let m = pycps_frontend::parse("def f():\n    nonlocal z\n").expect("parses");
    let errs = analyze(&m).expect_err("must fail");
    assert!(errs[0]
        .message
        .contains("no binding for nonlocal 'z' found"));
}

#[test]
fn every_await_is_a_numbered_state_with_live_values() {
    let ir = pycps_cps::compile(
        "async def f(o, b):\n    return o.m(1, await a(), b, await c())\n",
        "t.py",
    )
    .expect("compiles");
    let f = func(&ir, "f");
    assert_eq!(f.kind, FunctionKind::Coroutine);
    assert_eq!(f.states.len(), 2);
    let suspends: Vec<_> = f
        .blocks
        .iter()
        .filter_map(|b| match &b.term {
            Terminator::Suspend { state, .. } => Some(*state),
            _ => None,
        })
        .collect();
    assert_eq!(suspends.len(), 2);
    // Across the first await: the bound method (loaded first, as CPython
    // does), the constant 1 and `b` are all needed afterwards.
    let live1: Vec<String> = f.states[0].live.iter().map(|v| f.value_label(*v)).collect();
    assert!(live1.contains(&"b".to_string()), "{live1:?}");
    assert_eq!(live1.len(), 3, "{live1:?}");
    // The attribute is loaded before anything is awaited.
    let first_block = &f.blocks[f.states[0].block.index()];
    assert!(first_block
        .insts
        .iter()
        .any(|i| matches!(i.kind, InstKind::GetAttr { .. })));
}

#[test]
fn module_with_top_level_await_is_async() {
    let ir = pycps_cps::compile("x = await f()\nprint(x)\n", "t.py").expect("compiles");
    assert_eq!(
        ir.functions[0].kind,
        FunctionKind::Module { is_async: true }
    );
    let ir = pycps_cps::compile("print(1)\n", "t.py").expect("compiles");
    assert_eq!(
        ir.functions[0].kind,
        FunctionKind::Module { is_async: false }
    );
}

#[test]
fn final_expression_is_the_module_result() {
    let ir = pycps_cps::compile("x = 1\nx + 1\n", "t.py").expect("compiles");
    let m = &ir.functions[0];
    let ret = m
        .blocks
        .iter()
        .find_map(|b| match b.term {
            Terminator::Return { value } => Some(value),
            _ => None,
        })
        .expect("returns");
    let defined_by_add = m.blocks.iter().flat_map(|b| &b.insts).any(|i| {
        matches!(i.kind, InstKind::Binary { dst, .. } | InstKind::BinaryConst { dst, .. }
                if dst == ret)
    });
    assert!(defined_by_add);
}

#[test]
fn bound_checks_are_elided_where_definitely_assigned() {
    let ir = pycps_cps::compile(
        "def f(c):\n    if c:\n        x = 1\n    y = 2\n    return x + y\n",
        "t.py",
    )
    .expect("compiles");
    let f = func(&ir, "f");
    let checks: Vec<String> = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|i| match i.kind {
            InstKind::CheckBound { var, .. } => Some(f.value_label(var)),
            _ => None,
        })
        .collect();
    assert_eq!(
        checks,
        ["x"],
        "only the conditionally assigned x keeps a check"
    );
}

#[test]
fn semantic_errors_are_diagnostics() {
    for (src, msg) in [
        (
            "def f():\n    await g()\n",
            "'await' outside async function",
        ),
        ("break\n", "'break' outside loop"),
        ("continue\n", "'continue' not properly in loop"),
        ("return 1\n", "'return' outside function"),
        (
            "async def f(x):\n    yield from x\n",
            "'yield from' inside async function",
        ),
        (
            "def f(l):\n    async with l:\n        pass\n",
            "'async with' outside async function",
        ),
        (
            "def f(s):\n    return [x async for x in s]\n",
            "asynchronous comprehension outside of an asynchronous function",
        ),
    ] {
        let errs = pycps_cps::compile(src, "t.py").expect_err(src);
        assert!(
            errs.iter().any(|e| e.message.contains(msg)),
            "{src:?}: {:?}",
            errs.iter().map(|e| &e.message).collect::<Vec<_>>()
        );
    }
}
