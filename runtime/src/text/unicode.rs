//! Python character-class predicates (`str.isdigit`, `isprintable`, ...).
//!
//! Category-based predicates (printable, alpha, decimal, digit, numeric,
//! titlecase, identifier) use tables generated from CPython 3.11's
//! `unicodedata` (Unicode 14.0), so they are exact. `Uppercase` /
//! `Lowercase` (used by `isupper`/`islower`/cased) come from Rust's std,
//! which implements the same derived properties for a newer Unicode version;
//! they differ from CPython only for characters assigned after Unicode 14.

use super::unicode_tables::{DECIMAL, DIGIT, NON_PRINTABLE, NUMERIC, TITLECASE};
use super::unicode_tables2::{ALPHA, XID_CONTINUE, XID_START};

/// Binary search of a sorted table of inclusive ranges.
pub(crate) fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `c.isprintable()` (what `repr` leaves unescaped, apart from ASCII rules).
pub fn is_printable_char(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_table(NON_PRINTABLE, c)
}

/// `c.isspace()`: Unicode White_Space plus the ASCII separators 0x1c..0x1f
/// (CPython treats bidirectional classes B/S/WS as whitespace).
pub fn is_py_space(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ') || (!c.is_ascii() && c.is_whitespace())
}

/// Decimal digit value of `c` (`unicodedata.decimal`), as used by `int()`,
/// `float()` and format field numbers.
pub fn char_decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if c.is_ascii() {
        return None;
    }
    let u = c as u32;
    let i = DECIMAL.partition_point(|&(_, hi)| hi < u);
    match DECIMAL.get(i) {
        Some(&(lo, _)) if lo <= u => Some((u - lo) % 10),
        _ => None,
    }
}

pub(super) fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(ALPHA, c)
}
pub(super) fn is_decimal(c: char) -> bool {
    char_decimal_value(c).is_some()
}
pub(super) fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(DIGIT, c)
}
pub(super) fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(NUMERIC, c)
}
pub(super) fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(TITLECASE, c)
}
pub(super) fn is_upper(c: char) -> bool {
    c.is_uppercase()
}
pub(super) fn is_lower(c: char) -> bool {
    c.is_lowercase()
}
/// Unicode `Cased` = Uppercase ∪ Lowercase ∪ Lt.
pub(super) fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}
fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `str.isalpha()`.
pub fn str_isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}
/// `str.isalnum()`.
pub fn str_isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}
/// `str.isdecimal()`.
pub fn str_isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}
/// `str.isdigit()`.
pub fn str_isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}
/// `str.isnumeric()`.
pub fn str_isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}
/// `str.isspace()`.
pub fn str_isspace(s: &str) -> bool {
    all_nonempty(s, is_py_space)
}
/// `str.isascii()` (true for the empty string).
pub fn str_isascii(s: &str) -> bool {
    s.is_ascii()
}
/// `str.isprintable()` (true for the empty string).
pub fn str_isprintable(s: &str) -> bool {
    s.chars().all(is_printable_char)
}

/// `str.isupper()`: no lowercase/titlecase chars and at least one uppercase.
pub fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        if is_upper(c) {
            cased = true;
        }
    }
    cased
}

/// `str.islower()`: no uppercase/titlecase chars and at least one lowercase.
pub fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        if is_lower(c) {
            cased = true;
        }
    }
    cased
}

/// `str.istitle()`.
pub fn str_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isidentifier()` (XID_Start/XID_Continue per CPython's tables; `_`
/// may start an identifier). Keywords are not excluded, as in Python.
pub fn str_isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    let Some(first) = it.next() else {
        return false;
    };
    let start_ok = if first.is_ascii() {
        first == '_' || first.is_ascii_alphabetic()
    } else {
        in_table(XID_START, first)
    };
    start_ok
        && it.all(|c| {
            if c.is_ascii() {
                c == '_' || c.is_ascii_alphanumeric()
            } else {
                in_table(XID_CONTINUE, c)
            }
        })
}
