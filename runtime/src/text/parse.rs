//! `int(s, base)` and `float(s)` for `str` arguments, following CPython's
//! `PyLong_FromUnicodeObject` / `PyLong_FromString` and
//! `PyFloat_FromString` / `_Py_string_to_number_with_underscores`.
//!
//! Non-ASCII Unicode whitespace becomes a space and Unicode decimal digits
//! become ASCII digits before parsing (`_PyUnicode_TransformDecimalAndSpace
//! ToASCII`); any other non-ASCII character makes the literal invalid.
//! Error messages quote the *original* string's repr.

use super::int_ops::INT_MAX_STR_DIGITS;
use super::repr::{repr_truncated, str_repr};
use super::unicode::{char_decimal_value, is_py_space};
use super::{TextError, TextResult};
use num_bigint::BigInt;
use num_traits::Num;

/// ASCII transcription of `s`; `None` if a char has no ASCII meaning.
fn to_ascii(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_py_space(c) {
            out.push(b' ');
        } else if let Some(d) = char_decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            return None;
        }
    }
    Some(out)
}

/// C `isspace` (Py_ISSPACE).
fn c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn trim(mut b: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = b {
        if !c_space(*first) {
            break;
        }
        b = rest;
    }
    while let [rest @ .., last] = b {
        if !c_space(*last) {
            break;
        }
        b = rest;
    }
    b
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// Python `int(s, base)` for a `str` `s`. `base` must be 0 or 2..=36.
///
/// Errors (`ValueError`): `int() base must be >= 2 and <= 36, or 0`,
/// `invalid literal for int() with base B: 'repr'` (repr truncated to 200
/// chars), and the 4300-digit limit message of CPython 3.11.
pub fn parse_int(s: &str, base: u32) -> TextResult<BigInt> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(TextError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        TextError::value(format!(
            "invalid literal for int() with base {}: {}",
            base,
            repr_truncated(s, 200)
        ))
    };
    let bytes = to_ascii(s).ok_or_else(invalid)?;
    let t = trim(&bytes);
    let (negative, mut t) = match t {
        [b'+', rest @ ..] => (false, rest),
        [b'-', rest @ ..] => (true, rest),
        _ => (false, t),
    };
    let lower1 = t.get(1).map(|b| b.to_ascii_lowercase());
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if t.first() != Some(&b'0') {
            10
        } else {
            match lower1 {
                Some(b'x') => 16,
                Some(b'o') => 8,
                Some(b'b') => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if t.first() == Some(&b'0')
        && matches!(
            (base, lower1),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        )
    {
        t = &t[2..];
        if t.first() == Some(&b'_') {
            t = &t[1..];
        }
    }
    if t.first() == Some(&b'_') {
        return Err(invalid());
    }
    // Scan digits and single underscores.
    let mut digits = String::with_capacity(t.len());
    let mut prev = 0u8;
    let mut end = 0;
    for &b in t {
        if b == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else if digit_value(b) < base {
            digits.push(b as char);
        } else {
            break;
        }
        prev = b;
        end += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return Err(invalid());
    }
    if !base.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(TextError::value(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if end != t.len() {
        return Err(invalid());
    }
    let value = BigInt::from_str_radix(&digits, base).map_err(|_| invalid())?;
    if error_if_nonzero && value != BigInt::default() {
        return Err(invalid());
    }
    Ok(if negative { -value } else { value })
}

/// Validate the float grammar accepted by `_PyOS_ascii_strtod` (after sign):
/// `digits [. digits] [e [sign] digits]` with at least one mantissa digit.
fn valid_decimal(b: &[u8]) -> bool {
    let mut i = 0;
    let n = b.len();
    let count = |i: &mut usize| {
        let s = *i;
        while *i < n && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - s
    };
    let mut mant = count(&mut i);
    if i < n && b[i] == b'.' {
        i += 1;
        mant += count(&mut i);
    }
    if mant == 0 {
        return false;
    }
    if i < n && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < n && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if count(&mut i) == 0 {
            return false;
        }
    }
    i == n
}

/// Python `float(s)` for a `str` `s`: whitespace, sign, `inf`/`infinity`/
/// `nan` (any case), underscores between digits. Error: `ValueError: could
/// not convert string to float: 'repr'`.
pub fn parse_float(s: &str) -> TextResult<f64> {
    let invalid = || {
        TextError::value(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    };
    let bytes = to_ascii(s).ok_or_else(invalid)?;
    let t = trim(&bytes);
    // Remove underscores, which are only allowed between two digits.
    let mut clean = Vec::with_capacity(t.len());
    let mut prev = 0u8;
    for &b in t {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return Err(invalid());
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return Err(invalid());
            }
            clean.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    let (negative, body) = match clean.as_slice() {
        [b'+', rest @ ..] => (false, rest),
        [b'-', rest @ ..] => (true, rest),
        other => (false, other),
    };
    let lower: Vec<u8> = body.to_ascii_lowercase();
    let v = match lower.as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ if valid_decimal(body) => std::str::from_utf8(body)
            .ok()
            .and_then(|x| x.parse::<f64>().ok())
            .ok_or_else(invalid)?,
        _ => return Err(invalid()),
    };
    Ok(if negative { -v } else { v })
}
