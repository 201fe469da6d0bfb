//! Tests: float repr/round, int/float parsing, reprs, slices, int ops.

use super::data::*;
use super::{big, check};
use crate::text::*;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

#[test]
fn float_repr_table() {
    for &(bits, want) in float_repr::FLOAT_REPR {
        assert_eq!(float_repr(f(bits)), want, "{bits:#x}");
        assert_eq!(float_str(f(bits)), want);
    }
    assert_eq!(float_repr(f64::NAN), "nan");
    assert_eq!(float_repr(-f64::NAN), "nan");
}

#[test]
fn float_repr_fixture() {
    let data = include_str!("../testdata/float_repr.txt");
    let mut n = 0;
    for line in data.lines() {
        let (hex, want) = line.split_once(' ').unwrap();
        let x = f64::from_bits(u64::from_str_radix(hex, 16).unwrap());
        assert_eq!(float_repr(x), want, "{hex}");
        n += 1;
    }
    assert!(n > 250);
}

#[test]
fn float_repr_round_trips_random_bits() {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..10_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let x = f64::from_bits(state);
        let r = float_repr(x);
        if x.is_nan() {
            assert_eq!(r, "nan");
            continue;
        }
        let back: f64 = parse_float(&r).unwrap();
        assert_eq!(back.to_bits(), x.to_bits(), "{r}");
        assert!(r.contains(['.', 'e', 'n']), "{r}");
    }
}

#[test]
fn float_round_table() {
    for &(bits, n, ref want) in float_round::FLOAT_ROUND {
        let got = float_round(f(bits), n);
        match (got, want) {
            (Ok(v), Ok(w)) => assert_eq!(v.to_bits(), *w, "round({}, {n})", f(bits)),
            (Err(e), Err((c, m))) => assert_eq!((e.kind.name(), e.message.as_str()), (*c, *m)),
            (g, w) => panic!("round({}, {n}): {g:?} vs {w:?}", f(bits)),
        }
    }
    for &(bits, ref want) in round_int::ROUND_INT {
        check("round", float_round_to_int(f(bits)), want, |v| {
            v.to_string()
        });
    }
}

#[test]
fn parse_tables() {
    for &(s, base, ref want) in parse_int::PARSE_INT {
        check(
            &format!("int({s:?}, {base})"),
            parse_int(s, base),
            want,
            |v| v.to_string(),
        );
    }
    for &(s, ref want) in parse_float::PARSE_FLOAT {
        check(&format!("float({s:?})"), parse_float(s), want, |v| {
            float_repr(*v)
        });
    }
}

#[test]
fn repr_tables() {
    for &(s, want, want_ascii) in str_repr::STR_REPR {
        assert_eq!(str_repr(s), want);
        assert_eq!(ascii_repr(s), want_ascii);
    }
    for &(b, want) in bytes_repr::BYTES_REPR {
        assert_eq!(bytes_repr(b), want);
    }
    assert_eq!(ascii_escape("['é', 1]"), "['\\xe9', 1]");
}

#[test]
fn slice_table() {
    for &(a, b, c, n, ref want) in slices::SLICES {
        let got = slice_indices(a, b, c, n);
        match (got, want) {
            (Ok(s), Ok(w)) => {
                assert_eq!(
                    (s.start, s.stop, s.step, s.count),
                    *w,
                    "{a:?} {b:?} {c:?} {n}"
                );
                assert_eq!(s.iter().count(), s.count);
                assert!(s.iter().all(|i| i < n));
            }
            (Err(e), Err((_, m))) => assert_eq!(e.message, *m),
            (g, w) => panic!("{g:?} vs {w:?}"),
        }
    }
    assert_eq!(normalize_index(-1, 3), Some(2));
    assert_eq!(normalize_index(3, 3), None);
    assert_eq!(normalize_index(-4, 3), None);
    assert_eq!(normalize_index(i64::MIN, 3), None);
    assert_eq!(normalize_index(0, 0), None);
}

#[test]
fn int_binop_tables() {
    for &(a, b, ref fd, ref md, ref td) in int_binops::INT_BINOPS {
        let (x, y) = (big(a), big(b));
        let ctx = format!("{a} op {b}");
        check(&ctx, int_floordiv(&x, &y), fd, |v| v.to_string());
        check(&ctx, int_mod(&x, &y), md, |v| v.to_string());
        check(&ctx, int_true_div(&x, &y), td, |v| float_repr(*v));
        if let (Ok(p), Ok(q)) = (a.parse::<i64>(), b.parse::<i64>()) {
            match i64_floordiv(p, q) {
                Ok(Some(v)) => assert_eq!(Ok(v.to_string().as_str()), *fd),
                Ok(None) => assert_eq!((p, q), (i64::MIN, -1)),
                Err(e) => assert_eq!(Err((e.kind.name(), e.message.as_str())), *fd),
            }
            check(&ctx, i64_mod(p, q), md, |v| v.to_string());
            check(&ctx, i64_true_div(p, q), td, |v| float_repr(*v));
            if let (Ok((d, m)), Ok(fdw), Ok(mdw)) = (int_divmod(&x, &y), fd, md) {
                assert_eq!(
                    (d.to_string(), m.to_string()),
                    (fdw.to_string(), mdw.to_string())
                );
            }
        }
    }
    for &(a, b, ref td) in int_truediv::INT_TRUEDIV {
        check(
            &format!("{a}/{b}"),
            int_true_div(&big(a), &big(b)),
            td,
            |v| float_repr(*v),
        );
    }
    for &(a, ref want) in int_to_float::INT_TO_FLOAT {
        check(a, int_to_float(&big(a)), want, |v| float_repr(*v));
    }
}

fn show_pow(p: &PowResult) -> String {
    match p {
        PowResult::Int(i) => i.to_string(),
        PowResult::Float(x) => float_repr(*x),
        PowResult::Complex => "complex".into(),
    }
}

#[test]
fn pow_tables() {
    for &(a, b, ref want) in int_pow::INT_POW {
        check(
            &format!("{a}**{b}"),
            int_pow(&big(a), &big(b)),
            want,
            show_pow,
        );
        if let (Ok(p), Ok(q)) = (a.parse::<i64>(), b.parse::<i64>()) {
            if let Some(v) = i64_pow(p, q) {
                assert_eq!(Ok(v.to_string().as_str()), *want);
            }
        }
    }
    for &(a, b, m, ref want) in int_pow_mod::INT_POW_MOD {
        check(
            &format!("pow({a},{b},{m})"),
            int_pow_mod(&big(a), &big(b), &big(m)),
            want,
            |v| v.to_string(),
        );
    }
    assert_eq!(i64_pow(3, 40), None);
    assert_eq!(i64_pow(-1, i64::MAX), Some(-1));
    assert_eq!(i64_pow(2, -1), None);
    let e = int_pow(&big("2"), &big("100000000000")).unwrap_err();
    assert_eq!(e.kind, ErrorKind::MemoryError);
}

#[test]
fn float_binop_tables() {
    for &(a, b, ref fd, ref md, ref dm, ref pw) in float_binops::FLOAT_BINOPS {
        let (x, y) = (f(a), f(b));
        let ctx = format!("{x:?} op {y:?}");
        check(&ctx, float_floordiv(x, y), fd, |v| float_repr(*v));
        check(&ctx, float_mod(x, y), md, |v| float_repr(*v));
        check(&ctx, float_divmod(x, y), dm, |(d, m)| {
            format!("({}, {})", float_repr(*d), float_repr(*m))
        });
        check(&ctx, float_pow(x, y), pw, show_pow);
    }
    for &(bits, ref want) in float_to_int::FLOAT_TO_INT {
        check("int()", float_to_int(f(bits)), want, |v| v.to_string());
    }
}

#[test]
fn int_to_str_limit() {
    assert_eq!(int_to_str(&big("-123")).unwrap(), "-123");
    let ok = big(&"9".repeat(4300));
    assert_eq!(int_to_str(&ok).unwrap().len(), 4300);
    assert_eq!(int_to_str(&-ok.clone()).unwrap().len(), 4301);
    let e = int_to_str(&(ok + 1)).unwrap_err();
    assert_eq!(
        e.message,
        "Exceeds the limit (4300 digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
}

#[test]
fn bitops_are_pythonic() {
    // Python: -6 & 3 == 2, -6 | 3 == -5, -6 ^ 3 == -7, ~5 == -6, -7 >> 1 == -4
    let (a, b) = (big("-6"), big("3"));
    assert_eq!((&a & &b).to_string(), "2");
    assert_eq!((&a | &b).to_string(), "-5");
    assert_eq!((&a ^ &b).to_string(), "-7");
    assert_eq!((!big("5")).to_string(), "-6");
    assert_eq!((big("-7") >> 1u32).to_string(), "-4");
    assert_eq!((big("-1") >> 100u32).to_string(), "-1");
}
