//! `math`: CPython's functions and constants with its exact error messages
//! (`math domain error`, `math range error`, `must be real number, not str`,
//! `'float' object cannot be interpreted as an integer`).
//!
//! Floats go through Rust's `f64` methods, which call the platform libm like
//! CPython does; integer functions (`factorial`, `gcd`, `comb`, `isqrt`...)
//! work on big ints. `fsum` is Shewchuk's exact summation (CPython's `msum`).

use crate::classes::ClassId;
use crate::convert::bigint_value;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pycps_ir::BinaryOp;

pub const FUNCTIONS: &[&str] = &[
    "sqrt",
    "floor",
    "ceil",
    "trunc",
    "fabs",
    "pow",
    "exp",
    "exp2",
    "expm1",
    "log",
    "log2",
    "log10",
    "log1p",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
    "degrees",
    "radians",
    "hypot",
    "dist",
    "factorial",
    "gcd",
    "lcm",
    "isqrt",
    "comb",
    "perm",
    "isclose",
    "isfinite",
    "isinf",
    "isnan",
    "copysign",
    "fmod",
    "modf",
    "frexp",
    "ldexp",
    "fsum",
    "prod",
    "remainder",
    "cbrt",
];

pub fn attr(it: &mut Interp, name: &str) -> Option<Value> {
    let _ = it;
    Some(Value::Float(match name {
        "pi" => std::f64::consts::PI,
        "e" => std::f64::consts::E,
        "tau" => std::f64::consts::TAU,
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    }))
}

/// A real-number argument (`TypeError: must be real number, not str`).
pub(crate) fn real(it: &mut Interp, v: Value) -> PyResult<f64> {
    match it.to_f64(v)? {
        Some(f) => Ok(f),
        None => {
            let t = it.heap.type_name(v);
            Err(it.type_error(format!("must be real number, not {t}")))
        }
    }
}

/// An integer argument as a big int (`TypeError` for floats and others).
pub(crate) fn int_arg(it: &mut Interp, v: Value) -> PyResult<BigInt> {
    match v {
        Value::Bool(b) => Ok(BigInt::from(b as i64)),
        Value::Int(i) => Ok(BigInt::from(i)),
        Value::Obj(r) => match it.heap.get(r) {
            Object::BigInt(b) => Ok(b.clone()),
            _ => {
                let t = it.heap.type_name(v);
                Err(it.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        },
        _ => {
            let t = it.heap.type_name(v);
            Err(it.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn domain(it: &mut Interp) -> crate::interp::Raise {
    it.value_error("math domain error")
}

fn range(it: &mut Interp) -> crate::interp::Raise {
    it.err(ClassId::OverflowError, "math range error")
}

/// Checks a libm-style result: NaN from non-NaN input is a domain error,
/// infinity from finite input a range error.
fn checked(it: &mut Interp, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(it));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(it) } else { domain(it) });
    }
    Ok(Value::Float(r))
}

fn float_to_int_value(it: &mut Interp, f: f64) -> PyResult<Value> {
    match crate::text::float_to_int(f) {
        Ok(b) => Ok(bigint_value(&mut it.heap, b)),
        Err(e) => Err(it.text_error(e)),
    }
}

/// Natural log of a positive int of any size.
fn big_log(it: &mut Interp, v: Value) -> PyResult<f64> {
    if let Value::Obj(r) = v {
        if let Object::BigInt(b) = it.heap.get(r) {
            if b.sign() != Sign::Plus {
                return Err(domain(it));
            }
            let bits = b.bits();
            if bits > 1000 {
                let shift = bits - 64;
                let top = (b >> shift).to_f64().unwrap_or(f64::INFINITY);
                return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
            }
        }
    }
    let x = real(it, v)?;
    if x <= 0.0 || x.is_nan() {
        if x.is_nan() {
            return Ok(x);
        }
        return Err(domain(it));
    }
    Ok(x.ln())
}

fn one_arg(it: &mut Interp, name: &str, args: &[Value]) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(it.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(args[0])
}

fn two_args(it: &mut Interp, name: &str, args: &[Value]) -> PyResult<(Value, Value)> {
    if args.len() != 2 {
        return Err(it.type_error(format!("{name} expected 2 arguments, got {}", args.len())));
    }
    Ok((args[0], args[1]))
}

pub fn call(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    if name != "isclose" && name != "prod" {
        it.no_kwargs(&format!("math.{name}"), kwargs)?;
    }
    let unary: Option<fn(f64) -> f64> = match name {
        "sin" => Some(f64::sin),
        "cos" => Some(f64::cos),
        "tan" => Some(f64::tan),
        "asin" => Some(f64::asin),
        "acos" => Some(f64::acos),
        "atan" => Some(f64::atan),
        "sinh" => Some(f64::sinh),
        "cosh" => Some(f64::cosh),
        "tanh" => Some(f64::tanh),
        "asinh" => Some(f64::asinh),
        "acosh" => Some(f64::acosh),
        "atanh" => Some(f64::atanh),
        "exp" => Some(f64::exp),
        "exp2" => Some(f64::exp2),
        "expm1" => Some(f64::exp_m1),
        "cbrt" => Some(f64::cbrt),
        "fabs" => Some(f64::abs),
        "degrees" => Some(|x: f64| x * (180.0 / std::f64::consts::PI)),
        "radians" => Some(|x: f64| x * (std::f64::consts::PI / 180.0)),
        _ => None,
    };
    if let Some(f) = unary {
        let v = one_arg(it, name, args)?;
        let x = real(it, v)?;
        if matches!(name, "sin" | "cos" | "tan") && x.is_infinite() {
            return Err(domain(it));
        }
        if name == "atanh" && (x == 1.0 || x == -1.0) {
            return Err(domain(it));
        }
        let overflow = matches!(
            name,
            "exp" | "exp2" | "expm1" | "sinh" | "cosh" | "degrees" | "radians"
        );
        return checked(it, x, f(x), overflow);
    }
    match name {
        "sqrt" => {
            let v = one_arg(it, name, args)?;
            let x = real(it, v)?;
            if x < 0.0 {
                return Err(domain(it));
            }
            Ok(Value::Float(x.sqrt()))
        }
        "floor" | "ceil" | "trunc" => {
            let v = one_arg(it, name, args)?;
            if matches!(v, Value::Int(_) | Value::Bool(_))
                || matches!(it.heap.obj(v), Some(Object::BigInt(_)))
            {
                return Ok(match v {
                    Value::Bool(b) => Value::Int(b as i64),
                    _ => v,
                });
            }
            let x = match v {
                Value::Float(f) => f,
                _ => {
                    // A user class's `__floor__`/`__ceil__`/`__trunc__`.
                    if let Some(r) = it.call_special(v, &format!("__{name}__"), &[])? {
                        return Ok(r);
                    }
                    if name == "trunc" {
                        let t = it.heap.type_name(v);
                        return Err(
                            it.type_error(format!("type {t} doesn't define __trunc__ method"))
                        );
                    }
                    real(it, v)?
                }
            };
            let r = match name {
                "floor" => x.floor(),
                "ceil" => x.ceil(),
                _ => x.trunc(),
            };
            float_to_int_value(it, r)
        }
        "pow" => {
            let (a, b) = two_args(it, "pow", args)?;
            let (x, y) = (real(it, a)?, real(it, b)?);
            if x == 0.0 && y < 0.0 && y.is_finite() {
                return Err(domain(it));
            }
            if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
                return Err(domain(it));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(range(it));
            }
            Ok(Value::Float(r))
        }
        "log" => {
            if args.is_empty() || args.len() > 2 {
                return Err(it.type_error(format!(
                    "log expected at least 1 argument, got {}",
                    args.len()
                )));
            }
            let num = big_log(it, args[0])?;
            if args.len() == 2 {
                let den = big_log(it, args[1])?;
                if den == 0.0 {
                    return Err(it.err(ClassId::ZeroDivisionError, "float division by zero"));
                }
                return Ok(Value::Float(num / den));
            }
            Ok(Value::Float(num))
        }
        "log2" | "log10" => {
            let v = one_arg(it, name, args)?;
            if let Some(Object::BigInt(_)) = it.heap.obj(v) {
                let l = big_log(it, v)?;
                let base = if name == "log2" {
                    std::f64::consts::LN_2
                } else {
                    std::f64::consts::LN_10
                };
                return Ok(Value::Float(l / base));
            }
            let x = real(it, v)?;
            if x <= 0.0 {
                return Err(domain(it));
            }
            Ok(Value::Float(if name == "log2" {
                x.log2()
            } else {
                x.log10()
            }))
        }
        "log1p" => {
            let v = one_arg(it, name, args)?;
            let x = real(it, v)?;
            if x <= -1.0 {
                return Err(domain(it));
            }
            Ok(Value::Float(x.ln_1p()))
        }
        "atan2" | "copysign" | "fmod" | "remainder" => {
            let (a, b) = two_args(it, name, args)?;
            let (x, y) = (real(it, a)?, real(it, b)?);
            let r = match name {
                "atan2" => x.atan2(y),
                "copysign" => x.copysign(y),
                "fmod" => {
                    if x.is_infinite() && !y.is_nan() || (y == 0.0 && !x.is_nan()) {
                        return Err(domain(it));
                    }
                    if y.is_infinite() && x.is_finite() {
                        x
                    } else {
                        x % y
                    }
                }
                _ => {
                    if x.is_infinite() && !y.is_nan() || (y == 0.0 && !x.is_nan()) {
                        return Err(domain(it));
                    }
                    ieee_remainder(x, y)
                }
            };
            Ok(Value::Float(r))
        }
        "hypot" => {
            let mut xs = Vec::with_capacity(args.len());
            for &a in args {
                xs.push(real(it, a)?);
            }
            Ok(Value::Float(hypot(&xs)))
        }
        "dist" => {
            let (p, q) = two_args(it, "dist", args)?;
            let p = it.iterate(p)?;
            let q = it.iterate(q)?;
            if p.len() != q.len() {
                return Err(it.value_error("both points must have the same number of dimensions"));
            }
            let mut d = Vec::with_capacity(p.len());
            for (a, b) in p.into_iter().zip(q) {
                d.push(real(it, a)? - real(it, b)?);
            }
            Ok(Value::Float(hypot(&d)))
        }
        "factorial" => {
            let v = one_arg(it, name, args)?;
            if let Value::Float(_) = v {
                return Err(it.type_error("'float' object cannot be interpreted as an integer"));
            }
            let n = int_arg(it, v)?;
            if n.is_negative() {
                return Err(it.value_error("factorial() not defined for negative values"));
            }
            let Some(n) = n.to_u64().filter(|&n| n <= 1_000_000) else {
                return Err(it.err(
                    ClassId::OverflowError,
                    "factorial() argument should not exceed 9223372036854775807",
                ));
            };
            let bits = (n as f64) * (n as f64 + 1.0).log2();
            it.reserve((bits / 8.0) as usize)?;
            let mut acc = BigInt::one();
            for i in 2..=n {
                acc *= i;
            }
            Ok(bigint_value(&mut it.heap, acc))
        }
        "gcd" | "lcm" => {
            let mut acc = if name == "gcd" {
                BigInt::zero()
            } else {
                BigInt::one()
            };
            for &a in args {
                let n = int_arg(it, a)?;
                acc = if name == "gcd" {
                    acc.gcd(&n)
                } else if acc.is_zero() || n.is_zero() {
                    BigInt::zero()
                } else {
                    acc.lcm(&n)
                };
            }
            Ok(bigint_value(&mut it.heap, acc.abs()))
        }
        "isqrt" => {
            let v = one_arg(it, name, args)?;
            let n = int_arg(it, v)?;
            if n.is_negative() {
                return Err(it.value_error("isqrt() argument must be nonnegative"));
            }
            Ok(bigint_value(&mut it.heap, n.sqrt()))
        }
        "comb" | "perm" => {
            if args.is_empty() || args.len() > 2 || (name == "comb" && args.len() != 2) {
                return Err(it.type_error(if name == "comb" {
                    format!("comb expected 2 arguments, got {}", args.len())
                } else {
                    format!("perm expected at most 2 arguments, got {}", args.len())
                }));
            }
            let n = int_arg(it, args[0])?;
            let k = match args.get(1) {
                Some(Value::None) | None => n.clone(),
                Some(&k) => int_arg(it, k)?,
            };
            if n.is_negative() {
                return Err(it.value_error("n must be a non-negative integer"));
            }
            if k.is_negative() {
                return Err(it.value_error("k must be a non-negative integer"));
            }
            if k > n {
                return Ok(Value::Int(0));
            }
            let mut k = k.to_u64().unwrap_or(u64::MAX);
            if name == "comb" {
                let nk = (&n - BigInt::from(k)).to_u64().unwrap_or(u64::MAX);
                k = k.min(nk);
            }
            if k > 1_000_000 {
                return Err(it.err(
                    ClassId::OverflowError,
                    "min(n - k, k) must not exceed 9223372036854775807",
                ));
            }
            let mut acc = BigInt::one();
            for i in 0..k {
                acc *= &n - BigInt::from(i);
                if name == "comb" {
                    acc /= BigInt::from(i + 1);
                }
            }
            Ok(bigint_value(&mut it.heap, acc))
        }
        "isclose" => {
            let (a, b) = two_args(it, "isclose", args)?;
            it.only_kwargs("isclose", kwargs, &["rel_tol", "abs_tol"])?;
            let (a, b) = (real(it, a)?, real(it, b)?);
            let rel = match Interp::kwarg(kwargs, "rel_tol") {
                Some(v) => real(it, v)?,
                None => 1e-9,
            };
            let abs = match Interp::kwarg(kwargs, "abs_tol") {
                Some(v) => real(it, v)?,
                None => 0.0,
            };
            if rel < 0.0 || abs < 0.0 {
                return Err(it.value_error("tolerances must be non-negative"));
            }
            if a == b {
                return Ok(Value::Bool(true));
            }
            if a.is_infinite() || b.is_infinite() {
                return Ok(Value::Bool(false));
            }
            let diff = (b - a).abs();
            Ok(Value::Bool(
                diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
            ))
        }
        "isfinite" | "isinf" | "isnan" => {
            let v = one_arg(it, name, args)?;
            let x = real(it, v)?;
            Ok(Value::Bool(match name {
                "isfinite" => x.is_finite(),
                "isinf" => x.is_infinite(),
                _ => x.is_nan(),
            }))
        }
        "modf" => {
            let v = one_arg(it, name, args)?;
            let x = real(it, v)?;
            let (f, i) = if x.is_infinite() {
                (0.0f64.copysign(x), x)
            } else {
                (x.fract(), x.trunc())
            };
            Ok(it.heap.tuple(vec![Value::Float(f), Value::Float(i)]))
        }
        "frexp" => {
            let v = one_arg(it, name, args)?;
            let x = real(it, v)?;
            let (m, e) = frexp(x);
            Ok(it.heap.tuple(vec![Value::Float(m), Value::Int(e as i64)]))
        }
        "ldexp" => {
            let (a, b) = two_args(it, "ldexp", args)?;
            let x = real(it, a)?;
            let e = int_arg(it, b)?;
            let e = e
                .to_i64()
                .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
            let e = e.clamp(-10_000, 10_000) as i32;
            let r = ldexp(x, e);
            if r.is_infinite() && x.is_finite() {
                return Err(range(it));
            }
            Ok(Value::Float(r))
        }
        "fsum" => {
            let v = one_arg(it, name, args)?;
            let items = it.iterate(v)?;
            let mut xs = Vec::with_capacity(items.len());
            for a in items {
                xs.push(real(it, a)?);
            }
            match fsum(&xs) {
                Ok(s) => Ok(Value::Float(s)),
                Err(msg) => Err(it.err(ClassId::OverflowError, msg)),
            }
        }
        "prod" => {
            if args.len() != 1 {
                return Err(it.type_error(format!(
                    "prod() takes exactly 1 positional argument ({} given)",
                    args.len()
                )));
            }
            it.only_kwargs("prod", kwargs, &["start"])?;
            let mut acc = Interp::kwarg(kwargs, "start").unwrap_or(Value::Int(1));
            for x in it.iterate(args[0])? {
                acc = it.binary(BinaryOp::Mul, acc, x, false)?;
            }
            Ok(acc)
        }
        _ => Err(it.err(
            ClassId::AttributeError,
            format!("module 'math' has no attribute '{name}'"),
        )),
    }
}

fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: the even multiple wins.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    1.0f64.copysign(x) * r
}

fn hypot(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    match xs.len() {
        0 => 0.0,
        1 => xs[0].abs(),
        2 => xs[0].hypot(xs[1]),
        _ => {
            let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
            if max == 0.0 {
                return 0.0;
            }
            let s: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
            max * s.sqrt()
        }
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn ldexp(x: f64, e: i32) -> f64 {
    let mut r = x;
    let mut e = e;
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    r * 2f64.powi(e)
}

/// CPython's `math.fsum` (Shewchuk / Neumaier partials, exact rounding).
pub(crate) fn fsum(xs: &[f64]) -> Result<f64, &'static str> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in xs {
        let mut x = x0;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err("intermediate overflow in fsum");
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err("-inf + inf in fsum");
        }
        return Ok(special);
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fsum_exact() {
        assert_eq!(fsum(&[0.1; 10]).unwrap(), 1.0);
        assert_eq!(
            fsum(&[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]).unwrap(),
            1e-100
        );
    }

    #[test]
    fn frexp_matches_c() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(0.0), (0.0, 0));
    }
}
