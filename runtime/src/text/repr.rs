//! `repr()` of `str` and `bytes`, and `ascii()` of a `str`, exactly as
//! CPython's `unicode_repr`, `bytes_repr` and `PyObject_ASCII`.
//!
//! Quote choice: single quotes unless the text contains `'` and no `"`.
//! Non-printable characters (per [`is_printable_char`], CPython's exact
//! Unicode 14 table) are escaped as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.

use super::unicode::is_printable_char;
use std::fmt::Write;

fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

fn push_escaped(out: &mut String, c: char, quote: char, ascii_only: bool) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x20 || c as u32 == 0x7f => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c if c.is_ascii() => out.push(c),
        c if !ascii_only && is_printable_char(c) => out.push(c),
        c => {
            let u = c as u32;
            let _ = if u <= 0xff {
                write!(out, "\\x{u:02x}")
            } else if u <= 0xffff {
                write!(out, "\\u{u:04x}")
            } else {
                write!(out, "\\U{u:08x}")
            };
        }
    }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_escaped(&mut out, c, quote, ascii_only);
    }
    out.push(quote);
    out
}

/// CPython `repr(s)` for a `str`.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// CPython `ascii(s)` for a `str`: like `repr` but every non-ASCII char is
/// escaped. (For other objects `ascii(x)` escapes the non-ASCII chars of
/// `repr(x)`; use [`ascii_escape`] for that.)
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}

/// Escape the non-ASCII characters of an already computed `repr` string, as
/// `ascii()` does for arbitrary objects.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escaped(&mut out, c, '\0', true);
        }
    }
    out
}

/// CPython `repr(b)` for `bytes`: `b'...'`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            c if !(0x20..0x7f).contains(&c) => {
                let _ = write!(out, "\\x{c:02x}");
            }
            c => out.push(c as char),
        }
    }
    out.push(quote);
    out
}

/// `%.200R`-style repr: the repr truncated to at most 200 characters (used
/// in CPython messages such as `int()`'s "invalid literal" error).
pub(super) fn repr_truncated(s: &str, max_chars: usize) -> String {
    let r = str_repr(s);
    match r.char_indices().nth(max_chars) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}
