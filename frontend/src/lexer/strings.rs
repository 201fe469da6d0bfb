//! String, bytes and f-string literals.
//!
//! Plain literals are decoded here (escapes processed, raw strings kept
//! verbatim). F-strings are split into literal parts and replacement fields;
//! each field's expression text is lexed by a nested [`Lexer`] over the same
//! source, so every sub-token has an absolute byte span.
//!
//! Invariant: a literal token is always produced, even after an error, so
//! that the rest of the line can still be lexed.

use super::{Lexer, RawFField, RawFPart, RawFString, Tok, Token};
use crate::span::Span;

/// How deeply format specs may nest replacement fields (CPython: 2).
const MAX_SPEC_DEPTH: usize = 2;

impl Lexer<'_> {
    /// Lexes a string literal whose prefix (lowercased) started at `start`;
    /// the cursor is on the opening quote.
    pub(super) fn string(&mut self, start: usize, prefix: &str) {
        let raw = prefix.contains('r');
        let bytes = prefix.contains('b');
        let fstr = prefix.contains('f');
        let Some(q) = self.bump() else { return };
        let triple = self.peek() == Some(q) && self.peek_at(1) == Some(q);
        if triple {
            self.bump();
            self.bump();
        }
        let body_start = self.pos;
        let body_end;
        loop {
            match self.peek() {
                None => {
                    body_end = self.pos;
                    let line = self.line_of(self.pos.saturating_sub(1));
                    let msg = if triple {
                        format!(
                            "unterminated triple-quoted string literal (detected at line {line})"
                        )
                    } else {
                        format!("unterminated string literal (detected at line {line})")
                    };
                    self.error(start, body_start, msg);
                    break;
                }
                Some('\\') => {
                    self.bump();
                    if self.peek() == Some('\r') {
                        self.bump();
                    }
                    self.bump();
                }
                Some('\n' | '\r') if !triple => {
                    body_end = self.pos;
                    let line = self.line_of(start);
                    self.error(
                        start,
                        body_start,
                        format!("unterminated string literal (detected at line {line})"),
                    );
                    break;
                }
                Some(c) if c == q => {
                    if !triple {
                        body_end = self.pos;
                        self.bump();
                        break;
                    }
                    if self.peek_at(1) == Some(q) && self.peek_at(2) == Some(q) {
                        body_end = self.pos;
                        self.pos += 3;
                        break;
                    }
                    self.bump();
                }
                Some(_) => {
                    self.bump();
                }
            }
        }
        let kind = if fstr {
            let (parts, _) = self.fstring_parts(body_start, body_end, raw, false, 0);
            Tok::RawFString(Box::new(RawFString { parts }))
        } else {
            let text = self.decode(body_start, body_end, raw, bytes);
            if bytes {
                Tok::Bytes(text.chars().map(|c| c as u32 as u8).collect())
            } else {
                Tok::Str(text)
            }
        };
        self.tokens.push(Token {
            kind,
            span: Span::new(start, self.pos),
        });
    }

    /// Decodes the literal text `from..to` (escapes unless `raw`).
    /// For bytes, every char of the result is below 256.
    pub(super) fn decode(&mut self, from: usize, to: usize, raw: bool, bytes: bool) -> String {
        let src = self.src;
        let text = src.get(from..to).unwrap_or("");
        let mut out = String::with_capacity(text.len());
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let at = from + i;
            if bytes && !c.is_ascii() {
                self.error(
                    at,
                    at + c.len_utf8(),
                    "bytes can only contain ASCII literal characters",
                );
                continue;
            }
            if c != '\\' || raw {
                if raw && c == '\\' {
                    // A raw backslash still protects the next char (kept verbatim).
                    out.push('\\');
                    if let Some((_, n)) = it.next() {
                        out.push(n);
                    }
                    continue;
                }
                out.push(c);
                continue;
            }
            let Some((_, e)) = it.next() else {
                out.push('\\');
                break;
            };
            match e {
                '\n' => {}
                '\r' => {
                    if it.peek().is_some_and(|&(_, c)| c == '\n') {
                        it.next();
                    }
                }
                '\\' => out.push('\\'),
                '\'' => out.push('\''),
                '"' => out.push('"'),
                'a' => out.push('\x07'),
                'b' => out.push('\x08'),
                'f' => out.push('\x0c'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                'v' => out.push('\x0b'),
                '0'..='7' => {
                    let mut v = e.to_digit(8).unwrap_or(0);
                    for _ in 0..2 {
                        match it.peek() {
                            Some(&(_, d)) if d.is_digit(8) => {
                                v = v * 8 + d.to_digit(8).unwrap_or(0);
                                it.next();
                            }
                            _ => break,
                        }
                    }
                    let v = if bytes { v & 0xff } else { v };
                    out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                }
                'x' | 'u' | 'U' if !(bytes && e != 'x') => {
                    let n = match e {
                        'x' => 2,
                        'u' => 4,
                        _ => 8,
                    };
                    let mut v: u32 = 0;
                    let mut ok = true;
                    for _ in 0..n {
                        match it.peek() {
                            Some(&(_, d)) if d.is_ascii_hexdigit() => {
                                v = v.wrapping_mul(16) + d.to_digit(16).unwrap_or(0);
                                it.next();
                            }
                            _ => {
                                ok = false;
                                break;
                            }
                        }
                    }
                    let end = it.peek().map_or(to, |&(j, _)| from + j);
                    match char::from_u32(v).filter(|_| ok) {
                        Some(ch) => out.push(ch),
                        None => {
                            let kind = if bytes { "bytes" } else { "unicode" };
                            let what = if ok {
                                "illegal Unicode character".to_string()
                            } else {
                                format!("truncated \\{e}{} escape", "X".repeat(n))
                            };
                            self.error(at, end, format!("({kind} error) {what}"));
                        }
                    }
                }
                'N' if !bytes => {
                    // `\N{NAME}`: the name runs to the next `}`.
                    let mut name = String::new();
                    let mut closed = false;
                    let mut end = at + 2;
                    if it.peek().is_some_and(|&(_, c)| c == '{') {
                        it.next();
                        for (j, c) in it.by_ref() {
                            end = from + j + c.len_utf8();
                            if c == '}' {
                                closed = true;
                                break;
                            }
                            name.push(c);
                        }
                    }
                    if !closed || name.is_empty() {
                        self.error(at, end, "(unicode error) malformed \\N character escape");
                    } else {
                        match char_by_name(&name) {
                            Some(ch) => out.push(ch),
                            None => self.error(
                                at,
                                end,
                                "(unicode error) unknown Unicode character name",
                            ),
                        }
                    }
                }
                other => {
                    // Unknown escapes are kept verbatim (CPython warns).
                    out.push('\\');
                    out.push(other);
                }
            }
        }
        out
    }

    /// Splits f-string text `from..to` into parts. With `in_spec`, stops at
    /// an unmatched `}` and returns its offset.
    fn fstring_parts(
        &mut self,
        from: usize,
        to: usize,
        raw: bool,
        in_spec: bool,
        depth: usize,
    ) -> (Vec<RawFPart>, usize) {
        let src = self.src;
        let bytes = src.as_bytes();
        let mut parts: Vec<RawFPart> = Vec::new();
        let mut lit_start = from;
        let mut i = from;
        let mut pending = String::new();
        macro_rules! flush {
            ($upto:expr, $extra:expr) => {{
                let text = self.decode(lit_start, $upto, raw, false);
                pending.push_str(&text);
                pending.push_str($extra);
                if !pending.is_empty() {
                    match parts.last_mut() {
                        Some(RawFPart::Literal(s)) => s.push_str(&pending),
                        _ => parts.push(RawFPart::Literal(std::mem::take(&mut pending))),
                    }
                    pending.clear();
                }
            }};
        }
        while i < to {
            let c = bytes[i];
            match c {
                b'\\' if !raw => {
                    i += 1;
                    if i < to && bytes[i] == b'N' && i + 1 < to && bytes[i + 1] == b'{' {
                        while i < to && bytes[i] != b'}' {
                            i += 1;
                        }
                    }
                    i += 1;
                    while i < to && !src.is_char_boundary(i) {
                        i += 1;
                    }
                }
                b'{' if i + 1 < to && bytes[i + 1] == b'{' && !in_spec => {
                    flush!(i, "{");
                    i += 2;
                    lit_start = i;
                }
                b'{' => {
                    flush!(i, "");
                    let (field, next) = self.fstring_field(i, to, raw, depth);
                    if let Some(field) = field {
                        parts.push(RawFPart::Field(field));
                    }
                    i = next;
                    lit_start = i;
                }
                b'}' if in_spec => {
                    flush!(i, "");
                    return (parts, i);
                }
                b'}' if i + 1 < to && bytes[i + 1] == b'}' => {
                    flush!(i, "}");
                    i += 2;
                    lit_start = i;
                }
                b'}' => {
                    self.error(i, i + 1, "f-string: single '}' is not allowed");
                    flush!(i, "");
                    i += 1;
                    lit_start = i;
                }
                _ => i += 1,
            }
        }
        flush!(to.min(src.len()), "");
        (parts, to)
    }

    /// Lexes one replacement field starting at the `{` at `open`; returns
    /// the field (None after an error) and the offset after its `}`.
    fn fstring_field(
        &mut self,
        open: usize,
        to: usize,
        raw: bool,
        depth: usize,
    ) -> (Option<RawFField>, usize) {
        let src = self.src;
        let bytes = src.as_bytes();
        let e_start = open + 1;
        let mut j = e_start;
        let mut nest: Vec<u8> = Vec::new();
        let mut quote: Option<u8> = None;
        let mut bad = false;
        while j < to {
            let c = bytes[j];
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
                j += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' | b'{' => nest.push(c),
                b')' | b']' => {
                    nest.pop();
                }
                b'}' if !nest.is_empty() => {
                    nest.pop();
                }
                b'}' if nest.is_empty() => break,
                b'!' if nest.is_empty() && bytes.get(j + 1) != Some(&b'=') => break,
                b':' if nest.is_empty() => break,
                b'=' if nest.is_empty()
                    && bytes.get(j + 1) != Some(&b'=')
                    && !matches!(
                        bytes.get(j.wrapping_sub(1)),
                        Some(b'=' | b'!' | b'<' | b'>')
                    ) =>
                {
                    break
                }
                b'\\' => {
                    self.error(
                        j,
                        j + 1,
                        "f-string expression part cannot include a backslash",
                    );
                    bad = true;
                }
                b'#' => {
                    self.error(j, j + 1, "f-string expression part cannot include '#'");
                    bad = true;
                }
                _ => {}
            }
            j += 1;
        }
        let e_end = j;
        if j >= to {
            self.error(open, to, "f-string: expecting '}'");
            return (None, to);
        }
        if src[e_start..e_end].trim().is_empty() {
            self.error(
                open,
                (j + 1).min(to),
                "f-string: empty expression not allowed",
            );
            bad = true;
        }
        let mut debug_text = None;
        if bytes[j] == b'=' {
            j += 1;
            while j < to && matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r') {
                j += 1;
            }
            debug_text = Some(src[e_start..j].to_string());
        }
        let mut conversion = None;
        if j < to && bytes[j] == b'!' {
            let c = src.get(j + 1..).and_then(|s| s.chars().next());
            match c {
                Some(c @ ('r' | 's' | 'a')) => {
                    conversion = Some(c);
                    j += 2;
                }
                _ => {
                    self.error(
                        j,
                        (j + 1 + c.map_or(0, char::len_utf8)).min(to),
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    );
                    bad = true;
                    j += 1;
                    while j < to && !matches!(bytes[j], b':' | b'}') {
                        j += 1;
                    }
                }
            }
        }
        let mut spec = None;
        if j < to && bytes[j] == b':' {
            if depth >= MAX_SPEC_DEPTH {
                self.error(open, j, "f-string: expressions nested too deeply");
                return (None, to);
            }
            let (parts, end) = self.fstring_parts(j + 1, to, raw, true, depth + 1);
            spec = Some(parts);
            j = end;
        }
        if j >= to || bytes[j] != b'}' {
            self.error(open, j.min(to), "f-string: expecting '}'");
            return (None, to);
        }
        let close = j + 1;
        if bad {
            return (None, close);
        }
        let mut sub = Lexer::new(src, e_start, e_end, true);
        sub.run();
        self.errors.append(&mut sub.errors);
        if debug_text.is_some() && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        let field = RawFField {
            tokens: sub.tokens,
            expr_span: Span::new(e_start, e_end),
            conversion,
            spec,
            debug_text,
            span: Span::new(open, close),
        };
        (Some(field), close)
    }
}

/// The character named `name` in a `\N{...}` escape, as CPython's
/// `unicodedata.lookup`: a character name or alias, case-insensitive but
/// otherwise exact (unicode_names2 also accepts loose matches, e.g.
/// without spaces; those are refused here).
fn char_by_name(name: &str) -> Option<char> {
    let well_formed = name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-');
    if !well_formed {
        return None;
    }
    let ch = unicode_names2::character(name)?;
    let upper = name.to_ascii_uppercase();
    let official = unicode_names2::name(ch).map(|n| n.to_string());
    match official {
        Some(n) if n == upper => Some(ch),
        Some(n) => {
            // A loose spelling of the official name (CPython refuses it),
            // or an alias (accepted).
            let squash = |s: &str| s.replace([' ', '-'], "");
            (squash(&n) != squash(&upper)).then_some(ch)
        }
        None => Some(ch),
    }
}
