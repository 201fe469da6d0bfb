//! Robustness: the frontend must never panic or overflow the stack, whatever
//! the input (truncations and mutations of valid programs, random bytes,
//! pathological nesting). Every error must come back as diagnostics with
//! spans inside the source, and rendering them must not panic either.

const SAMPLE: &str = r#"import asyncio
from .x import (a as b, c)

@deco(1)
async def main(q, *, k=1, **kw) -> int:
    '''doc'''
    results = await asyncio.gather(*[search(q) for q in queries if q])
    for k, v in d.items():
        print(f"{k!r:>{w}} = {v=}", sep="")
    x = -2 ** -3 if a and not b else {1: 2, **c}
    try:
        y = x[1:2, ::3]; z = lambda a, *b: (yield)
    except (E, F) as e:
        raise G from e
    with open(p) as f:
        return [i async for i in f]
class A(B, metaclass=M):
    x: int = 0x_ff + 1.5e3j
match = 3
match command.split(), -1:
    case [("go" | "walk") as verb, d] if d in dirs:
        pass
    case {"k": [1, *rest], **kw} | Point(x=0, y=rest, kw=kw):
        match(rest)
    case (-1.5 | 2 + 3j | "a" "b" | None | Color.RED | _):
        case = 1
"#;

fn check(src: &str) {
    match pycps_frontend::parse(src) {
        Ok(m) => assert_eq!(m.span.end as usize, src.len()),
        Err(ds) => {
            assert!(!ds.is_empty());
            for d in &ds {
                assert!(d.span.end as usize <= src.len(), "span out of range: {d:?}");
                assert!(
                    src.is_char_boundary(d.span.start as usize)
                        && src.is_char_boundary(d.span.end as usize),
                    "span not on char boundary: {d:?}"
                );
            }
            let _ = pycps_frontend::render_all(&ds, "fuzz.py", src, false);
        }
    }
}

/// A small deterministic xorshift generator.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn sample_parses() {
    assert!(pycps_frontend::parse(SAMPLE).is_ok());
}

#[test]
fn truncations_never_panic() {
    for (i, _) in SAMPLE.char_indices() {
        check(&SAMPLE[..i]);
    }
}

#[test]
fn mutations_never_panic() {
    let pieces = [
        "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "f'{", "}", "\\", "**",
        "not ", "lambda", "=", ",", "*", "async ", "await ", "yield", "é", "#", "0x", "1e", ".",
        "match ", "case ", "if ", "else", "'''", "\r\n", "\u{0}",
    ];
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let chars: Vec<(usize, char)> = SAMPLE.char_indices().collect();
    for _ in 0..400 {
        let mut s = String::from(SAMPLE);
        for _ in 0..1 + rng.below(3) {
            let (at, _) = chars[rng.below(chars.len())];
            let at = at.min(s.len());
            if !s.is_char_boundary(at) {
                continue;
            }
            match rng.below(3) {
                0 => s.insert_str(at, pieces[rng.below(pieces.len())]),
                1 => {
                    let end = (at + 1 + rng.below(8)).min(s.len());
                    if s.is_char_boundary(end) {
                        s.replace_range(at..end, "");
                    }
                }
                _ => {
                    let end = (at + rng.below(20)).min(s.len());
                    if s.is_char_boundary(end) {
                        let dup = s[at..end].to_string();
                        s.insert_str(end, &dup);
                    }
                }
            }
        }
        check(&s);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(12345);
    let alphabet = b"abc01 ()[]{}:,.=+-*/'\"\n\t\\#@!<>fr_";
    for n in 0..300 {
        let len = rng.below(60 + n);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if rng.below(4) == 0 {
                    rng.next() as u8
                } else {
                    alphabet[rng.below(alphabet.len())]
                }
            })
            .collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn pathological_nesting_is_rejected_not_overflowed() {
    let cases = [
        format!("x = {}1", "-".repeat(100_000)),
        format!("x = {}1 +", "-".repeat(50_000)),
        format!("x = {}", vec!["a"; 100_000].join("+")),
        format!("x = {}", vec!["2"; 20_000].join("**")),
        format!("x = {}a", "not ".repeat(20_000)),
        format!("x = {}a", "lambda: ".repeat(3_000)),
        format!("x = {}a", "a if b else ".repeat(3_000)),
        format!("x = a{}", ".b".repeat(50_000)),
        format!("x = a{}", "()".repeat(50_000)),
        format!("x = {}{}", "(".repeat(199), ")".repeat(199)),
        format!("x = {}", "(".repeat(100_000)),
        format!("x = {}{}", "[".repeat(300), "]".repeat(300)),
        format!("x = f'{}'", "{".repeat(1000)),
        format!(
            "match x:\n case {}{}: pass\n",
            "[".repeat(600),
            "]".repeat(600)
        ),
        format!("match x:\n case {}: pass\n", "[".repeat(100_000)),
        format!("match x:\n case {}1: pass\n", "(".repeat(100_000)),
        format!("match x:\n case {}: pass\n", vec!["1"; 100_000].join("|")),
        format!("match x:\n case {}a: pass\n", "C(".repeat(50_000)),
        format!("match x:\n case {}: pass\n", "{1: ".repeat(50_000)),
        "if x:\n".to_string()
            + &(1..150)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>(),
    ];
    for c in &cases {
        check(c);
    }
}
