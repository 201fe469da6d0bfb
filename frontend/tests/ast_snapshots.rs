//! Snapshot tests of the AST for representative programs, after checking
//! the span invariants (children within parents, on char boundaries).

use pycps_frontend::ast::{Expr, Module, Stmt};
use pycps_frontend::visit::{expr_children, stmt_children};
use pycps_frontend::Span;

fn check_span(src: &str, span: Span, parent: Span, what: &str) {
    assert!(span.start <= span.end, "{what}: inverted span {span:?}");
    assert!(
        parent.start <= span.start && span.end <= parent.end,
        "{what}: span {span:?} ({:?}) not within parent {parent:?}",
        src.get(span.range())
    );
    assert!(
        src.is_char_boundary(span.start as usize) && src.is_char_boundary(span.end as usize),
        "{what}: span {span:?} not on char boundaries"
    );
}

fn check_expr(src: &str, e: &Expr, parent: Span) {
    check_span(src, e.span, parent, "expr");
    let mut kids = Vec::new();
    expr_children(e, &mut kids);
    for k in kids {
        check_expr(src, k, e.span);
    }
}

fn check_stmt(src: &str, s: &Stmt, parent: Span) {
    check_span(src, s.span, parent, "stmt");
    let (mut stmts, mut exprs) = (Vec::new(), Vec::new());
    stmt_children(s, &mut stmts, &mut exprs);
    for c in stmts {
        check_stmt(src, c, s.span);
    }
    for e in exprs {
        check_expr(src, e, s.span);
    }
}

/// Asserts the span invariants of a parsed module.
pub fn check_spans(src: &str, m: &Module) {
    assert_eq!(m.span, Span::new(0, src.len()));
    for s in &m.body {
        check_stmt(src, s, m.span);
    }
}

fn parse_ok(src: &str) -> Module {
    let m = pycps_frontend::parse(src)
        .unwrap_or_else(|ds| panic!("{}", pycps_frontend::render_all(&ds, "test.py", src, false)));
    check_spans(src, &m);
    m
}

macro_rules! snap {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            let src: &str = $src;
            let m = parse_ok(src);
            insta::assert_snapshot!(format!("{src}\n## AST\n{m:#?}"));
        }
    };
}

snap!(
    async_gather,
    r#"import asyncio

async def main(queries, *, limit=10):
    results = await asyncio.gather(*[search(q, limit=limit) for q in queries])
    for q, r in zip(queries, results):
        print(f"{q!r}: {len(r):>4} hits")
    return results
"#
);

snap!(
    control_flow,
    r#"def classify(n):
    if n < 0:
        return "negative"
    elif n == 0 or n is None:
        return "zero"
    else:
        while n > 10:
            n //= 2
        else:
            pass
    try:
        x = 1 / n
    except (ZeroDivisionError, ValueError) as e:
        raise RuntimeError("bad") from e
    finally:
        print("done")
"#
);

snap!(
    comprehensions_and_literals,
    r#"d = {k: v for k, v in pairs if v}
s = {x * 2 for x in xs}
g = (a async for a in b)
m = {**base, "k": [1, 2.5, 3j], 'b': b"x" b'y', "t": (1,)}
x = a if b else -c ** 2
"#
);

snap!(
    classes_and_params,
    r#"@dataclass(frozen=True)
class Point(Base, metaclass=Meta):
    x: int = 0

    def move(self, dx, /, dy=0, *args, scale: float = 1.0, **kw) -> "Point":
        return Point(self.x + dx * scale)

f = lambda a, *b, c=1, **d: (a, b, c, d)
"#
);

snap!(
    statements_misc,
    r#"from ..pkg.mod import (a as b, c,)
import os.path as p, sys
global g
a = b = c = 0
a, *rest = items
x[1:2, ::3] += 1
del x[0], y.z
assert ok, "message"
with open(p) as f, lock:
    data = f.read(); n = len(data)
if (n := len(data)) > 3: print(n)
match = re.match(r"\d+", s)
"#
);

snap!(
    fstrings,
    r#"name = "w"
s = f"hello {name!r:{width}.{prec}} {x = } {{lit}} {'nested'} " "plain" f'{a["k"]}'
t = f"""multi
{line:>10}"""
"#
);

snap!(
    match_statement,
    r#"match command.split():
    case [("go" | "walk") as verb, *rest] if rest:
        pass
    case {"x": -1, **kw}:
        pass
    case Point(1, y=Color.RED) | None:
        pass
    case a, _:
        pass
match = 1
"#
);

#[test]
fn fstring_spans_are_absolute() {
    let src = "x = 1\ns = f'a{foo + 1}b'\n";
    let m = parse_ok(src);
    let text = format!("{m:?}");
    let start = src.find("foo").unwrap();
    assert!(
        text.contains(&format!("Name(\"foo\"), span: {}..{}", start, start + 3)),
        "{text}"
    );
}

#[test]
fn operator_precedence() {
    // `**` binds tighter than unary minus on its left, and is right-assoc.
    let m = parse_ok("x = -2 ** -3 ** 2\n");
    let text = format!("{m:?}");
    assert!(
        text.contains(
            "UnaryOp { op: USub, operand: Expr { kind: BinOp { left: Expr { kind: Constant(Int(2))"
        ),
        "{text}"
    );
    let m = parse_ok("x = not a == b and c or d\n");
    let text = format!("{m:?}");
    assert!(text.starts_with("Module { body: [Stmt { kind: Assign { targets: [Expr { kind: Name(\"x\"), span: 0..1 }], value: Expr { kind: BoolOp { op: Or"), "{text}");
}
