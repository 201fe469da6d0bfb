//! `str` methods with CPython 3.11 semantics: searching (`find`, `rfind`,
//! `count`, `startswith`, `endswith`), splitting (`split`, `rsplit`,
//! `splitlines`, `partition`, `rpartition`), stripping, `replace`,
//! padding (`zfill`, `center`, `ljust`, `rjust`), `expandtabs`,
//! `removeprefix`/`removesuffix`.
//!
//! Indices (`start`/`end` arguments, returned positions) are in *chars*
//! (code points), as in Python; `start`/`end` are interpreted like slice
//! bounds (CPython's `ADJUST_INDICES`). Methods that may build huge results
//! (`replace`, padding, `expandtabs`) fail with `MemoryError` beyond
//! [`MAX_RESULT_CHARS`] instead of aborting the process.

use super::unicode::is_py_space;
use super::{push_repeat, ErrorKind, TextError, TextResult};

/// Largest result (in chars/bytes) the building methods will produce.
pub const MAX_RESULT_CHARS: u64 = 1 << 31;

fn too_big() -> TextError {
    TextError::new(ErrorKind::MemoryError, "")
}

fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of char index `ci` (clamped to the end).
fn byte_at(s: &str, ci: usize) -> usize {
    if s.is_ascii() {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
}

fn chars_before(s: &str, b: usize) -> usize {
    char_len(&s[..b])
}

/// CPython's `ADJUST_INDICES`; `start` may remain > `len`.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The adjusted `[start, end)` window as (char start, byte range), or
/// `None` if it is shorter than `need` chars.
fn window(
    s: &str,
    start: Option<i64>,
    end: Option<i64>,
    need: usize,
) -> Option<(usize, usize, usize)> {
    let (st, en) = adjust(start, end, char_len(s));
    if en - st < need as i64 {
        return None;
    }
    let (st, en) = (st as usize, en as usize);
    Some((st, byte_at(s, st), byte_at(s, en)))
}

/// `s.find(sub, start, end)`: char index or `None` (-1).
pub fn str_find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (st, bs, be) = window(s, start, end, char_len(sub))?;
    let hay = &s[bs..be];
    hay.find(sub).map(|b| st + chars_before(hay, b))
}

/// `s.rfind(sub, start, end)`.
pub fn str_rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (st, bs, be) = window(s, start, end, char_len(sub))?;
    let hay = &s[bs..be];
    hay.rfind(sub).map(|b| st + chars_before(hay, b))
}

/// `s.count(sub, start, end)` (non-overlapping).
pub fn str_count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let Some((_, bs, be)) = window(s, start, end, char_len(sub)) else {
        return 0;
    };
    let hay = &s[bs..be];
    if sub.is_empty() {
        return char_len(hay) + 1;
    }
    hay.matches(sub).count()
}

/// `s.startswith(prefix, start, end)` for one prefix (the interpreter
/// loops over tuples).
pub fn str_startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match window(s, start, end, char_len(prefix)) {
        Some((_, bs, be)) => s[bs..be].starts_with(prefix),
        None => false,
    }
}

/// `s.endswith(suffix, start, end)`.
pub fn str_endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match window(s, start, end, char_len(suffix)) {
        Some((_, bs, be)) => s[bs..be].ends_with(suffix),
        None => false,
    }
}

fn empty_sep() -> TextError {
    TextError::value("empty separator")
}

/// `s.split(sep, maxsplit)`; `maxsplit < 0` means unlimited.
pub fn str_split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> TextResult<Vec<&'a str>> {
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some("") => Err(empty_sep()),
        Some(sep) => Ok(s.splitn(max.saturating_add(1), sep).collect()),
        None => {
            let mut out = Vec::new();
            let mut rest = s;
            let mut count = max;
            loop {
                rest = rest.trim_start_matches(is_py_space);
                if rest.is_empty() {
                    break;
                }
                if count == 0 {
                    out.push(rest);
                    break;
                }
                count -= 1;
                let end = rest.find(is_py_space).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = &rest[end..];
            }
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`.
pub fn str_rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> TextResult<Vec<&'a str>> {
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out: Vec<&str> = match sep {
        Some("") => return Err(empty_sep()),
        Some(sep) => s.rsplitn(max.saturating_add(1), sep).collect(),
        None => {
            let mut out = Vec::new();
            let mut rest = s;
            let mut count = max;
            loop {
                rest = rest.trim_end_matches(is_py_space);
                if rest.is_empty() {
                    break;
                }
                if count == 0 {
                    out.push(rest);
                    break;
                }
                count -= 1;
                let start = rest.rfind(is_py_space).map_or(0, |b| {
                    b + rest[b..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(&rest[start..]);
                rest = &rest[..start];
            }
            out
        }
    };
    out.reverse();
    Ok(out)
}

fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`.
pub fn str_splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut i = 0;
    let b = s.as_bytes();
    while i < s.len() {
        let j = i;
        let rel = s[i..].find(is_linebreak).unwrap_or(s.len() - i);
        i += rel;
        let mut eol = i;
        if i < s.len() {
            let c = s[i..].chars().next().unwrap_or('\n');
            if c == '\r' && b.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else {
                i += c.len_utf8();
            }
            if keepends {
                eol = i;
            }
        }
        out.push(&s[j..eol]);
    }
    out
}

fn strip_set(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c| match chars {
        None => is_py_space(c),
        Some(set) => set.contains(c),
    }
}

/// `s.strip(chars)`.
pub fn str_strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_matches(strip_set(chars))
}

/// `s.lstrip(chars)`.
pub fn str_lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_start_matches(strip_set(chars))
}

/// `s.rstrip(chars)`.
pub fn str_rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_end_matches(strip_set(chars))
}

/// `s.replace(old, new, count)`; `count < 0` replaces all.
pub fn str_replace(s: &str, old: &str, new: &str, count: i64) -> TextResult<String> {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let matches = if old.is_empty() {
        (char_len(s) + 1).min(max)
    } else {
        s.matches(old).take(max).count()
    };
    let size = s.len() as u64 + (matches as u64).saturating_mul(new.len() as u64);
    if size > MAX_RESULT_CHARS {
        return Err(too_big());
    }
    Ok(s.replacen(old, new, matches))
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    push_repeat(&mut out, fill, left);
    out.push_str(s);
    push_repeat(&mut out, fill, right);
    out
}

/// Chars to add to reach `width`, or `None` if no padding is needed.
fn margin(s: &str, width: i64) -> TextResult<Option<usize>> {
    let len = char_len(s) as i64;
    if width <= len {
        return Ok(None);
    }
    if width as u64 > MAX_RESULT_CHARS {
        return Err(too_big());
    }
    Ok(Some((width - len) as usize))
}

/// `s.center(width, fill)`.
pub fn str_center(s: &str, width: i64, fill: char) -> TextResult<String> {
    Ok(match margin(s, width)? {
        None => s.to_string(),
        Some(marg) => {
            let left = marg / 2 + (marg & width as usize & 1);
            pad(s, left, marg - left, fill)
        }
    })
}

/// `s.ljust(width, fill)`.
pub fn str_ljust(s: &str, width: i64, fill: char) -> TextResult<String> {
    Ok(match margin(s, width)? {
        None => s.to_string(),
        Some(m) => pad(s, 0, m, fill),
    })
}

/// `s.rjust(width, fill)`.
pub fn str_rjust(s: &str, width: i64, fill: char) -> TextResult<String> {
    Ok(match margin(s, width)? {
        None => s.to_string(),
        Some(m) => pad(s, m, 0, fill),
    })
}

/// `s.zfill(width)`: zeros after a leading sign.
pub fn str_zfill(s: &str, width: i64) -> TextResult<String> {
    Ok(match margin(s, width)? {
        None => s.to_string(),
        Some(m) => match s.chars().next() {
            Some(c @ ('+' | '-')) => {
                let mut out = String::with_capacity(s.len() + m);
                out.push(c);
                push_repeat(&mut out, '0', m);
                out.push_str(&s[1..]);
                out
            }
            _ => pad(s, m, 0, '0'),
        },
    })
}

/// `s.partition(sep)`.
pub fn str_partition<'a>(s: &'a str, sep: &str) -> TextResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_sep());
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`.
pub fn str_rpartition<'a>(s: &'a str, sep: &str) -> TextResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_sep());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

/// `s.expandtabs(tabsize)`; columns reset after `\n` and `\r`.
pub fn str_expandtabs(s: &str, tabsize: i64) -> TextResult<String> {
    let mut out = String::with_capacity(s.len());
    let mut col: u64 = 0;
    let mut total: u64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - col % tabsize as u64;
                col += incr;
                total += incr;
                if total > MAX_RESULT_CHARS {
                    return Err(too_big());
                }
                push_repeat(&mut out, ' ', incr as usize);
            }
        } else {
            col += 1;
            total += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

/// `s.removeprefix(prefix)`.
pub fn str_removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn str_removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}
