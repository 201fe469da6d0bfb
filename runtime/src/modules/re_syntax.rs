//! Python `re` syntax → fancy-regex syntax, and `re.sub` templates.
//!
//! The translator walks the Python pattern once, counting groups and names,
//! reporting CPython's `re.error` messages for the common mistakes
//! (unbalanced parenthesis, unterminated set, nothing to repeat, bad
//! escape), and rewriting what the engines spell differently: `\Z`, `{,n}`,
//! literal `{`, `[` inside sets, `(?P=name)`, `(?#...)`, verbose mode
//! (stripped here, so sets keep their spaces as in Python), the `a`/`u`/`L`
//! flags, ASCII classes, and Python's `$` (end, or before a final newline).
//!
//! Pure functions; no panics on any input.

/// A translated pattern.
#[derive(Clone, Debug)]
pub struct Translated {
    pub regex: String,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// Flags found inline (`(?i)`), to merge into `Pattern.flags`.
    pub inline_flags: i64,
}

pub const I: i64 = 2;
pub const L: i64 = 4;
pub const M: i64 = 8;
pub const S: i64 = 16;
pub const U: i64 = 32;
pub const X: i64 = 64;
pub const A: i64 = 256;

/// A `re.error` message and position.
pub type SyntaxErr = (String, usize);

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, SyntaxErr> {
    Err((msg.into(), pos))
}

/// Global inline flags at the start of the pattern (`(?im)...`).
fn leading_flags(p: &[char]) -> i64 {
    let mut f = 0;
    let mut i = 0;
    while p.get(i) == Some(&'(') && p.get(i + 1) == Some(&'?') {
        let mut j = i + 2;
        let mut g = 0;
        while let Some(&c) = p.get(j) {
            match c {
                'i' => g |= I,
                'm' => g |= M,
                's' => g |= S,
                'x' => g |= X,
                'a' => g |= A,
                'u' => g |= U,
                'L' => g |= L,
                _ => break,
            }
            j += 1;
        }
        if p.get(j) != Some(&')') || j == i + 2 {
            break;
        }
        f |= g;
        i = j + 1;
    }
    f
}

/// The index just past the leading inline-flag groups.
fn leading_end(p: &[char]) -> usize {
    let mut k = 0;
    while p.get(k) == Some(&'(') && p.get(k + 1) == Some(&'?') {
        let mut j = k + 2;
        while p.get(j).is_some_and(|c| "imsxauL".contains(*c)) {
            j += 1;
        }
        if p.get(j) != Some(&')') || j == k + 2 {
            break;
        }
        k = j + 1;
    }
    k
}

/// Translates `pattern`; `nl_dollar` makes `$` also match before a final
/// `\n` (needed only when the subject ends with a newline).
pub fn translate(pattern: &str, flags: i64, nl_dollar: bool) -> Result<Translated, SyntaxErr> {
    let p: Vec<char> = pattern.chars().collect();
    let inline = leading_flags(&p);
    let lead_end = leading_end(&p);
    let flags = flags | inline;
    let verbose = flags & X != 0;
    let ascii = flags & A != 0;
    let multiline = flags & M != 0;
    let mut out = String::new();
    if flags & I != 0 {
        out.push_str("(?i)");
    }
    if flags & S != 0 {
        out.push_str("(?s)");
    }
    if multiline {
        out.push_str("(?m)");
    }
    let mut groups = 0usize;
    let mut names: Vec<(String, usize)> = Vec::new();
    let mut parens: Vec<usize> = Vec::new();
    // Whether the previous token can take a quantifier; `Some(true)` after
    // a quantifier (a second one is "multiple repeat" unless `?`/`+`).
    let mut atom = false;
    let mut quantified = false;
    let mut i = 0;
    while i < p.len() {
        let c = p[i];
        if verbose && c.is_whitespace() {
            i += 1;
            continue;
        }
        if verbose && c == '#' {
            while i < p.len() && p[i] != '\n' {
                i += 1;
            }
            continue;
        }
        match c {
            '\\' => {
                let (s, n) = escape(&p, i, false, ascii, groups)?;
                out.push_str(&s);
                i += n;
                atom = true;
                quantified = false;
            }
            '[' => {
                let start = i;
                out.push('[');
                i += 1;
                if p.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if p.get(i) == Some(&']') {
                    out.push_str("\\]");
                    i += 1;
                }
                loop {
                    let Some(&c) = p.get(i) else {
                        return err("unterminated character set", start);
                    };
                    match c {
                        ']' => {
                            out.push(']');
                            i += 1;
                            break;
                        }
                        '\\' => {
                            let (s, n) = escape(&p, i, true, ascii, groups)?;
                            out.push_str(&s);
                            i += n;
                        }
                        '[' | '&' | '~' => {
                            out.push('\\');
                            out.push(c);
                            i += 1;
                        }
                        _ => {
                            out.push(c);
                            i += 1;
                        }
                    }
                }
                atom = true;
                quantified = false;
            }
            '(' => {
                if p.get(i + 1) == Some(&'?') {
                    let rest: String = p[i + 2..p.len().min(i + 4)].iter().collect();
                    if rest.starts_with(':')
                        || rest.starts_with('=')
                        || rest.starts_with('!')
                        || rest.starts_with('>')
                        || rest.starts_with("<=")
                        || rest.starts_with("<!")
                    {
                        let n = if rest.starts_with('<') { 4 } else { 3 };
                        out.extend(&p[i..i + n]);
                        parens.push(i);
                        i += n;
                        atom = false;
                        quantified = false;
                        continue;
                    }
                    if rest.starts_with("P<") {
                        let start = i + 4;
                        let mut j = start;
                        while j < p.len() && p[j] != '>' {
                            j += 1;
                        }
                        if j >= p.len() {
                            return err("missing >, unterminated name", start);
                        }
                        let name: String = p[start..j].iter().collect();
                        if name.is_empty() {
                            return err("missing group name", start);
                        }
                        if !is_ident(&name) {
                            return err(format!("bad character in group name '{name}'"), start);
                        }
                        if names.iter().any(|(n, _)| *n == name) {
                            return err(
                                format!(
                                    "redefinition of group name '{name}' as group {}; was group {}",
                                    groups + 1,
                                    names.iter().find(|(n, _)| *n == name).map_or(0, |x| x.1)
                                ),
                                start,
                            );
                        }
                        groups += 1;
                        names.push((name.clone(), groups));
                        out.push_str(&format!("(?P<{name}>"));
                        parens.push(i);
                        i = j + 1;
                        atom = false;
                        quantified = false;
                        continue;
                    }
                    if rest.starts_with("P=") {
                        let start = i + 4;
                        let mut j = start;
                        while j < p.len() && p[j] != ')' {
                            j += 1;
                        }
                        if j >= p.len() {
                            return err("missing ), unterminated name", start);
                        }
                        let name: String = p[start..j].iter().collect();
                        if !names.iter().any(|(n, _)| *n == name) {
                            return err(format!("unknown group name '{name}'"), start);
                        }
                        out.push_str(&format!("\\k<{name}>"));
                        i = j + 1;
                        atom = true;
                        quantified = false;
                        continue;
                    }
                    if rest.starts_with('#') {
                        while i < p.len() && p[i] != ')' {
                            i += 1;
                        }
                        if i >= p.len() {
                            return err("missing ), unterminated comment", i);
                        }
                        i += 1;
                        continue;
                    }
                    if rest.starts_with('(') {
                        // Conditional `(?(1)yes|no)`: passed through.
                        out.push_str("(?(");
                        parens.push(i);
                        i += 3;
                        atom = false;
                        continue;
                    }
                    // Inline flags: `(?imsx)` or scoped `(?i:...)` / `(?-i:...)`.
                    let mut j = i + 2;
                    let mut keep = String::new();
                    while let Some(&f) = p.get(j) {
                        match f {
                            'i' | 'm' | 's' | '-' => keep.push(f),
                            'x' | 'a' | 'u' | 'L' => {}
                            _ => break,
                        }
                        j += 1;
                    }
                    match p.get(j) {
                        Some(')') if j > i + 2 => {
                            if i >= lead_end {
                                // Python 3.11 requires global flags at the start.
                                return err("global flags not at the start of the expression", i);
                            }
                            if !keep.is_empty() && !keep.contains('-') {
                                out.push_str(&format!("(?{keep})"));
                            }
                            i = j + 1;
                            continue;
                        }
                        Some(':') => {
                            out.push_str(&format!("(?{keep}:"));
                            parens.push(i);
                            i = j + 1;
                            atom = false;
                            quantified = false;
                            continue;
                        }
                        _ => {
                            let what: String =
                                p.get(i + 2).map(|c| c.to_string()).unwrap_or_default();
                            return err(format!("unknown extension ?{what}"), i + 1);
                        }
                    }
                }
                groups += 1;
                out.push('(');
                parens.push(i);
                i += 1;
                atom = false;
                quantified = false;
            }
            ')' => {
                if parens.pop().is_none() {
                    return err("unbalanced parenthesis", i);
                }
                out.push(')');
                i += 1;
                atom = true;
                quantified = false;
            }
            '*' | '+' | '?' | '{' => {
                let (q, n) = if c == '{' {
                    match brace_quantifier(&p, i) {
                        Some(x) => {
                            let inner = x.0.trim_matches(|c| c == '{' || c == '}');
                            if let Some((lo, hi)) = inner.split_once(',') {
                                let lo: u64 = lo.parse().unwrap_or(0);
                                if hi.parse::<u64>().is_ok_and(|hi| lo > hi) {
                                    return err("min repeat greater than max repeat", i + 1);
                                }
                            }
                            x
                        }
                        None => {
                            out.push_str("\\{");
                            i += 1;
                            atom = true;
                            quantified = false;
                            continue;
                        }
                    }
                } else {
                    (c.to_string(), 1)
                };
                if quantified {
                    if c == '?' || c == '+' {
                        // Lazy or possessive modifier of the previous quantifier.
                        out.push(c);
                        i += 1;
                        quantified = false;
                        atom = false;
                        continue;
                    }
                    return err("multiple repeat", i);
                }
                if !atom {
                    return err("nothing to repeat", i);
                }
                out.push_str(&q);
                i += n;
                quantified = true;
                atom = false;
            }
            '}' => {
                out.push_str("\\}");
                i += 1;
                atom = true;
                quantified = false;
            }
            '|' => {
                out.push('|');
                i += 1;
                atom = false;
                quantified = false;
            }
            '^' => {
                out.push('^');
                i += 1;
                atom = false;
                quantified = false;
            }
            '$' => {
                if !multiline && nl_dollar {
                    out.push_str("(?=\\n?\\z)");
                } else {
                    out.push('$');
                }
                i += 1;
                atom = false;
                quantified = false;
            }
            _ => {
                if c.is_whitespace() || c == '#' {
                    // Literal (not verbose): keep the regex crate from reading it as syntax.
                    out.push_str(&format!("\\x{{{:x}}}", c as u32));
                } else {
                    out.push(c);
                }
                i += 1;
                atom = true;
                quantified = false;
            }
        }
    }
    if let Some(&open) = parens.last() {
        return err("missing ), unterminated subpattern", open);
    }
    Ok(Translated {
        regex: out,
        groups,
        names,
        inline_flags: inline,
    })
}

fn is_ident(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c.is_alphabetic() || c == '_')
        && cs.all(|c| c.is_alphanumeric() || c == '_')
}

/// `{m}`, `{m,}`, `{,n}`, `{m,n}` at `i`: the regex-crate spelling and length.
fn brace_quantifier(p: &[char], i: usize) -> Option<(String, usize)> {
    let mut j = i + 1;
    let mut lo = String::new();
    while j < p.len() && p[j].is_ascii_digit() {
        lo.push(p[j]);
        j += 1;
    }
    let mut hi = None;
    if p.get(j) == Some(&',') {
        j += 1;
        let mut h = String::new();
        while j < p.len() && p[j].is_ascii_digit() {
            h.push(p[j]);
            j += 1;
        }
        hi = Some(h);
    }
    if p.get(j) != Some(&'}') {
        return None;
    }
    if lo.is_empty() && hi.is_none() {
        return None;
    }
    let lo = if lo.is_empty() { "0".to_string() } else { lo };
    let q = match hi {
        None => format!("{{{lo}}}"),
        Some(h) if h.is_empty() => format!("{{{lo},}}"),
        Some(h) => format!("{{{lo},{h}}}"),
    };
    Some((q, j - i + 1))
}

/// An escape at `p[i] == '\\'`: its translation and length.
fn escape(
    p: &[char],
    i: usize,
    in_class: bool,
    ascii: bool,
    groups: usize,
) -> Result<(String, usize), SyntaxErr> {
    let Some(&c) = p.get(i + 1) else {
        return err("bad escape (end of pattern)", i);
    };
    let hexn = |n: usize| -> Option<u32> {
        let s: String = p.get(i + 2..i + 2 + n)?.iter().collect();
        if s.len() == n && s.chars().all(|c| c.is_ascii_hexdigit()) {
            u32::from_str_radix(&s, 16).ok()
        } else {
            None
        }
    };
    let lit = |cp: u32| format!("\\x{{{cp:x}}}");
    Ok(match c {
        'Z' if !in_class => ("\\z".into(), 2),
        'A' if !in_class => ("\\A".into(), 2),
        'b' if in_class => ("\\x08".into(), 2),
        'b' | 'B' => (format!("\\{c}"), 2),
        'd' | 'D' | 'w' | 'W' | 's' | 'S' if ascii => {
            let class = match c.to_ascii_lowercase() {
                'd' => "0-9",
                'w' => "0-9A-Za-z_",
                _ => " \\t\\n\\r\\x0b\\x0c",
            };
            let neg = c.is_ascii_uppercase();
            (
                match (in_class, neg) {
                    (true, false) => class.to_string(),
                    (true, true) => format!("\\{c}"),
                    (false, false) => format!("[{class}]"),
                    (false, true) => format!("[^{class}]"),
                },
                2,
            )
        }
        'd' | 'D' | 'w' | 'W' | 's' | 'S' => (format!("\\{c}"), 2),
        'n' | 't' | 'r' | 'f' => (format!("\\{c}"), 2),
        'v' => ("\\x0b".into(), 2),
        'a' => ("\\x07".into(), 2),
        'x' => match hexn(2) {
            Some(v) => (lit(v), 4),
            None => return err("incomplete escape \\x", i),
        },
        'u' => match hexn(4) {
            Some(v) => (lit(v), 6),
            None => return err("incomplete escape \\u", i),
        },
        'U' => match hexn(8).filter(|&v| char::from_u32(v).is_some()) {
            Some(v) => (lit(v), 10),
            None => return err("incomplete escape \\U", i),
        },
        '0'..='9' => {
            // Octal (`\0`, `\012`, or three octal digits) or a backreference.
            let mut j = i + 1;
            let mut digits = String::new();
            while j < p.len() && p[j].is_ascii_digit() && digits.len() < 3 {
                digits.push(p[j]);
                j += 1;
            }
            let octal =
                c == '0' || (digits.len() == 3 && digits.chars().all(|d| ('0'..='7').contains(&d)));
            if octal || in_class {
                let mut oct = String::new();
                for d in digits.chars().take(3) {
                    if !('0'..='7').contains(&d) {
                        break;
                    }
                    oct.push(d);
                }
                let v = u32::from_str_radix(&oct, 8).unwrap_or(0);
                if v > 0o377 {
                    return err(
                        format!("octal escape value \\{oct} outside of range 0-0o377"),
                        i,
                    );
                }
                return Ok((lit(v), 1 + oct.len()));
            }
            let refd: String = digits.chars().take(2).collect();
            let n: usize = refd.parse().unwrap_or(0);
            if n > groups {
                return err(format!("invalid group reference {n}"), i + 1);
            }
            (format!("\\{n}"), 1 + refd.len())
        }
        c if c.is_ascii_alphabetic() => return err(format!("bad escape \\{c}"), i),
        c if c.is_ascii_punctuation() => (format!("\\{c}"), 2),
        c => (lit(c as u32), 2),
    })
}

/// One piece of a `re.sub` replacement template.
#[derive(Clone, Debug, PartialEq)]
pub enum TemplatePiece {
    Lit(String),
    Group(usize),
}

/// Parses a replacement template (`\1`, `\g<name>`, `\n`...).
pub fn parse_template(
    t: &str,
    groups: usize,
    names: &[(String, usize)],
) -> Result<Vec<TemplatePiece>, SyntaxErr> {
    let p: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let flush = |lit: &mut String, out: &mut Vec<TemplatePiece>| {
        if !lit.is_empty() {
            out.push(TemplatePiece::Lit(std::mem::take(lit)));
        }
    };
    while i < p.len() {
        let c = p[i];
        if c != '\\' {
            lit.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = p.get(i + 1) else {
            return err("bad escape (end of pattern)", i);
        };
        match e {
            'g' => {
                if p.get(i + 2) != Some(&'<') {
                    return err("missing <", i + 2);
                }
                let start = i + 3;
                let mut j = start;
                while j < p.len() && p[j] != '>' {
                    j += 1;
                }
                if j >= p.len() {
                    return err("missing >, unterminated name", start);
                }
                let name: String = p[start..j].iter().collect();
                if name.is_empty() {
                    return err("missing group name", start);
                }
                let idx = if name.chars().all(|c| c.is_ascii_digit()) {
                    let n: usize = name.parse().unwrap_or(usize::MAX);
                    if n > groups {
                        return err(format!("invalid group reference {name}"), start);
                    }
                    n
                } else if let Some((_, n)) = names.iter().find(|(n, _)| *n == name) {
                    *n
                } else if is_ident(&name) {
                    return Err((format!("unknown group name '{name}'"), usize::MAX));
                } else {
                    return err(format!("bad character in group name '{name}'"), start);
                };
                flush(&mut lit, &mut out);
                out.push(TemplatePiece::Group(idx));
                i = j + 1;
            }
            '0'..='9' => {
                let mut j = i + 1;
                let mut digits = String::new();
                while j < p.len() && p[j].is_ascii_digit() && digits.len() < 3 {
                    digits.push(p[j]);
                    j += 1;
                }
                let is_octal = e == '0'
                    || (digits.len() == 3 && digits.chars().all(|d| ('0'..='7').contains(&d)));
                if is_octal {
                    let oct: String = digits
                        .chars()
                        .take_while(|d| ('0'..='7').contains(d))
                        .collect();
                    let v = u32::from_str_radix(&oct, 8).unwrap_or(0);
                    lit.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                    i += 1 + oct.len();
                } else {
                    let refd: String = digits.chars().take(2).collect();
                    let n: usize = refd.parse().unwrap_or(0);
                    if n > groups {
                        return err(format!("invalid group reference {n}"), i + 1);
                    }
                    flush(&mut lit, &mut out);
                    out.push(TemplatePiece::Group(n));
                    i += 1 + refd.len();
                }
            }
            'n' => {
                lit.push('\n');
                i += 2;
            }
            't' => {
                lit.push('\t');
                i += 2;
            }
            'r' => {
                lit.push('\r');
                i += 2;
            }
            'f' => {
                lit.push('\u{c}');
                i += 2;
            }
            'v' => {
                lit.push('\u{b}');
                i += 2;
            }
            'a' => {
                lit.push('\u{7}');
                i += 2;
            }
            'b' => {
                lit.push('\u{8}');
                i += 2;
            }
            '\\' => {
                lit.push('\\');
                i += 2;
            }
            e if e.is_ascii_alphabetic() => return err(format!("bad escape \\{e}"), i),
            e => {
                lit.push('\\');
                lit.push(e);
                i += 2;
            }
        }
    }
    flush(&mut lit, &mut out);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translates() {
        let t = translate(r"(?P<year>\d{4})-(\d\d)\Z", 0, false).unwrap();
        assert_eq!(t.groups, 2);
        assert_eq!(t.names, vec![("year".to_string(), 1)]);
        assert!(t.regex.ends_with("\\z"));
        assert_eq!(translate("a{,3}", 0, false).unwrap().regex, "a{0,3}");
        assert_eq!(translate("{x}", 0, false).unwrap().regex, "\\{x\\}");
    }

    #[test]
    fn errors() {
        assert_eq!(
            translate("(a", 0, false).unwrap_err().0,
            "missing ), unterminated subpattern"
        );
        assert_eq!(
            translate("a)", 0, false).unwrap_err(),
            ("unbalanced parenthesis".into(), 1)
        );
        assert_eq!(
            translate("*a", 0, false).unwrap_err().0,
            "nothing to repeat"
        );
        assert_eq!(
            translate("[a", 0, false).unwrap_err().0,
            "unterminated character set"
        );
        assert_eq!(translate(r"\q", 0, false).unwrap_err().0, "bad escape \\q");
    }

    #[test]
    fn templates() {
        let t = parse_template(r"<\1|\g<name>>\n", 2, &[("name".into(), 2)]).unwrap();
        assert_eq!(
            t,
            vec![
                TemplatePiece::Lit("<".into()),
                TemplatePiece::Group(1),
                TemplatePiece::Lit("|".into()),
                TemplatePiece::Group(2),
                TemplatePiece::Lit(">\n".into()),
            ]
        );
    }
}
