//! Tests: str methods, case mapping and character predicates.

use super::check;
use super::data::*;
use crate::text::*;

#[test]
fn find_count_startswith() {
    for &(s, sub, st, en, find, rfind, count, sw, ew) in str_find::STR_FIND {
        let ctx = format!("{s:?}.find({sub:?}, {st:?}, {en:?})");
        let f = |o: Option<usize>| o.map_or(-1, |v| v as i64);
        assert_eq!(f(str_find(s, sub, st, en)), find, "{ctx}");
        assert_eq!(f(str_rfind(s, sub, st, en)), rfind, "{ctx}");
        assert_eq!(str_count(s, sub, st, en), count, "{ctx}");
        assert_eq!(str_startswith(s, sub, st, en), sw, "{ctx}");
        assert_eq!(str_endswith(s, sub, st, en), ew, "{ctx}");
    }
}

#[test]
fn split_family() {
    let show = |v: &Vec<&str>| format!("{v:?}");
    for &(s, sep, max, ref sp, ref rsp) in str_split::STR_SPLIT {
        let ctx = format!("{s:?}.split({sep:?}, {max})");
        let want = sp.map(|v| format!("{v:?}"));
        check(
            &ctx,
            str_split(s, sep, max),
            &want.as_deref().map_err(|e| *e),
            show,
        );
        let want = rsp.map(|v| format!("{v:?}"));
        check(
            &ctx,
            str_rsplit(s, sep, max),
            &want.as_deref().map_err(|e| *e),
            show,
        );
    }
    for &(s, plain, keep) in str_splitlines::STR_SPLITLINES {
        assert_eq!(str_splitlines(s, false), plain, "{s:?}");
        assert_eq!(str_splitlines(s, true), keep, "{s:?}");
    }
    for &(s, sep, ref p, ref rp) in str_partition::STR_PARTITION {
        let show = |t: &(&str, &str, &str)| format!("{t:?}");
        let want = p.map(|t| format!("{t:?}"));
        check(
            s,
            str_partition(s, sep),
            &want.as_deref().map_err(|e| *e),
            show,
        );
        let want = rp.map(|t| format!("{t:?}"));
        check(
            s,
            str_rpartition(s, sep),
            &want.as_deref().map_err(|e| *e),
            show,
        );
    }
}

#[test]
fn strip_replace_pad_tabs() {
    for &(s, chars, st, l, r) in str_strip::STR_STRIP {
        assert_eq!(
            (
                str_strip(s, chars),
                str_lstrip(s, chars),
                str_rstrip(s, chars)
            ),
            (st, l, r),
            "{s:?} {chars:?}"
        );
    }
    for &(s, old, new, count, want) in str_replace::STR_REPLACE {
        assert_eq!(str_replace(s, old, new, count).unwrap(), want, "{s:?}");
    }
    for &(s, w, fill, c, l, r, z) in str_pad::STR_PAD {
        let got = (
            str_center(s, w, fill).unwrap(),
            str_ljust(s, w, fill).unwrap(),
            str_rjust(s, w, fill).unwrap(),
            str_zfill(s, w).unwrap(),
        );
        assert_eq!(got, (c.into(), l.into(), r.into(), z.into()), "{s:?} {w}");
    }
    for &(s, n, want) in str_expandtabs::STR_EXPANDTABS {
        assert_eq!(str_expandtabs(s, n).unwrap(), want, "{s:?} {n}");
    }
    assert_eq!(str_removeprefix("prefix-x", "prefix-"), "x");
    assert_eq!(str_removesuffix("x.py", ".py"), "x");
    assert_eq!(str_removesuffix("x.py", ""), "x.py");
    let e = str_center("a", i64::MAX, ' ').unwrap_err();
    assert_eq!(e.kind, ErrorKind::MemoryError);
    assert!(str_replace(&"a".repeat(1000), "", &"b".repeat(1 << 22), -1).is_err());
}

#[test]
fn case_mapping() {
    for &(s, up, low, title, cap, swap, fold) in super::data::str_case::STR_CASE {
        let got = [
            str_upper(s),
            str_lower(s),
            str_title(s),
            str_capitalize(s),
            str_swapcase(s),
            str_casefold(s),
        ];
        assert_eq!(got, [up, low, title, cap, swap, fold], "{s:?}");
    }
}

#[test]
fn predicates() {
    for &(s, bits) in str_predicates::STR_PREDICATES {
        let got: String = [
            str_isdigit(s),
            str_isalpha(s),
            str_isalnum(s),
            str_isspace(s),
            str_isupper(s),
            str_islower(s),
            str_isnumeric(s),
            str_isdecimal(s),
            str_istitle(s),
            str_isidentifier(s),
            str_isprintable(s),
            str_isascii(s),
        ]
        .iter()
        .map(|&b| if b { '1' } else { '0' })
        .collect();
        assert_eq!(got, bits, "{s:?} (digit alpha alnum space upper lower numeric decimal title ident printable ascii)");
    }
}
