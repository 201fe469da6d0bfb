//! The format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`,
//! `str.format`) for `int`, `float` and `str`, ported from CPython 3.11's
//! Python/formatter_unicode.c (`parse_internal_render_format_spec`,
//! `calc_number_widths`, `fill_number`, `_PyUnicode_InsertThousandsGrouping`).
//!
//! Contract: `format(x, '')` is `str(x)` in CPython; callers must special-
//! case the empty spec for types whose `str()` differs from the default
//! formatting (e.g. `bool`). Widths and precisions above
//! [`MAX_WIDTH`](super::MAX_WIDTH) are rejected.

use super::float_fmt::{format_float_raw, FloatFmt};
use super::int_ops::{int_to_float, int_to_str};
use super::unicode::char_decimal_value;
use super::{push_repeat, ErrorKind, TextError, TextResult, MAX_WIDTH};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Alignment (`<`, `>`, `^`, `=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    AfterSign,
}

/// Thousands grouping option.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Grouping {
    #[default]
    None,
    Comma,
    Underscore,
}

/// A parsed format spec. Type-dependent defaults (alignment, `0` meaning
/// `=` alignment for numbers only, default type) are resolved when
/// formatting.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill char (only when followed by an align char).
    pub fill: Option<char>,
    pub align: Option<Align>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero.
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    /// The `0` flag (zero padding) was given without an explicit fill.
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// Presentation type char, if any.
    pub ty: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

fn too_many_digits() -> TextError {
    TextError::value("Too many decimal digits in format string")
}

/// Parse a decimal number (Unicode digits allowed); `Ok(None)` if absent.
fn get_integer(chars: &[char], pos: &mut usize) -> TextResult<Option<usize>> {
    let mut acc: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|&c| char_decimal_value(c)) {
        let v = acc
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
        acc = Some(v);
        *pos += 1;
    }
    Ok(acc)
}

/// Parse `spec`; `type_name` is only used in the "Invalid format specifier"
/// message (`'int'`, `'float'`, `'str'`, ...).
pub fn parse_format_spec(spec: &str, type_name: &str) -> TextResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut f = FormatSpec::default();
    let mut pos = 0;
    let n = chars.len();
    if n >= 2 && align_of(chars[1]).is_some() {
        f.fill = Some(chars[0]);
        f.align = align_of(chars[1]);
        pos = 2;
    } else if n >= 1 && align_of(chars[0]).is_some() {
        f.align = align_of(chars[0]);
        pos = 1;
    }
    if pos < n && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < n && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < n && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if f.fill.is_none() && pos < n && chars[pos] == '0' {
        f.zero_pad = true;
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;
    if pos < n && chars[pos] == ',' {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < n && chars[pos] == '_' {
        if f.grouping != Grouping::None {
            return Err(TextError::value("Cannot specify both ',' and '_'."));
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < n && chars[pos] == ',' && f.grouping == Grouping::Underscore {
        return Err(TextError::value("Cannot specify both ',' and '_'."));
    }
    if pos < n && chars[pos] == '.' {
        pos += 1;
        f.precision = get_integer(&chars, &mut pos)?;
        if f.precision.is_none() {
            return Err(TextError::value("Format specifier missing precision"));
        }
    }
    if n - pos > 1 {
        return Err(TextError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if pos < n {
        f.ty = Some(chars[pos]);
    }
    Ok(f)
}

/// Refuse widths/precisions above [`MAX_WIDTH`] (CPython would try to
/// allocate them).
fn check_caps(spec: &FormatSpec) -> TextResult<()> {
    if spec.width.unwrap_or(0) > MAX_WIDTH || spec.precision.unwrap_or(0) > MAX_WIDTH {
        return Err(too_many_digits());
    }
    Ok(())
}

fn char_for_msg(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

/// CPython's post-parse validation of the grouping option against the
/// (defaulted) type. Returns the group size (3, or 4 for `_` with b/o/x/X).
fn validate_grouping(spec: &FormatSpec, ty: Option<char>) -> TextResult<usize> {
    let sep = match spec.grouping {
        Grouping::None => return Ok(0),
        Grouping::Comma => ',',
        Grouping::Underscore => '_',
    };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(3),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(4),
        Some(t) => {
            let t = if (t as u32) > 32 && (t as u32) < 128 {
                format!("'{t}'")
            } else {
                format!("'\\x{:x}'", t as u32)
            };
            Err(TextError::value(format!(
                "Cannot specify '{sep}' with {t}."
            )))
        }
    }
}

fn unknown_code(ty: char, type_name: &str) -> TextError {
    TextError::value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        char_for_msg(ty)
    ))
}

/// `_PyUnicode_InsertThousandsGrouping`: group `digits` (ASCII) from the
/// right with `sep` every `group` digits (no grouping if `group == 0`),
/// left-padding with zeros (and separators) up to `min_width`.
fn group_digits(digits: &str, min_width: i64, group: usize, sep: char) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut segments: Vec<String> = Vec::new();
    let mut use_sep = false;
    let emit = |l: i64, remaining: i64, use_sep: bool, segments: &mut Vec<String>| {
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let mut seg = "0".repeat(n_zeros as usize);
        let end = remaining as usize;
        seg.push_str(&digits[end - n_chars as usize..end]);
        if use_sep {
            seg.push(sep);
        }
        segments.push(seg);
        n_chars
    };
    if group > 0 {
        loop {
            let l = (group as i64).min(remaining.max(min_width).max(1));
            let used = emit(l, remaining, use_sep, &mut segments);
            use_sep = true;
            remaining -= used;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        }
    } else {
        let l = remaining.max(min_width).max(1);
        emit(l, remaining, false, &mut segments);
    }
    segments.reverse();
    segments.concat()
}

/// Resolved layout parameters.
struct Layout {
    fill: char,
    align: Align,
    sign: Option<char>,
    width: i64,
    group: usize,
    sep: char,
}

fn resolve(spec: &FormatSpec, default_align: Align, numeric: bool, group: usize) -> Layout {
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero_pad && numeric {
        Align::AfterSign
    } else {
        default_align
    });
    Layout {
        fill,
        align,
        sign: spec.sign,
        width: spec.width.map_or(-1, |w| w as i64),
        group,
        sep: if spec.grouping == Grouping::Underscore {
            '_'
        } else {
            ','
        },
    }
}

/// `calc_number_widths` + `fill_number`.
fn fill_number(
    lay: &Layout,
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    upper: bool,
) -> String {
    let sign = match lay.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let n_prefix = prefix.chars().count() as i64;
    let n_remainder = remainder.chars().count() as i64;
    let non_digit = i64::from(sign.is_some()) + n_prefix + i64::from(has_decimal) + n_remainder;
    let min_width = if lay.fill == '0' && lay.align == Align::AfterSign {
        lay.width - non_digit
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, lay.group, lay.sep)
    };
    let padding = lay.width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match lay.align {
            Align::Left => rpad = padding,
            Align::Center => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            Align::AfterSign => spad = padding,
            Align::Right => lpad = padding,
        }
    }
    let mut out = String::new();
    let pad = |out: &mut String, n: i64| push_repeat(out, lay.fill, n as usize);
    pad(&mut out, lpad);
    out.extend(sign);
    if upper {
        out.push_str(&prefix.to_ascii_uppercase());
    } else {
        out.push_str(prefix);
    }
    pad(&mut out, spad);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    pad(&mut out, rpad);
    out
}

/// `format(n, spec)` for an `int`.
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> TextResult<String> {
    format_int_typed(value, spec, "int")
}

/// `format(n, spec)` for an int-like object whose type name (for error
/// messages) is `type_name` (e.g. `"bool"`).
pub fn format_int_typed(value: &BigInt, spec: &FormatSpec, type_name: &str) -> TextResult<String> {
    let ty = spec.ty.unwrap_or('d');
    let group = validate_grouping(spec, Some(ty))?;
    let base = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_float(value)?;
            return format_float_checked(x, spec, group);
        }
        other => return Err(unknown_code(other, type_name)),
    };
    if spec.precision.is_some() {
        return Err(TextError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(TextError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    check_caps(spec)?;
    let lay = resolve(spec, Align::Right, true, group);
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(TextError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(TextError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = value
            .to_i64()
            .ok_or_else(|| TextError::overflow("Python int too large to convert to C long"))?;
        let c = u32::try_from(code)
            .ok()
            .filter(|&u| u <= 0x10ffff)
            .ok_or_else(|| TextError::overflow("%c arg not in range(0x110000)"))?;
        // Surrogates cannot live in a Rust string; use U+FFFD.
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        return Ok(fill_number(
            &lay,
            false,
            "",
            "",
            false,
            &ch.to_string(),
            false,
        ));
    }
    let digits = if base == 10 {
        int_to_str(&value.abs())?
    } else {
        value.magnitude().to_str_radix(base)
    };
    let prefix = match (spec.alternate, base) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let lay = if ty == 'n' {
        Layout { group: 0, ..lay }
    } else {
        lay
    };
    Ok(fill_number(
        &lay,
        value.is_negative(),
        prefix,
        &digits,
        false,
        "",
        ty == 'X',
    ))
}

/// `format(x, spec)` for a `float`.
pub fn format_float(x: f64, spec: &FormatSpec) -> TextResult<String> {
    let group = validate_grouping(spec, spec.ty)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(other) => return Err(unknown_code(other, "float")),
    }
    format_float_checked(x, spec, group)
}

/// `format_float_internal` (type already validated).
fn format_float_checked(x: f64, spec: &FormatSpec, group: usize) -> TextResult<String> {
    if spec.precision.unwrap_or(0) > i32::MAX as usize {
        return Err(TextError::value("precision too big"));
    }
    check_caps(spec)?;
    let mut flags = FloatFmt {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..FloatFmt::default()
    };
    let mut ty = spec.ty.unwrap_or('\0');
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut x = x;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        x *= 100.0;
    }
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut buf = format_float_raw(x, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(ndig);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let mut lay = resolve(spec, Align::Right, true, group);
    if spec.ty == Some('n') {
        lay.group = 0;
    }
    Ok(fill_number(
        &lay,
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        false,
    ))
}

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &FormatSpec) -> TextResult<String> {
    validate_grouping(spec, Some(spec.ty.unwrap_or('s')))?;
    match spec.ty {
        None | Some('s') => {}
        Some(other) => return Err(unknown_code(other, "str")),
    }
    let err = |m: &str| Err(TextError::new(ErrorKind::ValueError, m));
    match spec.sign {
        Some(' ') => return err("Space not allowed in string format specifier"),
        Some(_) => return err("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_0 {
        return err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return err("Alternate form (#) not allowed in string format specifier");
    }
    if spec.align == Some(Align::AfterSign) {
        return err("'=' alignment not allowed in string format specifier");
    }
    if spec.width.unwrap_or(0) > MAX_WIDTH {
        return Err(too_many_digits());
    }
    let lay = resolve(spec, Align::Left, false, 0);
    let len = s.chars().count();
    let text: &str = match spec.precision {
        Some(p) if p < len => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        _ => s,
    };
    let n = text.chars().count() as i64;
    let total = lay.width.max(n);
    let left = match lay.align {
        Align::Right => total - n,
        Align::Center => (total - n) / 2,
        _ => 0,
    };
    let right = total - n - left;
    let mut out = String::with_capacity(text.len() + (total - n) as usize);
    push_repeat(&mut out, lay.fill, left as usize);
    out.push_str(text);
    push_repeat(&mut out, lay.fill, right as usize);
    Ok(out)
}
