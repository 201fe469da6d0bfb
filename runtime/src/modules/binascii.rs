//! `binascii` (`hexlify`/`unhexlify`, `a2b_base64`/`b2a_base64`, `crc32`,
//! `Error`) and `base64` (`b64*`, `standard_`/`urlsafe_`, `b32*`,
//! `b32hex*`, `b16*`, `encodebytes`/`decodebytes`), following CPython's
//! `binascii.c` and `base64.py` step by step, error messages included.
//!
//! Invariant: decoding errors are `binascii.Error` (a `ValueError`
//! subclass), argument type errors are `TypeError`, as in CPython.

use crate::classes::ClassId;
use crate::interp::{Interp, PyResult, Raise};
use crate::object::Object;
use crate::value::Value;

use super::StdModule;

pub const FUNCTIONS: &[&str] = &[
    "hexlify",
    "b2a_hex",
    "unhexlify",
    "a2b_hex",
    "b2a_base64",
    "a2b_base64",
    "crc32",
];

pub const BASE64_FUNCTIONS: &[&str] = &[
    "b64encode",
    "b64decode",
    "standard_b64encode",
    "standard_b64decode",
    "urlsafe_b64encode",
    "urlsafe_b64decode",
    "b32encode",
    "b32decode",
    "b32hexencode",
    "b32hexdecode",
    "b16encode",
    "b16decode",
    "encodebytes",
    "decodebytes",
];

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX: &[u8; 32] = b"0123456789ABCDEFGHIJKLMNOPQRSTUV";

/// `binascii.Error` / `binascii.Incomplete`, also reachable as
/// `base64.binascii.Error`.
pub fn attr(it: &mut Interp, m: StdModule, name: &str) -> Option<Value> {
    match (m, name) {
        (StdModule::Binascii, "Error") => Some(Value::Obj(ClassId::BinasciiError.obj())),
        (StdModule::Binascii, "Incomplete") => Some(Value::Obj(ClassId::BinasciiIncomplete.obj())),
        (StdModule::Base64, "binascii") => Some(Value::Obj(it.heap.alloc(Object::Module(
            crate::object::ModuleKind::Std(StdModule::Binascii),
        )))),
        (StdModule::Base64, "MAXLINESIZE") => Some(Value::Int(76)),
        (StdModule::Base64, "MAXBINSIZE") => Some(Value::Int(57)),
        _ => None,
    }
}

fn error(it: &mut Interp, msg: impl Into<String>) -> Raise {
    it.err(ClassId::BinasciiError, msg)
}

fn bytes_val(it: &mut Interp, b: Vec<u8>) -> Value {
    Value::Obj(it.heap.alloc(Object::Bytes(b)))
}

/// A bytes-like argument (`binascii`'s `Py_buffer` converter).
fn buffer(it: &mut Interp, v: Value) -> PyResult<Vec<u8>> {
    match it.heap.obj(v) {
        Some(Object::Bytes(b) | Object::ByteArray(b)) => Ok(b.clone()),
        _ => {
            let t = it.heap.type_name(v);
            Err(it.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// `binascii`'s `ascii_buffer` converter: bytes-like or an ASCII str.
fn ascii_buffer(it: &mut Interp, v: Value) -> PyResult<Vec<u8>> {
    bytes_or_ascii(it, v, "bytes, buffer or ASCII string")
}

/// `base64._bytes_from_decode_data`.
fn decode_data(it: &mut Interp, v: Value) -> PyResult<Vec<u8>> {
    bytes_or_ascii(it, v, "a bytes-like object or ASCII string")
}

/// Bytes-like or an ASCII str (`what` names the accepted types in the
/// `TypeError`, as each CPython caller words it).
fn bytes_or_ascii(it: &mut Interp, v: Value, what: &str) -> PyResult<Vec<u8>> {
    match it.heap.obj(v) {
        Some(Object::Bytes(b) | Object::ByteArray(b)) => Ok(b.clone()),
        Some(Object::Str(s)) => {
            if s.is_ascii() {
                Ok(s.as_bytes().to_vec())
            } else {
                Err(it.value_error("string argument should contain only ASCII characters"))
            }
        }
        _ => {
            let t = it.heap.type_name(v);
            Err(it.type_error(format!("argument should be {what}, not '{t}'")))
        }
    }
}

/// Positional-or-keyword argument `i` named `name`.
fn arg(args: &[Value], kwargs: &[(&str, Value)], i: usize, name: &str) -> Option<Value> {
    args.get(i).copied().or(Interp::kwarg(kwargs, name))
}

fn check_args(
    it: &mut Interp,
    fname: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    names: &[&str],
    required: usize,
) -> PyResult<()> {
    if args.len() > names.len() {
        return Err(it.type_error(format!(
            "{fname}() takes {} positional argument{} but {} were given",
            if required == names.len() {
                format!("{}", names.len())
            } else {
                format!("from {required} to {}", names.len())
            },
            if names.len() == 1 { "" } else { "s" },
            args.len()
        )));
    }
    for (k, _) in kwargs {
        match names.iter().position(|n| n == k) {
            Some(i) if i < args.len() => {
                return Err(
                    it.type_error(format!("{fname}() got multiple values for argument '{k}'"))
                )
            }
            Some(_) => {}
            None => {
                return Err(it.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if arg(args, kwargs, i, n).is_none() {
            return Err(it.type_error(format!(
                "{fname}() missing 1 required positional argument: '{n}'"
            )));
        }
    }
    Ok(())
}

pub fn b64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    out
}

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// `binascii.a2b_base64(data, strict_mode=...)` (CPython 3.11's loop).
fn a2b_base64(it: &mut Interp, data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len().div_ceil(4) * 3);
    if strict && data.first() == Some(&b'=') {
        return Err(error(it, "Leading padding not allowed"));
    }
    let mut quad_pos = 0;
    let mut left: u8 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(it, "Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(it, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(it, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = v;
            }
            1 => {
                quad_pos = 2;
                out.push((left << 2) | (v >> 4));
                left = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((left << 4) | (v >> 2));
                left = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((left << 6) | v);
                left = 0;
            }
        }
    }
    if quad_pos == 1 {
        let n = out.len() / 3 * 4 + 1;
        return Err(error(
            it,
            format!(
                "Invalid base64-encoded string: number of data characters ({n}) cannot be 1 more than a multiple of 4"
            ),
        ));
    }
    if quad_pos != 0 {
        return Err(error(it, "Incorrect padding"));
    }
    Ok(out)
}

fn hexlify(data: &[u8], sep: Option<(u8, i64)>) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if let Some((s, per)) = sep {
            let per_abs = per.unsigned_abs() as usize;
            if i > 0 && per_abs > 0 {
                // Positive: groups counted from the right; negative: from the left.
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(per_abs)
                } else {
                    i % per_abs == 0
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn unhexlify(it: &mut Interp, data: &[u8]) -> PyResult<Vec<u8>> {
    if !data.len().is_multiple_of(2) {
        return Err(error(it, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(it, "Non-hexadecimal digit found")),
        }
    }
    Ok(out)
}

fn crc32(data: &[u8], start: u32) -> u32 {
    let mut crc = !start;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn b32_encode(alphabet: &[u8; 32], data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut buf = [0u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let mut acc: u64 = 0;
        for b in buf {
            acc = (acc << 8) | u64::from(b);
        }
        for i in 0..8 {
            out.push(alphabet[((acc >> (35 - 5 * i)) & 31) as usize]);
        }
        let pad = match chunk.len() {
            1 => 6,
            2 => 4,
            3 => 3,
            4 => 1,
            _ => 0,
        };
        let len = out.len();
        for c in &mut out[len - pad..] {
            *c = b'=';
        }
    }
    out
}

fn b32_decode(
    it: &mut Interp,
    alphabet: &[u8; 32],
    mut s: Vec<u8>,
    casefold: bool,
    map01: Option<u8>,
) -> PyResult<Vec<u8>> {
    if !s.len().is_multiple_of(8) {
        return Err(error(it, "Incorrect padding"));
    }
    if let Some(m) = map01 {
        for c in &mut s {
            if *c == b'0' {
                *c = b'O';
            } else if *c == b'1' {
                *c = m;
            }
        }
    }
    if casefold {
        s.make_ascii_uppercase();
    }
    let l = s.len();
    while s.last() == Some(&b'=') {
        s.pop();
    }
    let padchars = l - s.len();
    let mut decoded = Vec::new();
    let mut acc: u64 = 0;
    for quanta in s.chunks(8) {
        acc = 0;
        for &c in quanta {
            match alphabet.iter().position(|&a| a == c) {
                Some(v) => acc = (acc << 5) + v as u64,
                None => return Err(error(it, "Non-base32 digit found")),
            }
        }
        // Always five bytes per (possibly short) quantum, as CPython does.
        let bytes = acc.to_be_bytes();
        decoded.extend_from_slice(&bytes[3..8]);
    }
    if !matches!(padchars, 0 | 1 | 3 | 4 | 6) {
        return Err(error(it, "Incorrect padding"));
    }
    if padchars > 0 && !decoded.is_empty() {
        acc <<= 5 * padchars;
        let last = acc.to_be_bytes();
        let leftover = (43 - 5 * padchars) / 8;
        let n = decoded.len();
        decoded.truncate(n - 5);
        decoded.extend_from_slice(&last[3..3 + leftover]);
    }
    Ok(decoded)
}

fn truthy_kw(it: &mut Interp, v: Option<Value>) -> PyResult<bool> {
    match v {
        Some(v) => it.truthy(v),
        None => Ok(false),
    }
}

/// `altchars`: two bytes (CPython asserts the length).
fn altchars(it: &mut Interp, v: Value, decode: bool) -> PyResult<[u8; 2]> {
    let b = if decode {
        decode_data(it, v)?
    } else {
        buffer(it, v)?
    };
    match b.as_slice() {
        [a, c] => Ok([*a, *c]),
        _ => {
            let r = it.repr(v)?;
            Err(it.err(ClassId::AssertionError, r))
        }
    }
}

pub fn call(
    it: &mut Interp,
    module: StdModule,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    let first = |it: &mut Interp, pname: &str| -> PyResult<Value> {
        match arg(args, kwargs, 0, pname) {
            Some(v) => Ok(v),
            None => Err(it.type_error(format!(
                "{name}() missing required argument '{pname}' (pos 1)"
            ))),
        }
    };
    let out = match (module, name) {
        (StdModule::Binascii, "hexlify" | "b2a_hex") => {
            it.only_kwargs(name, kwargs, &["data", "sep", "bytes_per_sep"])?;
            let data = first(it, "data")?;
            let data = buffer(it, data)?;
            let sep = match arg(args, kwargs, 1, "sep") {
                None => None,
                Some(s) => {
                    let b = match it.heap.obj(s) {
                        Some(Object::Str(t)) => t.as_bytes().to_vec(),
                        _ => buffer(it, s)?,
                    };
                    if b.len() != 1 {
                        return Err(it.value_error("sep must be length 1."));
                    }
                    let per = match arg(args, kwargs, 2, "bytes_per_sep") {
                        Some(v) => it.expect_int(v, "bytes_per_sep")?,
                        None => 1,
                    };
                    Some((b[0], per))
                }
            };
            hexlify(&data, sep)
        }
        (StdModule::Binascii, "unhexlify" | "a2b_hex") => {
            it.only_kwargs(name, kwargs, &["hexstr"])?;
            let v = first(it, "hexstr")?;
            let data = ascii_buffer(it, v)?;
            unhexlify(it, &data)?
        }
        (StdModule::Binascii, "b2a_base64") => {
            it.only_kwargs(name, kwargs, &["data", "newline"])?;
            let v = first(it, "data")?;
            let data = buffer(it, v)?;
            let newline = match Interp::kwarg(kwargs, "newline") {
                Some(v) => it.truthy(v)?,
                None => true,
            };
            let mut out = b64_encode(&data);
            if newline {
                out.push(b'\n');
            }
            out
        }
        (StdModule::Binascii, "a2b_base64") => {
            it.only_kwargs(name, kwargs, &["data", "strict_mode"])?;
            let v = first(it, "data")?;
            let data = ascii_buffer(it, v)?;
            let strict = truthy_kw(it, Interp::kwarg(kwargs, "strict_mode"))?;
            a2b_base64(it, &data, strict)?
        }
        (StdModule::Binascii, "crc32") => {
            it.only_kwargs(name, kwargs, &[])?;
            it.arity("crc32", args, 1, 2)?;
            let data = buffer(it, args[0])?;
            let start = match args.get(1) {
                Some(&v) => match it.heap.obj(v) {
                    Some(Object::BigInt(b)) => {
                        let m = b & num_bigint::BigInt::from(0xFFFF_FFFFu32);
                        num_traits::ToPrimitive::to_u32(&m).unwrap_or(0)
                    }
                    _ => it.expect_int(v, "an integer")? as u32,
                },
                None => 0,
            };
            return Ok(Value::Int(i64::from(crc32(&data, start))));
        }
        (StdModule::Base64, "b64encode" | "standard_b64encode" | "urlsafe_b64encode") => {
            let names: &[&str] = if name == "b64encode" {
                &["s", "altchars"]
            } else {
                &["s"]
            };
            check_args(it, name, args, kwargs, names, 1)?;
            let v = first(it, "s")?;
            let data = buffer(it, v)?;
            let mut out = b64_encode(&data);
            let alt = match arg(args, kwargs, 1, "altchars") {
                Some(Value::None) | None if name == "urlsafe_b64encode" => Some(*b"-_"),
                Some(Value::None) | None => None,
                Some(a) => Some(altchars(it, a, false)?),
            };
            if let Some([p, s]) = alt {
                for c in &mut out {
                    if *c == b'+' {
                        *c = p;
                    } else if *c == b'/' {
                        *c = s;
                    }
                }
            }
            out
        }
        (StdModule::Base64, "b64decode" | "standard_b64decode" | "urlsafe_b64decode") => {
            let names: &[&str] = if name == "b64decode" {
                &["s", "altchars", "validate"]
            } else {
                &["s"]
            };
            check_args(it, name, args, kwargs, names, 1)?;
            let v = first(it, "s")?;
            let mut s = decode_data(it, v)?;
            let alt = match arg(args, kwargs, 1, "altchars") {
                Some(Value::None) | None if name == "urlsafe_b64decode" => Some(*b"-_"),
                Some(Value::None) | None => None,
                Some(a) => Some(altchars(it, a, true)?),
            };
            if let Some([p, q]) = alt {
                for c in &mut s {
                    if *c == p {
                        *c = b'+';
                    } else if *c == q {
                        *c = b'/';
                    }
                }
            }
            let validate = truthy_kw(it, arg(args, kwargs, 2, "validate"))?;
            a2b_base64(it, &s, validate)?
        }
        (StdModule::Base64, "b32encode" | "b32hexencode") => {
            check_args(it, name, args, kwargs, &["s"], 1)?;
            let v = first(it, "s")?;
            let data = buffer(it, v)?;
            let alphabet = if name == "b32encode" { B32 } else { B32HEX };
            b32_encode(alphabet, &data)
        }
        (StdModule::Base64, "b32decode" | "b32hexdecode") => {
            let names: &[&str] = if name == "b32decode" {
                &["s", "casefold", "map01"]
            } else {
                &["s", "casefold"]
            };
            check_args(it, name, args, kwargs, names, 1)?;
            let v = first(it, "s")?;
            let s = decode_data(it, v)?;
            let casefold = truthy_kw(it, arg(args, kwargs, 1, "casefold"))?;
            let map01 = match arg(args, kwargs, 2, "map01") {
                None | Some(Value::None) => None,
                Some(m) => {
                    let b = decode_data(it, m)?;
                    match b.as_slice() {
                        [c] => Some(*c),
                        _ => {
                            let r = it.repr(m)?;
                            return Err(it.err(ClassId::AssertionError, r));
                        }
                    }
                }
            };
            let alphabet = if name == "b32decode" { B32 } else { B32HEX };
            b32_decode(it, alphabet, s, casefold, map01)?
        }
        (StdModule::Base64, "b16encode") => {
            check_args(it, name, args, kwargs, &["s"], 1)?;
            let v = first(it, "s")?;
            let data = buffer(it, v)?;
            let mut out = hexlify(&data, None);
            out.make_ascii_uppercase();
            out
        }
        (StdModule::Base64, "b16decode") => {
            check_args(it, name, args, kwargs, &["s", "casefold"], 1)?;
            let v = first(it, "s")?;
            let mut s = decode_data(it, v)?;
            if truthy_kw(it, arg(args, kwargs, 1, "casefold"))? {
                s.make_ascii_uppercase();
            }
            if s.iter().any(|c| !matches!(c, b'0'..=b'9' | b'A'..=b'F')) {
                return Err(error(it, "Non-base16 digit found"));
            }
            unhexlify(it, &s)?
        }
        (StdModule::Base64, "encodebytes" | "decodebytes") => {
            check_args(it, name, args, kwargs, &["s"], 1)?;
            let v = first(it, "s")?;
            let data = match it.heap.obj(v) {
                Some(Object::Bytes(b) | Object::ByteArray(b)) => b.clone(),
                _ => {
                    let t = it.heap.type_name(v);
                    return Err(it.type_error(format!("expected bytes-like object, not {t}")));
                }
            };
            if name == "decodebytes" {
                a2b_base64(it, &data, false)?
            } else {
                let mut out = Vec::new();
                for chunk in data.chunks(57) {
                    out.extend(b64_encode(chunk));
                    out.push(b'\n');
                }
                out
            }
        }
        _ => return Ok(Value::None),
    };
    Ok(bytes_val(it, out))
}
