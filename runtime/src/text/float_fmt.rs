//! Float → text: `repr(float)`, and a port of CPython's
//! `PyOS_double_to_string` / `format_float_short` (Python/pystrtod.c) that
//! every float formatting path (`format()`, f-strings, `%`, `round`) uses.
//!
//! Digit generation is delegated to Rust's float formatting, which is exact:
//! `{:e}` yields the shortest round-trip digits (like dtoa mode 0),
//! `{:.Ne}` the correctly rounded N+1 significant digits (mode 2) and `{:.N}`
//! the correctly rounded N fractional digits (mode 3), all rounding
//! half-to-even on the exact binary value, as David Gay's dtoa does.

use super::{TextError, TextResult};
use num_bigint::BigInt;

/// Digit-generation mode, mirroring dtoa's modes 0, 2 and 3.
#[derive(Clone, Copy)]
enum Mode {
    Shortest,
    Significant(usize),
    Fixed(usize),
}

/// Digits of a finite, non-negative `x` as (`digits`, `decpt`): the value is
/// `0.DIGITS × 10^decpt`. Trailing zeros are stripped; zero is `("0", 1)`.
fn digits_of(x: f64, mode: Mode) -> (Vec<u8>, i64) {
    let x = x.abs();
    let (mut digits, decpt): (Vec<u8>, i64) = match mode {
        Mode::Shortest | Mode::Significant(_) => {
            let s = match mode {
                Mode::Significant(n) => format!("{:.*e}", n.saturating_sub(1), x),
                _ => shortest(x),
            };
            let (mant, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
            let exp: i64 = exp.parse().unwrap_or(0);
            let d: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
            (d, exp + 1)
        }
        Mode::Fixed(n) => {
            let s = format!("{:.*}", n, x);
            let (ip, fp) = s.split_once('.').unwrap_or((s.as_str(), ""));
            let mut d: Vec<u8> = ip.bytes().collect();
            d.extend(fp.bytes());
            let mut decpt = ip.len() as i64;
            let lead = d.iter().take_while(|&&b| b == b'0').count();
            d.drain(..lead);
            decpt -= lead as i64;
            (d, decpt)
        }
    };
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (vec![b'0'], 1);
    }
    (digits, decpt)
}

/// Shortest round-trip digits in `{:e}` form, choosing, among the shortest
/// candidates, the one closest to `x` (ties: even digit), as dtoa mode 0
/// does. Rust's `{:e}` is shortest but may pick the other candidate of an
/// exact tie (`900719925474099.25` → `…099.3` where CPython prints `…099.2`),
/// so re-round to the same number of digits exactly and keep that if it
/// still round-trips.
fn shortest(x: f64) -> String {
    let s = format!("{:e}", x);
    let mant = s.split('e').next().unwrap_or("");
    let n = mant.bytes().filter(u8::is_ascii_digit).count();
    if n <= 1 {
        return s;
    }
    let exact = format!("{:.*e}", n - 1, x);
    if exact != s && exact.parse::<f64>().ok() == Some(x) {
        exact
    } else {
        s
    }
}

/// Flags of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFmt {
    /// `Py_DTSF_SIGN`: always emit a sign (`+` for non-negative values).
    pub always_sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: add `.0` to integral values without exponent.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`): keep trailing zeros/point.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: `z` flag, turn `-0` results into `0`.
    pub no_neg_0: bool,
}

/// Port of `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` = repr, precision ignored; CPython
/// requires it to be 0). Any other code is treated as `r`. Precision is
/// capped at [`super::MAX_WIDTH`] by callers.
pub fn format_float_raw(x: f64, code: char, precision: usize, flags: FloatFmt) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let (code, mode, precision) = match code {
        'e' => ('e', Mode::Significant(precision + 1), precision + 1),
        'f' => ('f', Mode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            ('g', Mode::Significant(p), p)
        }
        _ => ('r', Mode::Shortest, 0),
    };
    let mut out = String::new();
    let negative = x.is_sign_negative() && !x.is_nan();
    if !x.is_finite() {
        if negative {
            out.push('-');
        } else if flags.always_sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let (digits, mut decpt) = digits_of(x, mode);
    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut negative = negative;
    if flags.no_neg_0 && negative && digits == b"0" {
        negative = false;
    }

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    if negative {
        out.push('-');
    } else if flags.always_sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| {
        out.extend(d.iter().map(|&b| b as char));
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let k = decpt as usize;
        push_digits(&mut out, &digits[..k]);
        out.push('.');
        push_digits(&mut out, &digits[k..]);
    } else {
        push_digits(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

/// CPython `repr(float)`: shortest round-trip digits, exponent form when
/// the decimal exponent is < -4 or >= 16, `.0` for integral values.
pub fn float_repr(x: f64) -> String {
    format_float_raw(
        x,
        'r',
        0,
        FloatFmt {
            add_dot_0: true,
            ..FloatFmt::default()
        },
    )
}

/// CPython `str(float)`; identical to [`float_repr`] in Python 3.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// `(DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103` truncated.
const NDIGITS_MAX: i64 = 323;
/// `-(DBL_MAX_EXP + 1) * 0.30103` truncated.
const NDIGITS_MIN: i64 = -308;

/// Python's `round(x, ndigits)` for floats: correctly rounded (half to even
/// on the exact binary value) via decimal conversion, as CPython's
/// `double_round`. Errors with `OverflowError: rounded value too large to
/// represent` when the rounded value overflows.
pub fn float_round(x: f64, ndigits: i64) -> TextResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
    } else {
        // Round the integer part at 10^k, half-even, using the exact
        // integer digits and whether a fraction remains.
        let k = ndigits.unsigned_abs() as usize;
        let ip = format!("{:.0}", x.abs().trunc());
        let has_frac = x.fract() != 0.0;
        if ip.len() < k {
            // |x| < 10^(k-1): always rounds to 0 (|x| < 0.5 * 10^k).
            "0".to_string()
        } else {
            let (keep, drop) = ip.split_at(ip.len() - k);
            let first = drop.as_bytes()[0];
            let rest_nonzero = has_frac || drop.bytes().skip(1).any(|b| b != b'0');
            let last_odd = keep
                .as_bytes()
                .last()
                .map(|b| (b - b'0') % 2 == 1)
                .unwrap_or(false);
            let up = first > b'5' || (first == b'5' && (rest_nonzero || last_odd));
            let mut kept: BigInt = keep.parse().unwrap_or_default();
            if up {
                kept += 1;
            }
            let sign = if x < 0.0 { "-" } else { "" };
            format!("{sign}{kept}e{k}")
        }
    };
    let r: f64 = text.parse().unwrap_or(f64::NAN);
    if r.is_infinite() {
        return Err(TextError::overflow("rounded value too large to represent"));
    }
    if r == 0.0 {
        // Preserve the sign of x, as CPython's strtod of "-0e..." does.
        return Ok(0.0f64.copysign(x));
    }
    Ok(r)
}

/// Python's one-argument `round(x)` for floats: banker's rounding to an
/// int. Errors as `int(x)` does for infinities and NaN.
pub fn float_round_to_int(x: f64) -> TextResult<BigInt> {
    super::int_ops::float_to_int(x.round_ties_even())
}
