//! Tests: format-spec mini-language, %-formatting, str.format templates.

use super::data::*;
use super::{check, A};
use crate::text::*;

fn run_format(kind: &str, value: &str, spec: &str) -> Result<String, TextError> {
    match kind {
        "int" => {
            let v = super::big(value);
            let s = parse_format_spec(spec, "int")?;
            format_int(&v, &s)
        }
        "float" => {
            let bits = u64::from_str_radix(value.trim_start_matches("0x"), 16).unwrap();
            let s = parse_format_spec(spec, "float")?;
            format_float(f64::from_bits(bits), &s)
        }
        _ => {
            // value is a Python repr of a simple str (no escapes needed).
            let v = &value[1..value.len() - 1];
            let v = v.replace("\\t", "\t");
            let s = parse_format_spec(spec, "str")?;
            format_str(&v, &s)
        }
    }
}

#[test]
fn format_spec_tables() {
    for table in [format_spec_a::FORMAT_SPEC_A, format_spec_b::FORMAT_SPEC_B] {
        for &(kind, value, spec, ref want) in table {
            let ctx = format!("format({kind} {value}, {spec:?})");
            if matches!(want, Err(("MemoryError", _))) {
                // CPython tries to allocate; we refuse widths > MAX_WIDTH.
                let e = run_format(kind, value, spec).unwrap_err();
                assert_eq!(e.message, "Too many decimal digits in format string");
                continue;
            }
            check(&ctx, run_format(kind, value, spec), want, |s| s.clone());
        }
    }
}

#[test]
fn format_spec_parse_fields() {
    let s = parse_format_spec("*^+z#012,.3f", "float").unwrap();
    assert_eq!(s.fill, Some('*'));
    assert_eq!(s.align, Some(Align::Center));
    assert_eq!(s.sign, Some('+'));
    assert!(s.no_neg_0 && s.alternate && !s.zero_pad);
    assert_eq!((s.width, s.precision, s.ty), (Some(12), Some(3), Some('f')));
    assert_eq!(s.grouping, Grouping::Comma);
    let e = parse_format_spec("99999999999999999999", "int").unwrap_err();
    assert_eq!(e.message, "Too many decimal digits in format string");
    let big = parse_format_spec("10000001", "int").unwrap();
    let e = format_int(&1.into(), &big).unwrap_err();
    assert_eq!(e.message, "Too many decimal digits in format string");
    let ok = parse_format_spec("10000000", "int").unwrap();
    assert_eq!(format_int(&1.into(), &ok).unwrap().len(), 10_000_000);
}

#[test]
fn percent_tables() {
    for &(fmt, args, is_tuple, ref want) in super::data::percent::PERCENT {
        let args: Vec<FmtArg> = args.iter().map(|a| a.to_arg()).collect();
        let got = percent_format(fmt, &args, is_tuple, None);
        check(&format!("{fmt:?} % {args:?}"), got, want, |s| s.clone());
    }
    for &(fmt, items, whole, ref want) in percent_dict::PERCENT_DICT {
        let mut lookup = |k: &str| -> Result<FmtArg, TextError> {
            items
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_arg())
                .ok_or_else(|| TextError::new(ErrorKind::KeyError, k))
        };
        let got = percent_format(fmt, &[whole.to_arg()], false, Some(&mut lookup));
        check(&format!("{fmt:?} % dict"), got, want, |s| s.clone());
    }
}

/// Test interpreter for `str.format`: values are static [`A`]s.
struct Env;

fn a_repr(v: &A) -> String {
    match v {
        A::I(s) => s.to_string(),
        A::F(b) => float_repr(f64::from_bits(*b)),
        A::B(b) => if *b { "True" } else { "False" }.to_string(),
        A::S(s) => str_repr(s),
        A::O(_, _, r) => r.to_string(),
        A::L(items) => format!(
            "[{}]",
            items.iter().map(a_repr).collect::<Vec<_>>().join(", ")
        ),
        A::D(items) => format!(
            "{{{}}}",
            items
                .iter()
                .map(|(k, v)| format!("{}: {}", str_repr(k), a_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

impl FormatArgs for Env {
    type Value = A;
    type Error = TextError;
    fn positional(&mut self, i: usize) -> Result<A, TextError> {
        super::data::str_format::POS.get(i).copied().ok_or_else(|| {
            TextError::new(
                ErrorKind::IndexError,
                format!("Replacement index {i} out of range for positional args tuple"),
            )
        })
    }
    fn keyword(&mut self, name: &str) -> Result<A, TextError> {
        super::data::str_format::KW
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| *v)
            .ok_or_else(|| TextError::new(ErrorKind::KeyError, name))
    }
    fn getattr(&mut self, _v: &A, name: &str) -> Result<A, TextError> {
        Err(TextError::type_error(format!("no attribute {name}")))
    }
    fn getitem_index(&mut self, v: &A, i: usize) -> Result<A, TextError> {
        match v {
            A::L(items) => items
                .get(i)
                .copied()
                .ok_or_else(|| TextError::new(ErrorKind::IndexError, "list index out of range")),
            A::D(_) => Err(TextError::new(ErrorKind::KeyError, i.to_string())),
            A::S(s) => s
                .chars()
                .nth(i)
                .map(|c| A::S(leak(c.to_string())))
                .ok_or_else(|| TextError::new(ErrorKind::IndexError, "string index out of range")),
            A::I(_) => Err(TextError::type_error("'int' object is not subscriptable")),
            A::F(_) => Err(TextError::type_error("'float' object is not subscriptable")),
            _ => Err(TextError::type_error("'bool' object is not subscriptable")),
        }
    }
    fn getitem_key(&mut self, v: &A, key: &str) -> Result<A, TextError> {
        match v {
            A::D(items) => items
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| *v)
                .ok_or_else(|| TextError::new(ErrorKind::KeyError, key)),
            _ => Err(TextError::type_error(
                "list indices must be integers or slices, not str",
            )),
        }
    }
    fn convert(&mut self, v: A, c: char) -> Result<A, TextError> {
        let r = match (c, v) {
            ('s', A::S(s)) => s.to_string(),
            ('a', v) => ascii_escape(&a_repr(&v)),
            (_, v) => a_repr(&v),
        };
        Ok(A::S(leak(r)))
    }
    fn format(&mut self, v: &A, spec: &str) -> Result<String, TextError> {
        match v {
            A::I(s) => format_int(&super::big(s), &parse_format_spec(spec, "int")?),
            A::B(b) if spec.is_empty() => Ok(if *b { "True" } else { "False" }.into()),
            A::B(b) => format_int_typed(
                &u8::from(*b).into(),
                &parse_format_spec(spec, "bool")?,
                "bool",
            ),
            A::F(b) => format_float(f64::from_bits(*b), &parse_format_spec(spec, "float")?),
            A::S(s) => format_str(s, &parse_format_spec(spec, "str")?),
            other if spec.is_empty() => Ok(a_repr(other)),
            _ => Err(TextError::type_error(
                "unsupported format string passed to list.__format__",
            )),
        }
    }
}

#[test]
fn str_format_table() {
    for &(template, ref want) in super::data::str_format::STR_FORMAT {
        let got = str_format(&parse_format_template(template), &mut Env);
        check(&format!("{template:?}.format(...)"), got, want, |s| {
            s.clone()
        });
    }
}

#[test]
fn format_template_structure() {
    let p = parse_format_template("a{0.x[1][k]!r:>{}}b");
    let FormatPiece::Field(f) = &p[1] else {
        panic!("expected field")
    };
    let msg = "cannot switch from manual field specification to automatic field numbering";
    assert_eq!(f.spec[1], FormatPiece::Error(TextError::value(msg)));
    let p = parse_format_template("a{x.y[1][k]!r:>{}}b{{");
    assert_eq!(p.len(), 3);
    assert_eq!(p[0], FormatPiece::Literal("a".into()));
    assert_eq!(p[2], FormatPiece::Literal("b{".into()));
    let FormatPiece::Field(f) = &p[1] else {
        panic!("expected field")
    };
    assert_eq!(f.arg, FieldArg::Name("x".into()));
    assert_eq!(
        f.accessors,
        vec![
            Accessor::Attr("y".into()),
            Accessor::Index(1),
            Accessor::Key("k".into())
        ]
    );
    assert_eq!(f.conversion, Some('r'));
    assert_eq!(f.spec.len(), 2);
    assert_eq!(
        check_conversion('x').unwrap_err().message,
        "Unknown conversion specifier x"
    );
    assert_eq!(
        check_conversion('\u{1}').unwrap_err().message,
        "Unknown conversion specifier \\x1"
    );
}
