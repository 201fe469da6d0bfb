//! Lexer unit tests: indentation, strings, f-strings, numbers, errors.

use super::*;
use num_bigint::BigInt;

fn kinds(src: &str) -> Vec<Tok> {
    lex(src)
        .unwrap_or_else(|e| panic!("lex error: {e:?}"))
        .into_iter()
        .map(|t| t.kind)
        .collect()
}

fn name(s: &str) -> Tok {
    Tok::Name(s.into())
}

fn errors(src: &str) -> Vec<String> {
    match lex(src) {
        Ok(_) => Vec::new(),
        Err(ds) => ds.into_iter().map(|d| d.message).collect(),
    }
}

#[test]
fn indent_and_dedent() {
    let toks = kinds("if x:\n    y\n    if z:\n        w\nv\n");
    use Tok::*;
    assert_eq!(
        toks,
        vec![
            Kw(super::Kw::If),
            name("x"),
            Op(super::Op::Colon),
            Newline,
            Indent,
            name("y"),
            Newline,
            Kw(super::Kw::If),
            name("z"),
            Op(super::Op::Colon),
            Newline,
            Indent,
            name("w"),
            Newline,
            Dedent,
            Dedent,
            name("v"),
            Newline,
        ]
    );
}

#[test]
fn blank_lines_comments_and_eof_dedent() {
    let toks = kinds("def f():\n\n    # c\n    x  # trailing\n\n");
    assert_eq!(toks.iter().filter(|t| **t == Tok::Indent).count(), 1);
    assert_eq!(toks.iter().filter(|t| **t == Tok::Dedent).count(), 1);
    assert_eq!(toks.last(), Some(&Tok::Dedent));
    // No NEWLINE for blank or comment-only lines.
    assert_eq!(toks.iter().filter(|t| **t == Tok::Newline).count(), 2);
}

#[test]
fn brackets_join_lines_and_backslash_continues() {
    let toks = kinds("x = (1,\n     2)\ny = 1 + \\\n  2\n");
    assert_eq!(toks.iter().filter(|t| **t == Tok::Newline).count(), 2);
    assert!(!toks.contains(&Tok::Indent));
}

#[test]
fn tabs_are_allowed() {
    let toks = kinds("if x:\n\ty\n\tz\n");
    assert_eq!(toks.iter().filter(|t| **t == Tok::Indent).count(), 1);
}

#[test]
fn indentation_errors() {
    assert_eq!(
        errors("if x:\n    a\n  b\n"),
        vec!["unindent does not match any outer indentation level"]
    );
    assert_eq!(
        errors("if x:\n        a\n\tb\n"),
        vec!["inconsistent use of tabs and spaces in indentation"]
    );
}

#[test]
fn numbers() {
    let toks = kinds("0 10 1_000 0xff 0o17 0b101 1.5 1. .5 1e3 1.5E-2 3j 2.5J 0_0");
    let ints = |v: i64| Tok::Int(BigInt::from(v));
    assert_eq!(
        toks[..toks.len() - 1],
        [
            ints(0),
            ints(10),
            ints(1000),
            ints(255),
            ints(15),
            ints(5),
            Tok::Float(1.5),
            Tok::Float(1.0),
            Tok::Float(0.5),
            Tok::Float(1000.0),
            Tok::Float(0.015),
            Tok::Imag(3.0),
            Tok::Imag(2.5),
            ints(0),
        ]
    );
    let big = kinds("123456789012345678901234567890");
    assert_eq!(
        big[0],
        Tok::Int("123456789012345678901234567890".parse::<BigInt>().unwrap())
    );
}

#[test]
fn number_errors() {
    assert!(errors("012")[0].starts_with("leading zeros"));
    assert_eq!(errors("1abc"), vec!["invalid decimal literal"]);
    assert_eq!(errors("0x"), vec!["invalid hexadecimal literal"]);
    assert_eq!(errors("1__0"), vec!["invalid decimal literal"]);
}

#[test]
fn strings_and_escapes() {
    let toks = kinds(
        r#"'a\n\t\\\'\"' "\x41\u00e9\U0001F600\101" r'\n' b'\xff\n' '''x
y''' u"z" 'a\
b'"#,
    );
    assert_eq!(toks[0], Tok::Str("a\n\t\\'\"".into()));
    assert_eq!(toks[1], Tok::Str("Aé😀A".into()));
    assert_eq!(toks[2], Tok::Str("\\n".into()));
    assert_eq!(toks[3], Tok::Bytes(vec![0xff, b'\n']));
    assert_eq!(toks[4], Tok::Str("x\ny".into()));
    assert_eq!(toks[5], Tok::Str("z".into()));
    assert_eq!(toks[6], Tok::Str("ab".into()));
}

#[test]
fn string_errors() {
    assert_eq!(
        errors("x = 'abc\ny = 1\n"),
        vec!["unterminated string literal (detected at line 1)"]
    );
    assert_eq!(
        errors("x = '''abc\n\n"),
        vec!["unterminated triple-quoted string literal (detected at line 2)"]
    );
    assert_eq!(
        errors("b'é'"),
        vec!["bytes can only contain ASCII literal characters"]
    );
}

#[test]
fn named_unicode_escapes() {
    assert_eq!(
        kinds(r"'\N{BULLET}\N{greek small letter alpha}\N{NBSP}'")[0],
        Tok::Str("\u{2022}\u{3b1}\u{a0}".into())
    );
    assert_eq!(
        errors(r"'\N{NO SUCH NAME}'"),
        vec!["(unicode error) unknown Unicode character name"]
    );
    // Loose matches (no spaces) are refused, as CPython does.
    assert_eq!(
        errors(r"'\N{BULLET}\N{GREEKSMALLLETTERALPHA}'"),
        vec!["(unicode error) unknown Unicode character name"]
    );
    assert_eq!(
        errors(r"'\N'"),
        vec!["(unicode error) malformed \\N character escape"]
    );
    assert_eq!(kinds(r"b'\N{X}'")[0], Tok::Bytes(br"\N{X}".to_vec()));
}

#[test]
fn bracket_errors() {
    assert_eq!(errors("(1, 2"), vec!["'(' was never closed"]);
    assert_eq!(errors("1)"), vec!["unmatched ')'"]);
    assert_eq!(
        errors("[1)"),
        vec!["closing parenthesis ')' does not match opening parenthesis '['"]
    );
    assert_eq!(
        errors(&"(".repeat(250)),
        vec!["too many nested parentheses"]
    );
}

fn fstring(src: &str) -> RawFString {
    match kinds(src).into_iter().next() {
        Some(Tok::RawFString(f)) => *f,
        other => panic!("not an f-string: {other:?}"),
    }
}

#[test]
fn fstring_structure() {
    let src = r#"f"a{{b}} {x!r:>{w}} {y=} {'s'}""#;
    let f = fstring(src);
    assert_eq!(f.parts.len(), 6, "{f:#?}");
    assert_eq!(f.parts[0], RawFPart::Literal("a{b} ".into()));
    let RawFPart::Field(x) = &f.parts[1] else {
        panic!()
    };
    assert_eq!(x.conversion, Some('r'));
    assert_eq!(&src[x.expr_span.range()], "x");
    assert_eq!(&src[x.span.range()], "{x!r:>{w}}");
    let spec = x.spec.as_ref().unwrap();
    assert_eq!(spec[0], RawFPart::Literal(">".into()));
    let RawFPart::Field(w) = &spec[1] else {
        panic!()
    };
    assert_eq!(&src[w.tokens[0].span.range()], "w");
    let RawFPart::Field(y) = &f.parts[3] else {
        panic!()
    };
    assert_eq!(y.debug_text.as_deref(), Some("y="));
    assert_eq!(y.conversion, Some('r'));
    let RawFPart::Field(s) = &f.parts[5] else {
        panic!()
    };
    assert_eq!(s.tokens[0].kind, Tok::Str("s".into()));
    assert_eq!(&src[s.tokens[0].span.range()], "'s'");
}

#[test]
fn fstring_errors() {
    assert_eq!(
        errors("f'{}'"),
        vec!["f-string: empty expression not allowed"]
    );
    assert_eq!(errors("f'}'"), vec!["f-string: single '}' is not allowed"]);
    assert_eq!(errors("f'{a'"), vec!["f-string: expecting '}'"]);
    assert_eq!(
        errors(r"f'{a\n}'"),
        vec!["f-string expression part cannot include a backslash"]
    );
}

#[test]
fn keywords_soft_keywords_and_unicode() {
    let toks = kinds("match case _ async await café");
    assert_eq!(toks[0], name("match"));
    assert_eq!(toks[1], name("case"));
    assert_eq!(toks[2], name("_"));
    assert_eq!(toks[3], Tok::Kw(Kw::Async));
    assert_eq!(toks[4], Tok::Kw(Kw::Await));
    assert_eq!(toks[5], name("café"));
}

#[test]
fn spans_are_byte_offsets() {
    let src = "é = 'ü'\n";
    let toks = lex(src).unwrap();
    assert_eq!(&src[toks[0].span.range()], "é");
    assert_eq!(&src[toks[2].span.range()], "'ü'");
}
