//! `str.format` / `str.format_map` templates: a port of CPython 3.11's
//! Objects/stringlib/unicode_format.h (`MarkupIterator`, `parse_field`,
//! `field_name_split`, `FieldNameIterator`) producing [`FormatPiece`]s,
//! plus a generic evaluator over the [`FormatArgs`] trait.
//!
//! Contract: [`parse_format_template`] resolves auto-numbering (`{}`) into
//! explicit indices, in CPython's order (a field's own number is taken
//! before the fields nested in its spec). A stackless interpreter can walk
//! the pieces itself: for each field, look up `arg`, apply `accessors` in
//! order (`.attr` → getattr, `[n]` → `obj[n]` with an int, `[k]` → `obj[k]`
//! with a str), apply `conversion` (validate with [`check_conversion`]),
//! render the nested `spec` pieces to a string, then call
//! `format(obj, spec)`. Missing positional args raise `IndexError:
//! Replacement index N out of range for positional args tuple`; missing
//! keywords raise `KeyError(name)`; `format_map` with a positional field
//! raises `ValueError: Format string contains positional fields`.
//!
//! Errors are reported in CPython's order: CPython parses and evaluates
//! fields alternately, so syntax errors are not returned by the parser but
//! embedded where CPython would detect them: [`FormatPiece::Error`] (at the
//! point of a template syntax error, or as the whole `spec` when a nested
//! spec is invalid) and [`Accessor::Invalid`] (a bad `.attr`/`[key]` step,
//! raised after the preceding steps were applied). Evaluation must raise
//! these when reached; nothing after them is evaluated.

use super::unicode::char_decimal_value;
use super::{TextError, TextResult};

/// The argument a replacement field refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldArg {
    /// Positional argument (explicit `{0}` or auto-numbered `{}`).
    Index(usize),
    /// Keyword argument `{name}`.
    Name(String),
}

/// One `.attr` / `[index]` step after the argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accessor {
    Attr(String),
    /// `[123]`: all decimal digits, used as an int index.
    Index(usize),
    /// `[key]`: used as a str key.
    Key(String),
    /// A malformed step: raise this error when reached.
    Invalid(TextError),
}

/// A replacement field `{arg.attr[key]!c:spec}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatField {
    pub arg: FieldArg,
    pub accessors: Vec<Accessor>,
    /// The raw char after `!`, if any (validate with [`check_conversion`]).
    pub conversion: Option<char>,
    /// The format spec; contains `Field`s when it has nested `{}`.
    pub spec: Vec<FormatPiece>,
}

/// A piece of a parsed template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatPiece {
    Literal(String),
    Field(FormatField),
    /// A syntax error: raise it when evaluation reaches this point.
    Error(TextError),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct Auto {
    state: AutoState,
    next: usize,
}

fn verr(m: &str) -> TextError {
    TextError::value(m)
}

/// `get_integer`: `Ok(None)` unless all chars are decimal digits.
fn get_integer(chars: &[char]) -> TextResult<Option<usize>> {
    if chars.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in chars {
        let Some(d) = char_decimal_value(c) else {
            return Ok(None);
        };
        acc = acc
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| verr("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

/// Validate a `!` conversion char: `r`, `s` or `a`.
pub fn check_conversion(c: char) -> TextResult<()> {
    match c {
        'r' | 's' | 'a' => Ok(()),
        c if (c as u32) > 32 && (c as u32) < 127 => Err(TextError::value(format!(
            "Unknown conversion specifier {c}"
        ))),
        c => Err(TextError::value(format!(
            "Unknown conversion specifier \\x{:x}",
            c as u32
        ))),
    }
}

/// Parse a `str.format` template (never fails; see [`FormatPiece::Error`]).
pub fn parse_format_template(template: &str) -> Vec<FormatPiece> {
    let chars: Vec<char> = template.chars().collect();
    let mut auto = Auto {
        state: AutoState::Init,
        next: 0,
    };
    parse(&chars, 2, &mut auto)
}

fn push_literal(pieces: &mut Vec<FormatPiece>, text: &[char]) {
    if text.is_empty() {
        return;
    }
    if let Some(FormatPiece::Literal(s)) = pieces.last_mut() {
        s.extend(text);
    } else {
        pieces.push(FormatPiece::Literal(text.iter().collect()));
    }
}

fn parse(chars: &[char], depth: i32, auto: &mut Auto) -> Vec<FormatPiece> {
    let mut pieces = Vec::new();
    if let Err(e) = parse_into(chars, depth, auto, &mut pieces) {
        pieces.push(FormatPiece::Error(e));
    }
    pieces
}

fn parse_into(
    chars: &[char],
    depth: i32,
    auto: &mut Auto,
    pieces: &mut Vec<FormatPiece>,
) -> TextResult<()> {
    if depth <= 0 {
        return Err(verr("Max string recursion exceeded"));
    }
    let n = chars.len();
    let mut pos = 0;
    while pos < n {
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < n {
            c = chars[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= n;
        let mut len = pos - start;
        if c == '}' && (at_end || chars[pos] != '}') {
            return Err(verr("Single '}' encountered in format string"));
        }
        if at_end && c == '{' {
            return Err(verr("Single '{' encountered in format string"));
        }
        if !at_end {
            if chars[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        push_literal(pieces, &chars[start..start + len]);
        if markup {
            let field = parse_field(chars, &mut pos, depth, auto)?;
            pieces.push(FormatPiece::Field(field));
        }
    }
    Ok(())
}

/// `parse_field` + `field_name_split`; `pos` is just after the `{`.
fn parse_field(
    chars: &[char],
    pos: &mut usize,
    depth: i32,
    auto: &mut Auto,
) -> TextResult<FormatField> {
    let n = chars.len();
    let name_start = *pos;
    let mut c = '\0';
    while *pos < n {
        c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return Err(verr("unexpected '{' in field name")),
            '[' => {
                while *pos < n && chars[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name_end = if matches!(c, '}' | ':' | '!') {
        *pos - 1
    } else {
        return Err(verr("expected '}' before end of string"));
    };
    let mut conversion = None;
    let mut spec_range = None;
    let mut needs_expanding = false;
    if c == '!' || c == ':' {
        let mut done = false;
        if c == '!' {
            if *pos >= n {
                return Err(verr("end of string while looking for conversion specifier"));
            }
            conversion = Some(chars[*pos]);
            *pos += 1;
            if *pos < n {
                let c2 = chars[*pos];
                *pos += 1;
                if c2 == '}' {
                    done = true;
                } else if c2 != ':' {
                    return Err(verr("expected ':' after conversion specifier"));
                }
            }
        }
        if !done {
            let spec_start = *pos;
            let mut count = 1;
            loop {
                if *pos >= n {
                    return Err(verr("unmatched '{' in format spec"));
                }
                let c = chars[*pos];
                *pos += 1;
                if c == '{' {
                    needs_expanding = true;
                    count += 1;
                } else if c == '}' {
                    count -= 1;
                    if count == 0 {
                        spec_range = Some((spec_start, *pos - 1));
                        break;
                    }
                }
            }
        }
    }
    let (arg, accessors) = split_field_name(&chars[name_start..name_end], auto)?;
    let spec = match spec_range {
        None => Vec::new(),
        Some((a, b)) if needs_expanding => parse(&chars[a..b], depth - 1, auto),
        Some((a, b)) if a == b => Vec::new(),
        Some((a, b)) => vec![FormatPiece::Literal(chars[a..b].iter().collect())],
    };
    Ok(FormatField {
        arg,
        accessors,
        conversion,
        spec,
    })
}

fn split_field_name(name: &[char], auto: &mut Auto) -> TextResult<(FieldArg, Vec<Accessor>)> {
    let first_len = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_len];
    let idx = get_integer(first)?;
    let empty = first.is_empty();
    if empty || idx.is_some() {
        if auto.state == AutoState::Init {
            auto.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if auto.state == AutoState::Manual && empty {
            return Err(verr(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.state == AutoState::Auto && !empty {
            return Err(verr(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
    }
    let arg = if empty {
        let i = auto.next;
        auto.next += 1;
        FieldArg::Index(i)
    } else if let Some(i) = idx {
        FieldArg::Index(i)
    } else {
        FieldArg::Name(first.iter().collect())
    };
    let mut accessors = Vec::new();
    if let Err(e) = split_accessors(&name[first_len..], &mut accessors) {
        accessors.push(Accessor::Invalid(e));
    }
    Ok((arg, accessors))
}

/// `FieldNameIterator`: the `.attr` / `[key]` steps.
fn split_accessors(rest: &[char], accessors: &mut Vec<Accessor>) -> TextResult<()> {
    let mut p = 0;
    while p < rest.len() {
        let c = rest[p];
        p += 1;
        let (text, is_attr) = match c {
            '.' => {
                let s = p;
                while p < rest.len() && rest[p] != '.' && rest[p] != '[' {
                    p += 1;
                }
                (&rest[s..p], true)
            }
            '[' => {
                let s = p;
                while p < rest.len() && rest[p] != ']' {
                    p += 1;
                }
                if p >= rest.len() {
                    return Err(verr("Missing ']' in format string"));
                }
                p += 1;
                (&rest[s..p - 1], false)
            }
            _ => {
                return Err(verr(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        let as_int = if is_attr { None } else { get_integer(text)? };
        if text.is_empty() {
            return Err(verr("Empty attribute in format string"));
        }
        accessors.push(match (is_attr, as_int) {
            (true, _) => Accessor::Attr(text.iter().collect()),
            (false, Some(i)) => Accessor::Index(i),
            (false, None) => Accessor::Key(text.iter().collect()),
        });
    }
    Ok(())
}

/// What [`str_format`] needs from the interpreter.
pub trait FormatArgs {
    type Value;
    type Error: From<TextError>;
    /// Positional arg `i` (IndexError if out of range, see module docs).
    fn positional(&mut self, i: usize) -> Result<Self::Value, Self::Error>;
    /// Keyword arg `name` (KeyError if missing).
    fn keyword(&mut self, name: &str) -> Result<Self::Value, Self::Error>;
    fn getattr(&mut self, v: &Self::Value, name: &str) -> Result<Self::Value, Self::Error>;
    fn getitem_index(&mut self, v: &Self::Value, i: usize) -> Result<Self::Value, Self::Error>;
    fn getitem_key(&mut self, v: &Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// Apply `!r`, `!s` or `!a` (already validated), returning a str value.
    fn convert(&mut self, v: Self::Value, conversion: char) -> Result<Self::Value, Self::Error>;
    /// `format(v, spec)`.
    fn format(&mut self, v: &Self::Value, spec: &str) -> Result<String, Self::Error>;
}

/// Evaluate parsed pieces (`template.format(...)`).
pub fn str_format<A: FormatArgs>(pieces: &[FormatPiece], args: &mut A) -> Result<String, A::Error> {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            FormatPiece::Literal(s) => out.push_str(s),
            FormatPiece::Error(e) => return Err(e.clone().into()),
            FormatPiece::Field(f) => {
                let mut v = match &f.arg {
                    FieldArg::Index(i) => args.positional(*i)?,
                    FieldArg::Name(n) => args.keyword(n)?,
                };
                for acc in &f.accessors {
                    v = match acc {
                        Accessor::Attr(a) => args.getattr(&v, a)?,
                        Accessor::Index(i) => args.getitem_index(&v, *i)?,
                        Accessor::Key(k) => args.getitem_key(&v, k)?,
                        Accessor::Invalid(e) => return Err(e.clone().into()),
                    };
                }
                if let Some(c) = f.conversion {
                    check_conversion(c)?;
                    v = args.convert(v, c)?;
                }
                let spec = str_format(&f.spec, args)?;
                out.push_str(&args.format(&v, &spec)?);
            }
        }
    }
    Ok(out)
}
