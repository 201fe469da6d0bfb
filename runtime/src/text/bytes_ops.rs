//! `bytes`/`bytearray` helpers with CPython 3.11 semantics where they differ
//! from `str`'s: ASCII-only whitespace, case and character classes,
//! `splitlines` on `\n`/`\r` only, `hex`/`fromhex`.
//!
//! The searching, splitting-on-a-separator and padding methods reuse the
//! `str` helpers through the latin-1 mapping ([`latin1`] /
//! [`from_latin1`]): byte `b` ↔ char `U+00bb` is a bijection that keeps
//! lengths and indices, so those helpers give byte-exact answers.

use super::{TextError, TextResult};

/// The bytes as a string of chars `U+0000..=U+00FF` (one per byte).
pub fn latin1(b: &[u8]) -> String {
    b.iter().map(|&x| x as char).collect()
}

/// The inverse of [`latin1`] (chars above `U+00FF` cannot occur there;
/// they would be truncated).
pub fn from_latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// CPython's `Py_ISSPACE` (bytes whitespace).
pub fn is_byte_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `b.split()` / `b.rsplit()` without a separator: runs of ASCII whitespace.
pub fn bytes_split_ws(b: &[u8], maxsplit: i64, from_right: bool) -> Vec<Vec<u8>> {
    let mut max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    if from_right {
        let mut end = b.len();
        loop {
            while end > 0 && is_byte_space(b[end - 1]) {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            if max == 0 {
                out.push(b[..end].to_vec());
                break;
            }
            let mut start = end;
            while start > 0 && !is_byte_space(b[start - 1]) {
                start -= 1;
            }
            out.push(b[start..end].to_vec());
            max -= 1;
            end = start;
        }
        out.reverse();
    } else {
        let mut i = 0;
        loop {
            while i < b.len() && is_byte_space(b[i]) {
                i += 1;
            }
            if i == b.len() {
                break;
            }
            if max == 0 {
                out.push(b[i..].to_vec());
                break;
            }
            let start = i;
            while i < b.len() && !is_byte_space(b[i]) {
                i += 1;
            }
            out.push(b[start..i].to_vec());
            max -= 1;
        }
    }
    out
}

/// `b.splitlines(keepends)`: line ends are `\n`, `\r` and `\r\n` only.
pub fn bytes_splitlines(b: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keepends { i + eol } else { i };
        out.push(b[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < b.len() {
        out.push(b[start..].to_vec());
    }
    out
}

/// `b.strip()`-family without an argument (ASCII whitespace).
pub fn bytes_strip_ws(b: &[u8], left: bool, right: bool) -> &[u8] {
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && is_byte_space(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && is_byte_space(b[e - 1]) {
            e -= 1;
        }
    }
    &b[s..e]
}

/// The ASCII case methods of bytes: `upper`, `lower`, `swapcase`, `title`,
/// `capitalize` (`None` for other names).
pub fn bytes_case(b: &[u8], method: &str) -> Option<Vec<u8>> {
    Some(match method {
        "upper" => b.to_ascii_uppercase(),
        "lower" => b.to_ascii_lowercase(),
        "swapcase" => b
            .iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect(),
        "title" => {
            let mut prev_cased = false;
            b.iter()
                .map(|&c| {
                    let out = if prev_cased {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    };
                    prev_cased = c.is_ascii_alphabetic();
                    out
                })
                .collect()
        }
        "capitalize" => b
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect(),
        _ => return None,
    })
}

/// The ASCII predicates of bytes: `isalnum`, `isalpha`, `isdigit`,
/// `isspace`, `islower`, `isupper`, `istitle`, `isascii` (`None` for other
/// names).
pub fn bytes_is(b: &[u8], method: &str) -> Option<bool> {
    let all = |f: fn(&u8) -> bool| !b.is_empty() && b.iter().all(f);
    Some(match method {
        "isalnum" => all(u8::is_ascii_alphanumeric),
        "isalpha" => all(u8::is_ascii_alphabetic),
        "isdigit" => all(u8::is_ascii_digit),
        "isspace" => all(|&c| is_byte_space(c)),
        "isascii" => b.is_ascii(),
        "islower" => b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
        "isupper" => b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
        "istitle" => {
            let mut cased = false;
            let mut prev_cased = false;
            for &c in b {
                if c.is_ascii_uppercase() {
                    if prev_cased {
                        return Some(false);
                    }
                    prev_cased = true;
                    cased = true;
                } else if c.is_ascii_lowercase() {
                    if !prev_cased {
                        return Some(false);
                    }
                    prev_cased = true;
                    cased = true;
                } else {
                    prev_cased = false;
                }
            }
            cased
        }
        _ => return None,
    })
}

/// `b.hex(sep, bytes_per_sep)`: a positive `bytes_per_sep` groups from the
/// right, a negative one from the left.
pub fn bytes_hex(b: &[u8], sep: Option<char>, bytes_per_sep: i64) -> String {
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let (Some(sep), n) = (sep, bytes_per_sep.unsigned_abs() as usize) else {
        return digits.concat();
    };
    if n == 0 || b.is_empty() {
        return digits.concat();
    }
    let mut out = String::with_capacity(b.len() * 3);
    // Offset of the first separator: groups are counted from the right
    // for a positive `bytes_per_sep`, from the left for a negative one.
    let first = if bytes_per_sep > 0 {
        match digits.len() % n {
            0 => n,
            r => r,
        }
    } else {
        n
    };
    let mut until_sep = first;
    for d in &digits {
        if until_sep == 0 {
            out.push(sep);
            until_sep = n;
        }
        out.push_str(d);
        until_sep -= 1;
    }
    out
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed
/// between pairs.
pub fn bytes_fromhex(s: &str) -> TextResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let bad = |i: usize| {
        TextError::value(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    let digit = |i: usize| {
        chars
            .get(i)
            .and_then(|c| c.to_digit(16))
            .filter(|_| chars.get(i).is_some_and(char::is_ascii))
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_byte_space(chars[i] as u32 as u8) {
            i += 1;
            continue;
        }
        let top = digit(i).ok_or_else(|| bad(i))?;
        let bot = digit(i + 1).ok_or_else(|| bad(i + 1))?;
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    Ok(out)
}
