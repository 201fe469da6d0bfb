//! Python integer and float arithmetic edge cases: floor division and
//! modulo with Python's sign rules, `**` (with the negative-exponent → float
//! rule and 3-argument modular pow), correctly rounded int → float and
//! int / int, float `//`, `%`, `divmod`, `**` (CPython's `float_pow`
//! special cases), float → int truncation, and `str(int)` with CPython
//! 3.11's 4300-digit limit.
//!
//! `i64_*` functions are fast paths returning `Ok(None)` on overflow; the
//! caller then retries with the `BigInt` version. Bitwise operators need no
//! helper: num-bigint's `&`, `|`, `^`, `!` on `BigInt` already use Python's
//! infinite two's-complement semantics (`-6 & 3 == 2`, `!x == -x - 1`), and
//! `>>` on negative `BigInt`s rounds toward negative infinity like Python.

use super::{ErrorKind, TextError, TextResult};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Largest result (in bits) `int_pow` will build before giving up with
/// `MemoryError` instead of exhausting memory.
const MAX_POW_BITS: u64 = 1 << 31;

fn int_div_zero() -> TextError {
    TextError::zero_div("integer division or modulo by zero")
}
fn int_mod_zero() -> TextError {
    TextError::zero_div("integer modulo by zero")
}

/// `str(n)` / `repr(n)` for an int; errors like CPython 3.11 past 4300
/// decimal digits.
pub fn int_to_str(n: &BigInt) -> TextResult<String> {
    // 2^14300 > 10^4304: certainly too many digits; skip the conversion.
    if n.bits() > 14_300 {
        return Err(limit_error());
    }
    let s = n.to_string();
    let digits = s.len() - usize::from(n.is_negative());
    if digits > INT_MAX_STR_DIGITS {
        return Err(limit_error());
    }
    Ok(s)
}

/// CPython's error for an int with more than [`INT_MAX_STR_DIGITS`] digits.
pub fn limit_error() -> TextError {
    TextError::value(format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `a // b` for `i64`. `Ok(None)`: overflow (`i64::MIN // -1`).
pub fn i64_floordiv(a: i64, b: i64) -> TextResult<Option<i64>> {
    if b == 0 {
        return Err(int_div_zero());
    }
    Ok(a.checked_div(b).map(|q| {
        if (a % b != 0) && ((a < 0) != (b < 0)) {
            q - 1
        } else {
            q
        }
    }))
}

/// `a % b` for `i64` (result has the sign of `b`). Never overflows.
pub fn i64_mod(a: i64, b: i64) -> TextResult<i64> {
    if b == 0 {
        return Err(int_mod_zero());
    }
    if b == -1 {
        return Ok(0);
    }
    let r = a % b;
    Ok(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

/// `a // b` for ints.
pub fn int_floordiv(a: &BigInt, b: &BigInt) -> TextResult<BigInt> {
    if b.is_zero() {
        return Err(int_div_zero());
    }
    Ok(a.div_floor(b))
}

/// `a % b` for ints.
pub fn int_mod(a: &BigInt, b: &BigInt) -> TextResult<BigInt> {
    if b.is_zero() {
        return Err(int_mod_zero());
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` for ints.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> TextResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(int_div_zero());
    }
    Ok(a.div_mod_floor(b))
}

/// Result of `**`.
#[derive(Clone, Debug, PartialEq)]
pub enum PowResult {
    Int(BigInt),
    Float(f64),
    /// Negative float base with a non-integral exponent: Python returns a
    /// `complex`, which this module does not model.
    Complex,
}

/// `base ** exp` for `i64` with `exp >= 0`; `None` on overflow or negative
/// exponent (use [`int_pow`]).
pub fn i64_pow(base: i64, exp: i64) -> Option<i64> {
    if exp < 0 {
        return None;
    }
    match base {
        0 => Some(i64::from(exp == 0)),
        1 => Some(1),
        -1 => Some(if exp % 2 == 0 { 1 } else { -1 }),
        _ => base.checked_pow(u32::try_from(exp).ok()?),
    }
}

/// `base ** exp` for ints: an int for `exp >= 0`, else a float computed as
/// `float(base) ** float(exp)` (`ZeroDivisionError: 0.0 cannot be raised to
/// a negative power` for base 0).
pub fn int_pow(base: &BigInt, exp: &BigInt) -> TextResult<PowResult> {
    if exp.is_negative() {
        let b = int_to_float(base)?;
        let e = int_to_float(exp)?;
        return float_pow(b, e);
    }
    if base.is_zero() {
        return Ok(PowResult::Int(BigInt::from(u8::from(exp.is_zero()))));
    }
    if base.is_one() {
        return Ok(PowResult::Int(BigInt::one()));
    }
    if *base == BigInt::from(-1) {
        let odd = exp.is_odd();
        return Ok(PowResult::Int(BigInt::from(if odd { -1 } else { 1 })));
    }
    let e = exp.to_u64().unwrap_or(u64::MAX);
    if e.saturating_mul(base.bits().saturating_sub(1)) > MAX_POW_BITS {
        return Err(TextError::new(ErrorKind::MemoryError, ""));
    }
    Ok(PowResult::Int(num_traits::pow::Pow::pow(base, e)))
}

/// `pow(base, exp, m)` for ints, including negative exponents (modular
/// inverse, Python 3.8+). The result has the sign of `m`.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> TextResult<BigInt> {
    if m.is_zero() {
        return Err(TextError::value("pow() 3rd argument cannot be 0"));
    }
    let negative_output = m.is_negative();
    let c = m.abs();
    if c.is_one() {
        return Ok(BigInt::zero());
    }
    let mut a = base.mod_floor(&c);
    let mut e = exp.clone();
    if e.is_negative() {
        a = invmod(&a, &c)?;
        e = -e;
    }
    let z = a.modpow(&e, &c);
    Ok(if negative_output && !z.is_zero() {
        z - c
    } else {
        z
    })
}

fn invmod(a: &BigInt, n: &BigInt) -> TextResult<BigInt> {
    let g = a.extended_gcd(n);
    if !g.gcd.is_one() {
        return Err(TextError::value(
            "base is not invertible for the given modulus",
        ));
    }
    Ok(g.x.mod_floor(n))
}

/// Round `(q + sticky*ε) * 2^exp2` (q < 2^64) to the nearest f64, ties to
/// even. `None` if the result overflows.
fn round_to_f64(q: u64, sticky: bool, exp2: i64) -> Option<f64> {
    if q == 0 {
        return Some(0.0);
    }
    let n = 64 - i64::from(q.leading_zeros());
    let top = n - 1 + exp2;
    let lsb = (top - 52).max(-1074);
    let drop = lsb - exp2;
    let (mut m, mut lsb) = if drop <= 0 {
        (q << (-drop) as u32, lsb)
    } else if drop >= 64 {
        // Everything is below half an ulp... unless exactly representable
        // bits remain; q < 2^64 <= 2^(drop) so the value is < 1 ulp.
        let half_or_more = drop == 64 && q >> 63 == 1;
        let above_half = half_or_more && (q << 1 != 0 || sticky);
        (u64::from(above_half), lsb)
    } else {
        let m = q >> drop;
        let rem = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        let up = rem > half || (rem == half && (sticky || m & 1 == 1));
        (m + u64::from(up), lsb)
    };
    if m == 1 << 53 {
        m >>= 1;
        lsb += 1;
    }
    if m < (1 << 52) {
        return Some(f64::from_bits(m)); // subnormal (lsb == -1074)
    }
    let biased = lsb + 1075;
    if biased >= 2047 {
        return None;
    }
    Some(f64::from_bits(
        ((biased as u64) << 52) | (m & ((1 << 52) - 1)),
    ))
}

/// Top 64 bits of `|x|`, whether any lower bit is set, and the shift.
fn top_bits(x: &BigInt) -> (u64, bool, i64) {
    let mag = x.magnitude();
    let bits = mag.bits();
    if bits <= 64 {
        return (mag.to_u64().unwrap_or(0), false, 0);
    }
    let shift = bits - 64;
    let top = (mag >> shift).to_u64().unwrap_or(0);
    let sticky = mag.trailing_zeros().unwrap_or(0) < shift;
    (top, sticky, shift as i64)
}

/// `float(n)`: correctly rounded; `OverflowError: int too large to convert
/// to float`.
pub fn int_to_float(n: &BigInt) -> TextResult<f64> {
    let (q, sticky, exp2) = top_bits(n);
    let v = round_to_f64(q, sticky, exp2)
        .ok_or_else(|| TextError::overflow("int too large to convert to float"))?;
    Ok(if n.is_negative() { -v } else { v })
}

/// `a / b` for ints, correctly rounded like CPython's `long_true_divide`.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> TextResult<f64> {
    if b.is_zero() {
        return Err(TextError::zero_div("division by zero"));
    }
    let negative = a.is_negative() != b.is_negative();
    let (abits, bbits) = (a.bits(), b.bits());
    if abits <= 53 && bbits <= 53 {
        let x = a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0);
        return Ok(x);
    }
    let sign = |v: f64| if negative { -v } else { v };
    if a.is_zero() {
        return Ok(sign(0.0));
    }
    let diff = abits as i64 - bbits as i64;
    let overflow = || TextError::overflow("integer division result too large for a float");
    if diff > 1025 {
        return Err(overflow());
    }
    if diff < -1080 {
        return Ok(sign(0.0));
    }
    // q = floor(|a| * 2^s / |b|) has 55 or 56 bits.
    let s = 55 - diff;
    let (num, den) = if s >= 0 {
        (a.magnitude() << s as u64, b.magnitude().clone())
    } else {
        (a.magnitude().clone(), b.magnitude() << (-s) as u64)
    };
    let (q, r) = num.div_rem(&den);
    let q = q.to_u64().unwrap_or(u64::MAX);
    let v = round_to_f64(q, !r.is_zero(), -s).ok_or_else(overflow)?;
    Ok(sign(v))
}

/// `a / b` for `i64` operands (fast path of [`int_true_div`]).
pub fn i64_true_div(a: i64, b: i64) -> TextResult<f64> {
    const LIM: u64 = 1 << 53;
    if b != 0 && a.unsigned_abs() <= LIM && b.unsigned_abs() <= LIM {
        return Ok(a as f64 / b as f64);
    }
    int_true_div(&BigInt::from(a), &BigInt::from(b))
}

/// `int(x)` for a float: truncation toward zero.
pub fn float_to_int(x: f64) -> TextResult<BigInt> {
    if x.is_nan() {
        return Err(TextError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(TextError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mag = BigInt::from(mant) << exp.max(0) as u64;
    Ok(if t < 0.0 { -mag } else { mag })
}

/// CPython's `_float_div_mod`: (floor quotient, remainder with the sign of
/// `w`). `w` must be nonzero.
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> TextResult<f64> {
    if b == 0.0 {
        return Err(TextError::zero_div("float floor division by zero"));
    }
    Ok(float_div_mod(a, b).0)
}

/// `a % b` for floats (`-7.5 % 2 == 0.5`).
pub fn float_mod(a: f64, b: f64) -> TextResult<f64> {
    if b == 0.0 {
        return Err(TextError::zero_div("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> TextResult<(f64, f64)> {
    if b == 0.0 {
        return Err(TextError::zero_div("float divmod()"));
    }
    Ok(float_div_mod(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats, with CPython's special cases; `Complex` for a
/// negative base and non-integral exponent. Overflow: `OverflowError:
/// (34, 'Numerical result out of range')`.
pub fn float_pow(iv: f64, iw: f64) -> TextResult<PowResult> {
    let ok = |x: f64| Ok(PowResult::Float(x));
    if iw == 0.0 {
        return ok(1.0);
    }
    if iv.is_nan() {
        return ok(iv);
    }
    if iw.is_nan() {
        return ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(TextError::zero_div(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Ok(PowResult::Complex);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return ok(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return Err(TextError::overflow("(34, 'Numerical result out of range')"));
    }
    ok(if negate { -ix } else { ix })
}
