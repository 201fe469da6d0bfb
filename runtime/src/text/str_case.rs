//! Case conversion: `str.upper/lower/title/capitalize/swapcase/casefold`.
//!
//! Full (multi-char) mappings as CPython: upper/lower use Rust's std
//! mappings (including the context-sensitive final sigma for `lower`);
//! titlecase and case folding differences from those are taken from tables
//! generated from CPython 3.11 (`TITLE_MAP`, `CASEFOLD_MAP`).

use super::unicode::{is_cased, is_lower, is_upper};
use super::unicode_tables::{CASEFOLD_MAP, TITLE_MAP};

fn lookup(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let u = c as u32;
    table
        .binary_search_by_key(&u, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

fn push_title(out: &mut String, c: char) {
    match lookup(TITLE_MAP, c) {
        Some(s) => out.push_str(s),
        None => out.extend(c.to_uppercase()),
    }
}

/// Unicode `Case_Ignorable`, probed through Rust's final-sigma handling:
/// in `"AΣ{c}B"` the sigma is non-final iff `c` is skipped (ignorable) or
/// cased.
fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    !is_cased(c) && format!("A\u{3a3}{c}B").to_lowercase().contains('\u{3c3}')
}

/// Is the capital sigma at `i` in the Final_Sigma context (CPython's
/// `handle_capital_sigma`)?
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i]
        .iter()
        .rev()
        .find(|&&c| !is_case_ignorable(c))
        .is_some_and(|&c| is_cased(c));
    before
        && !chars[i + 1..]
            .iter()
            .find(|&&c| !is_case_ignorable(c))
            .is_some_and(|&c| is_cased(c))
}

/// Lowercase one char in context (`chars[i]`), handling final sigma.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// `str.upper()`.
pub fn str_upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    s.to_uppercase()
}

/// `str.lower()`.
pub fn str_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.to_lowercase()
}

/// `str.casefold()`.
pub fn str_casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(CASEFOLD_MAP, c) {
            Some(m) => out.push_str(m),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `str.swapcase()`.
pub fn str_swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &chars, i);
        } else if is_lower(c) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title()`: titlecase after an uncased char, lowercase after a cased
/// one (the "cased" test is on the original chars).
pub fn str_title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: first char titlecased, the rest lowercased.
pub fn str_capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}
