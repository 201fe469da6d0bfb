//! `str % args` (printf-style formatting), a port of CPython 3.11's
//! `PyUnicode_Format` (Objects/unicodeobject.c).
//!
//! Contract with the interpreter:
//! * `args`: if the right operand is a tuple, its items; otherwise a
//!   one-element slice holding the operand itself, with `is_tuple = false`.
//! * `mapping`: `Some(lookup)` when the right operand is a mapping (and not
//!   a tuple or str), used for `%(key)s`; `lookup` returns the value or the
//!   interpreter's `KeyError`.
//! * Each [`FmtArg`] carries what the conversions need; `Other` objects
//!   carry their precomputed `str()`/`repr()` (only `%s`/`%r`/`%a` accept
//!   them). Objects with `__index__`/`__float__` should be converted to
//!   `Int`/`Float` by the interpreter beforehand if desired.
//!
//! Widths above [`MAX_WIDTH`](super::MAX_WIDTH) fail with `width too big`.

use super::float_fmt::{float_repr, format_float_raw, FloatFmt};
use super::int_ops::{float_to_int, int_to_float, int_to_str};
use super::repr::{ascii_escape, str_repr};
use super::{push_repeat, TextError, TextResult, MAX_WIDTH};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// One `%` argument.
#[derive(Clone, Debug, PartialEq)]
pub enum FmtArg {
    Int(BigInt),
    Bool(bool),
    Float(f64),
    Str(String),
    /// Any other object: its type name, `str()` and `repr()`.
    Other {
        type_name: String,
        str_: String,
        repr: String,
    },
    /// An instance of a user subclass of `int`/`str`: its built-in value
    /// (for the numeric conversions) and its own `str()` and `repr()`.
    Sub {
        inner: Box<FmtArg>,
        str_: String,
        repr: String,
    },
}

impl FmtArg {
    fn type_name(&self) -> &str {
        match self {
            FmtArg::Int(_) => "int",
            FmtArg::Bool(_) => "bool",
            FmtArg::Float(_) => "float",
            FmtArg::Str(_) => "str",
            FmtArg::Other { type_name, .. } => type_name,
            FmtArg::Sub { inner, .. } => inner.type_name(),
        }
    }
    /// The built-in value (a subclass instance's payload).
    fn base(&self) -> &FmtArg {
        match self {
            FmtArg::Sub { inner, .. } => inner,
            v => v,
        }
    }
    fn to_str(&self) -> TextResult<String> {
        Ok(match self {
            FmtArg::Int(i) => int_to_str(i)?,
            FmtArg::Bool(b) => (if *b { "True" } else { "False" }).to_string(),
            FmtArg::Float(x) => float_repr(*x),
            FmtArg::Str(s) => s.clone(),
            FmtArg::Other { str_, .. } | FmtArg::Sub { str_, .. } => str_.clone(),
        })
    }
    fn to_repr(&self) -> TextResult<String> {
        Ok(match self {
            FmtArg::Str(s) => str_repr(s),
            FmtArg::Other { repr, .. } | FmtArg::Sub { repr, .. } => repr.clone(),
            other => other.to_str()?,
        })
    }
    fn as_int(&self) -> Option<BigInt> {
        match self {
            FmtArg::Int(i) => Some(i.clone()),
            FmtArg::Bool(b) => Some(BigInt::from(u8::from(*b))),
            _ => None,
        }
    }
}

/// A mapping lookup for `%(key)s`.
pub type MappingLookup<'a> = &'a mut dyn FnMut(&str) -> TextResult<FmtArg>;

struct Ctx<'a> {
    args: &'a [FmtArg],
    argidx: i64,
    arglen: i64,
    /// Value fetched by `%(key)`, consumed by the next `getnextarg`.
    keyed: Option<FmtArg>,
}

impl Ctx<'_> {
    fn next_arg(&mut self) -> TextResult<FmtArg> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                if let Some(v) = self.keyed.clone() {
                    return Ok(v);
                }
                return Ok(self.args.first().cloned().unwrap_or(FmtArg::Bool(false)));
            }
            return Ok(self.args[idx as usize].clone());
        }
        Err(TextError::type_error(
            "not enough arguments for format string",
        ))
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// Format `fmt % args`. See the module docs for the argument contract.
pub fn percent_format(
    fmt: &str,
    args: &[FmtArg],
    is_tuple: bool,
    mut mapping: Option<MappingLookup<'_>>,
) -> TextResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let (arglen, argidx) = if is_tuple {
        (args.len() as i64, 0)
    } else {
        (-1, -2)
    };
    let mut ctx = Ctx {
        args,
        argidx,
        arglen,
        keyed: None,
    };
    let has_dict = mapping.is_some();
    let mut out = String::with_capacity(fmt.len());
    let n = chars.len();
    let mut pos = 0;
    while pos < n {
        let c = chars[pos];
        if c != '%' {
            out.push(c);
            pos += 1;
            continue;
        }
        pos += 1;
        if pos < n && chars[pos] == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        let incomplete = || TextError::value("incomplete format");
        // %(key)
        if pos < n && chars[pos] == '(' {
            let Some(lookup) = mapping.as_mut() else {
                return Err(TextError::type_error("format requires a mapping"));
            };
            pos += 1;
            let start = pos;
            let mut depth = 1;
            while depth > 0 && pos < n {
                match chars[pos] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return Err(TextError::value("incomplete format key"));
            }
            let key: String = chars[start..pos - 1].iter().collect();
            ctx.keyed = Some(lookup(&key)?);
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        let mut flags = 0u8;
        while pos < n {
            match chars[pos] {
                '-' => flags |= F_LJUST,
                '+' => flags |= F_SIGN,
                ' ' => flags |= F_BLANK,
                '#' => flags |= F_ALT,
                '0' => flags |= F_ZERO,
                _ => break,
            }
            pos += 1;
        }
        let mut width: i64 = -1;
        let mut prec: i64 = -1;
        if pos < n && chars[pos] == '*' {
            pos += 1;
            let v = ctx.next_arg()?;
            let w = v
                .as_int()
                .ok_or_else(|| TextError::type_error("* wants int"))?;
            let w = w.to_i64().ok_or_else(|| {
                TextError::overflow("Python int too large to convert to C ssize_t")
            })?;
            if w < 0 {
                flags |= F_LJUST;
            }
            width = w.saturating_abs();
        } else {
            while pos < n && chars[pos].is_ascii_digit() {
                let d = chars[pos] as i64 - '0' as i64;
                width = width.max(0).saturating_mul(10).saturating_add(d);
                pos += 1;
            }
        }
        if width > MAX_WIDTH as i64 {
            return Err(TextError::value("width too big"));
        }
        if pos < n && chars[pos] == '.' {
            pos += 1;
            prec = 0;
            if pos < n && chars[pos] == '*' {
                pos += 1;
                let v = ctx.next_arg()?;
                let p = v
                    .as_int()
                    .ok_or_else(|| TextError::type_error("* wants int"))?;
                let p = p.to_i32().ok_or_else(|| {
                    TextError::overflow("Python int too large to convert to C int")
                })?;
                prec = i64::from(p.max(0));
            } else {
                while pos < n && chars[pos].is_ascii_digit() {
                    prec = prec * 10 + (chars[pos] as i64 - '0' as i64);
                    if prec > i64::from(i32::MAX) {
                        return Err(TextError::value("precision too big"));
                    }
                    pos += 1;
                }
            }
        }
        if pos < n && matches!(chars[pos], 'h' | 'l' | 'L') {
            pos += 1;
        }
        if pos >= n {
            return Err(incomplete());
        }
        let ch = chars[pos];
        pos += 1;
        let v = ctx.next_arg()?;
        let (text, numeric) = convert(&v, ch, flags, prec, pos - 1)?;
        output(&mut out, &text, ch, flags, width, prec, numeric);
        if has_dict && ctx.argidx < ctx.arglen {
            return Err(TextError::type_error(
                "not all arguments converted during string formatting",
            ));
        }
    }
    if ctx.argidx < ctx.arglen && !has_dict {
        return Err(TextError::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// `unicode_format_arg_format`: the converted text and whether it is a
/// number (sign/zero-padding rules apply).
fn convert(v: &FmtArg, ch: char, flags: u8, prec: i64, index: usize) -> TextResult<(String, bool)> {
    match ch {
        's' => Ok((v.to_str()?, false)),
        'r' => Ok((v.to_repr()?, false)),
        'a' => Ok((ascii_escape(&v.to_repr()?), false)),
        _ if matches!(v, FmtArg::Sub { .. }) => convert(v.base(), ch, flags, prec, index),
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            let int = match v {
                FmtArg::Float(x) if !matches!(ch, 'o' | 'x' | 'X') => float_to_int(*x)?,
                other => other.as_int().ok_or_else(|| {
                    let what = if matches!(ch, 'o' | 'x' | 'X') {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    TextError::type_error(format!(
                        "%{ch} format: {what} is required, not {}",
                        other.type_name()
                    ))
                })?,
            };
            Ok((format_long(&int, flags & F_ALT != 0, prec, ch)?, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match v {
                FmtArg::Float(x) => *x,
                FmtArg::Int(i) => int_to_float(i)?,
                FmtArg::Bool(b) => f64::from(u8::from(*b)),
                other => {
                    return Err(TextError::type_error(format!(
                        "must be real number, not {}",
                        other.type_name()
                    )))
                }
            };
            let prec = if prec < 0 { 6 } else { prec };
            if prec > MAX_WIDTH as i64 {
                return Err(TextError::value("precision too big"));
            }
            let flags = FloatFmt {
                alt: flags & F_ALT != 0,
                ..FloatFmt::default()
            };
            Ok((format_float_raw(x, ch, prec as usize, flags), true))
        }
        'c' => {
            let c = match v {
                FmtArg::Str(s) if s.chars().count() == 1 => s.chars().next(),
                FmtArg::Int(_) | FmtArg::Bool(_) => {
                    let i = v.as_int().unwrap_or_default();
                    match i.to_u32().filter(|&u| u <= 0x10ffff) {
                        // Surrogates cannot live in a Rust string.
                        Some(u) => Some(char::from_u32(u).unwrap_or('\u{fffd}')),
                        None => return Err(TextError::overflow("%c arg not in range(0x110000)")),
                    }
                }
                _ => None,
            };
            let c = c.ok_or_else(|| TextError::type_error("%c requires int or char"))?;
            Ok((c.to_string(), false))
        }
        other => {
            let shown = if (31..=126).contains(&(other as u32)) {
                other
            } else {
                '?'
            };
            Err(TextError::value(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {index}",
                other as u32
            )))
        }
    }
}

/// `_PyUnicode_FormatLong`: sign, optional `0x`/`0o` prefix, digits
/// zero-extended to `prec`.
fn format_long(v: &BigInt, alt: bool, prec: i64, ch: char) -> TextResult<String> {
    if prec > MAX_WIDTH as i64 {
        return Err(TextError::value("precision too big"));
    }
    let digits = match ch {
        'o' => v.magnitude().to_str_radix(8),
        'x' | 'X' => v.magnitude().to_str_radix(16),
        _ => int_to_str(&v.abs())?,
    };
    let mut out = String::new();
    if v.is_negative() {
        out.push('-');
    }
    if alt {
        match ch {
            'o' => out.push_str("0o"),
            'x' | 'X' => out.push_str("0x"),
            _ => {}
        }
    }
    let nd = digits.len() as i64;
    if prec > nd {
        push_repeat(&mut out, '0', (prec - nd) as usize);
    }
    out.push_str(&digits);
    if ch == 'X' {
        out = out.to_ascii_uppercase();
    }
    Ok(out)
}

/// `unicode_format_arg_output`: sign, prefix, padding.
fn output(out: &mut String, text: &str, ch: char, flags: u8, width: i64, prec: i64, numeric: bool) {
    let mut chars: &str = text;
    if matches!(ch, 's' | 'r' | 'a') && prec >= 0 {
        if let Some((i, _)) = text.char_indices().nth(prec as usize) {
            chars = &text[..i];
        }
    }
    let mut len = chars.chars().count() as i64;
    let mut width = width;
    if (width == -1 || width <= len) && (flags & (F_SIGN | F_BLANK) == 0 || !numeric) {
        out.push_str(chars);
        return;
    }
    let fill = if numeric && flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let mut sign: Option<char> = None;
    let mut body = chars;
    if numeric {
        if let Some(c @ ('-' | '+')) = body.chars().next() {
            sign = Some(c);
            body = &body[1..];
            len -= 1;
        } else if flags & F_SIGN != 0 {
            sign = Some('+');
        } else if flags & F_BLANK != 0 {
            sign = Some(' ');
        }
    }
    if width < len {
        width = len;
    }
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags & F_ALT != 0 && matches!(ch, 'x' | 'X' | 'o');
    let mut prefix = "";
    if alt_prefix {
        prefix = &body[..2];
        body = &body[2..];
        if fill != ' ' {
            out.push_str(prefix);
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    let push_n = |out: &mut String, c: char, n: i64| {
        for _ in 0..n.max(0) {
            out.push(c);
        }
    };
    if width > len && flags & F_LJUST == 0 {
        push_n(out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if alt_prefix {
            out.push_str(prefix);
        }
    }
    out.push_str(body);
    if width > len {
        push_n(out, ' ', width - len);
    }
}
