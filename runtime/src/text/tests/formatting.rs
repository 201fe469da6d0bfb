//! Tests: format-spec mini-language, %-formatting, str.format templates.

use super::check;
use super::data::*;
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
