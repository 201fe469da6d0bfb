//! `match` statements: scope of captures, the instructions patterns lower
//! to, and CPython's compile-time errors.

use pycps_cps::scope::{analyze, Resolution, ScopeId};
use pycps_ir::{CompareOp, InstKind, Terminator};

fn compile(src: &str) -> pycps_ir::Module {
    let ir = pycps_cps::compile(src, "t.py")
        .unwrap_or_else(|d| panic!("{}", pycps_frontend::render_all(&d, "t.py", src, false)));
    pycps_ir::verify(&ir).expect("verifies");
    ir
}

fn func<'a>(ir: &'a pycps_ir::Module, name: &str) -> &'a pycps_ir::Function {
    ir.functions
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no function {name}"))
}

fn insts(f: &pycps_ir::Function) -> impl Iterator<Item = &InstKind> {
    f.blocks
        .iter()
        .flat_map(|b| b.insts.iter().map(|i| &i.kind))
}

fn errors(src: &str) -> Vec<String> {
    match pycps_cps::compile(src, "t.py") {
        Ok(_) => panic!("compiled: {src}"),
        Err(ds) => ds.into_iter().map(|d| d.message).collect(),
    }
}

#[test]
fn captures_bind_in_the_current_scope() {
    let src = "def f(x):\n    match x:\n        case [a, *rest] | (a, *rest):\n            pass\n        case {'k': v, **kw}:\n            def g():\n                return v\n        case P(q=q) as whole:\n            pass\n";
    let m = pycps_frontend::parse(src).expect("parses");
    let t = analyze(&m).expect("resolves");
    let f = ScopeId(1);
    for name in ["a", "rest", "kw", "q", "whole"] {
        assert_eq!(t.resolve(f, name), Resolution::Local, "{name}");
    }
    assert_eq!(t.resolve(f, "v"), Resolution::Cell);
    assert_eq!(t.resolve(f, "P"), Resolution::Global);
}

#[test]
fn module_level_captures_are_globals() {
    let ir = compile("match [1, 2]:\n    case [a, b]:\n        pass\n");
    let f = func(&ir, "<module>");
    let stored: Vec<&str> = insts(f)
        .filter_map(|i| match i {
            InstKind::StoreGlobal { name, .. } => Some(ir.names[name.index()].as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(stored, ["a", "b"]);
}

#[test]
fn patterns_lower_to_match_instructions() {
    let ir = compile(
        "def f(x):\n    match x:\n        case [1, _, *_]:\n            return 1\n        case {'a': 1}:\n            return 2\n        case Point(1, y=2, z=_):\n            return 3\n        case None:\n            return 4\n",
    );
    let f = func(&ir, "f");
    let all: Vec<&InstKind> = insts(f).collect();
    assert!(all
        .iter()
        .any(|i| matches!(i, InstKind::MatchSequence { .. })));
    assert!(all
        .iter()
        .any(|i| matches!(i, InstKind::MatchMapping { .. })));
    let class = all
        .iter()
        .find_map(|i| match i {
            InstKind::MatchClass { nargs, kwnames, .. } => Some((*nargs, kwnames.clone())),
            _ => None,
        })
        .expect("match_class");
    let kw: Vec<&str> = class
        .1
        .iter()
        .map(|n| ir.names[n.index()].as_str())
        .collect();
    assert_eq!((class.0, kw), (1, vec!["y", "z"]));
    // `[1, _, *_]`: only the first item is fetched (by index), after a
    // `len(x) >= 2` check; no unpacking.
    // (With a constant operand: folded into `compare_const`.)
    assert!(all.iter().any(|i| matches!(
        i,
        InstKind::Compare {
            op: CompareOp::Ge,
            ..
        } | InstKind::CompareConst {
            op: CompareOp::Ge,
            ..
        }
    )));
    assert!(!all.iter().any(|i| matches!(
        i,
        InstKind::UnpackEx { .. } | InstKind::UnpackSequence { .. }
    )));
    // `None` compares by identity.
    // (With a constant operand: folded into `compare_const`.)
    assert!(all.iter().any(|i| matches!(
        i,
        InstKind::Compare {
            op: CompareOp::Is,
            ..
        } | InstKind::CompareConst {
            op: CompareOp::Is,
            ..
        }
    )));
}

#[test]
fn named_star_unpacks() {
    let ir = compile("def f(x):\n    match x:\n        case [a, *b, c]:\n            return b\n");
    let f = func(&ir, "f");
    let unpack = insts(f).find_map(|i| match i {
        InstKind::UnpackEx { before, after, .. } => Some((before.len(), after.len())),
        _ => None,
    });
    assert_eq!(unpack, Some((1, 1)));
}

#[test]
fn awaits_in_subject_guard_and_body_are_states() {
    let ir = compile(
        "async def f(g):\n    match await g():\n        case [x] if await g(x):\n            return await g()\n        case _:\n            return None\n",
    );
    let f = func(&ir, "f");
    assert_eq!(f.states.len(), 3);
    let suspends = f
        .blocks
        .iter()
        .filter(|b| matches!(b.term, Terminator::Suspend { .. }))
        .count();
    assert_eq!(suspends, 3);
}

#[test]
fn compile_time_errors_use_cpython_messages() {
    let cases = [
        (
            "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
            "name capture 'a' makes remaining patterns unreachable",
        ),
        (
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "wildcard makes remaining patterns unreachable",
        ),
        (
            "match x:\n    case a | 1:\n        pass\n",
            "name capture 'a' makes remaining patterns unreachable",
        ),
        (
            "match x:\n    case [a] | (b,):\n        pass\n",
            "alternative patterns bind different names",
        ),
        (
            "match x:\n    case [a, *b, *c]:\n        pass\n",
            "multiple starred names in sequence pattern",
        ),
        (
            "match x:\n    case [a, {'k': a}]:\n        pass\n",
            "multiple assignments to name 'a' in pattern",
        ),
        (
            "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
            "mapping pattern checks duplicate key ('a')",
        ),
        (
            "match x:\n    case C(a=1, a=2):\n        pass\n",
            "attribute name repeated in class pattern: a",
        ),
        (
            "match x:\n    case C(a=1, 2):\n        pass\n",
            "positional patterns follow keyword patterns",
        ),
        (
            "match x:\n    case y as _:\n        pass\n",
            "cannot use '_' as a target",
        ),
    ];
    for (src, msg) in cases {
        assert_eq!(errors(src), [msg], "{src}");
    }
    // A guarded capture may come before other cases.
    compile("match x:\n    case a if a:\n        pass\n    case 1:\n        pass\n");
}

#[test]
fn match_stays_a_soft_keyword() {
    compile("match = [1]\nmatch[0]\nmatch(match)\ncase = match\nmatch.copy()\n");
    compile("match, case = 1, 2\nprint(match, case)\n");
    compile("def f(match):\n    match match:\n        case case:\n            return case\n");
}
