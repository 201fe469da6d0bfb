//! `float.hex()`, `float.fromhex()` and `float.as_integer_ratio()` with
//! CPython 3.11's formats, rounding (half to even) and messages.

use super::{TextError, TextResult};
use num_bigint::BigInt;
use num_traits::{One, ToPrimitive, Zero};

/// `x.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

fn invalid() -> TextError {
    TextError::value("invalid hexadecimal floating-point string")
}

fn too_large() -> TextError {
    TextError::overflow("hexadecimal value too large to represent as a float")
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> TextResult<f64> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let body = lower
        .strip_prefix("0x")
        .unwrap_or(lower.as_str())
        .to_string();
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body.as_str(), None),
    };
    let (int_part, frac_part) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    let hex_ok = |p: &str| p.bytes().all(|b| b.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !hex_ok(int_part) || !hex_ok(frac_part) {
        return Err(invalid());
    }
    let exp: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Huge exponents saturate (the value then over/underflows).
            e.parse::<i64>()
                .unwrap_or(if e.starts_with('-') {
                    -(1 << 40)
                } else {
                    1 << 40
                })
                .clamp(-(1 << 40), 1 << 40)
        }
    };
    let digits = format!("{int_part}{frac_part}");
    let digits = digits.trim_start_matches('0');
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 16).ok_or_else(invalid)?
    };
    let e = exp - 4 * frac_part.len() as i64;
    let v = scale_to_f64(&m, e)?;
    Ok(if neg { -v } else { v })
}

/// `m * 2**e` rounded half to even to the nearest double.
fn scale_to_f64(m: &BigInt, e: i64) -> TextResult<f64> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let top = m.bits() as i64 + e - 1; // exponent of the leading bit
    if top > 1024 {
        return Err(too_large());
    }
    if top < -1076 {
        // Below half the smallest subnormal: rounds to zero.
        return Ok(0.0);
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let mut q = if shift > 0 {
        let shift = shift as u64;
        let q: BigInt = m >> shift;
        let rem: BigInt = m - (&q << shift);
        let half = BigInt::one() << (shift - 1);
        if rem > half || (rem == half && (&q & BigInt::one()) == BigInt::one()) {
            q + 1
        } else {
            q
        }
    } else {
        m << ((-shift) as u64)
    }
    .to_u64()
    .unwrap_or(u64::MAX);
    let mut lsb = lsb;
    if q == 1 << 53 {
        q >>= 1;
        lsb += 1;
    }
    if q < 1 << 52 {
        // Subnormal (lsb is -1074) or zero after rounding.
        return Ok(f64::from_bits(q));
    }
    let biased = lsb + 1075;
    if biased >= 2047 {
        return Err(too_large());
    }
    Ok(f64::from_bits(((biased as u64) << 52) | (q - (1 << 52))))
}

/// `x.as_integer_ratio()`: the exact ratio in lowest terms.
pub fn float_as_integer_ratio(x: f64) -> TextResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(TextError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(TextError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let mut n = BigInt::from(mant);
    if x < 0.0 {
        n = -n;
    }
    Ok(if exp >= 0 {
        (n << exp as u64, BigInt::one())
    } else {
        (n, BigInt::one() << (-exp) as u64)
    })
}
