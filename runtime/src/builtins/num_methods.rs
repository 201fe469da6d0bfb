//! Methods of `int` (and `bool`) and `float`: `bit_length`, `bit_count`,
//! `to_bytes`, `as_integer_ratio`, `conjugate`, `is_integer`, `hex`, and
//! the class-level `int.from_bytes` / `float.fromhex`, with CPython 3.11's
//! signatures (`to_bytes(length=1, byteorder='big', *, signed=False)`) and
//! messages.

use crate::classes::ClassId;
use crate::convert::bigint_value;
use crate::interp::{Interp, PyResult};
use crate::modules::math::int_arg;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, Zero};
use pycps_ir::{BinaryOp, CompareOp, UnaryOp};
use std::sync::atomic::{AtomicU64, Ordering};

/// The operator behind a numeric dunder method name.
enum Dunder {
    Binary(BinaryOp, bool),
    Compare(CompareOp),
    Unary(UnaryOp),
    /// A one-argument builtin applied to the receiver (`__abs__` → `abs`).
    Builtin(&'static str),
}

fn binary_op(name: &str) -> Option<BinaryOp> {
    Some(match name {
        "add" => BinaryOp::Add,
        "sub" => BinaryOp::Sub,
        "mul" => BinaryOp::Mul,
        "truediv" => BinaryOp::TrueDiv,
        "floordiv" => BinaryOp::FloorDiv,
        "mod" => BinaryOp::Mod,
        "pow" => BinaryOp::Pow,
        "lshift" => BinaryOp::LShift,
        "rshift" => BinaryOp::RShift,
        "and" => BinaryOp::BitAnd,
        "or" => BinaryOp::BitOr,
        "xor" => BinaryOp::BitXor,
        _ => return None,
    })
}

fn dunder(name: &str) -> Option<Dunder> {
    let inner = name.strip_prefix("__")?.strip_suffix("__")?;
    if let Some(op) = binary_op(inner) {
        return Some(Dunder::Binary(op, false));
    }
    if let Some(op) = inner.strip_prefix('r').and_then(binary_op) {
        return Some(Dunder::Binary(op, true));
    }
    Some(match inner {
        "eq" => Dunder::Compare(CompareOp::Eq),
        "ne" => Dunder::Compare(CompareOp::Ne),
        "lt" => Dunder::Compare(CompareOp::Lt),
        "le" => Dunder::Compare(CompareOp::Le),
        "gt" => Dunder::Compare(CompareOp::Gt),
        "ge" => Dunder::Compare(CompareOp::Ge),
        "neg" => Dunder::Unary(UnaryOp::Neg),
        "pos" => Dunder::Unary(UnaryOp::Pos),
        "invert" => Dunder::Unary(UnaryOp::Invert),
        "abs" => Dunder::Builtin("abs"),
        "int" => Dunder::Builtin("int"),
        "float" => Dunder::Builtin("float"),
        "bool" => Dunder::Builtin("bool"),
        _ => return None,
    })
}

impl Interp {
    /// Binds `(positional..., keyword...)` of a method with parameters
    /// `params`, of which the first `positional` may be given by position.
    fn bind_params(
        &mut self,
        fname: &str,
        params: &[&str],
        positional: usize,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Vec<Option<Value>>> {
        if args.len() > positional {
            return Err(self.type_error(format!(
                "{fname}() takes at most {positional} positional argument{} ({} given)",
                if positional == 1 { "" } else { "s" },
                args.len()
            )));
        }
        let mut out: Vec<Option<Value>> = params.iter().map(|_| None).collect();
        for (slot, &a) in out.iter_mut().zip(args) {
            *slot = Some(a);
        }
        for (k, v) in kwargs {
            let Some(i) = params.iter().position(|p| p == k) else {
                return Err(self.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            };
            if out[i].is_some() {
                return Err(self.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            out[i] = Some(*v);
        }
        Ok(out)
    }

    /// The `byteorder` argument: `true` for little-endian.
    fn byteorder_arg(&mut self, v: Option<Value>, fname: &str) -> PyResult<bool> {
        let Some(v) = v else {
            return Ok(false);
        };
        match self.heap.as_str(v) {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(self.value_error("byteorder must be either 'little' or 'big'")),
            None => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!(
                    "{fname}() argument 'byteorder' must be str, not {t}"
                )))
            }
        }
    }

    /// `int.<name>(...)` / `bool.<name>(...)` on an int receiver.
    pub(crate) fn int_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        if let Some(v) = self.num_dunder(recv, name, args, kwargs)? {
            return Ok(v);
        }
        if !matches!(
            name,
            "bit_length"
                | "bit_count"
                | "conjugate"
                | "__index__"
                | "__trunc__"
                | "__floor__"
                | "__ceil__"
                | "as_integer_ratio"
                | "to_bytes"
        ) {
            let t = self.heap.type_name(recv);
            return Err(self.err(
                ClassId::AttributeError,
                format!("'{t}' object has no attribute '{name}'"),
            ));
        }
        let n = int_arg(self, recv)?;
        if name != "to_bytes" {
            self.no_kwargs(name, kwargs)?;
            self.arity(name, args, 0, 0)?;
        }
        Ok(match name {
            "bit_length" => Value::Int(n.bits() as i64),
            "bit_count" => {
                let (_, digits) = n.to_u64_digits();
                Value::Int(digits.iter().map(|d| d.count_ones() as i64).sum())
            }
            "conjugate" | "__index__" | "__trunc__" | "__floor__" | "__ceil__" => {
                bigint_value(&mut self.heap, n)
            }
            "as_integer_ratio" => {
                let n = bigint_value(&mut self.heap, n);
                self.heap.tuple(vec![n, Value::Int(1)])
            }
            "to_bytes" => {
                let p = self.bind_params(
                    "to_bytes",
                    &["length", "byteorder", "signed"],
                    2,
                    args,
                    kwargs,
                )?;
                let length = match p[0] {
                    Some(l) => self.expect_int(l, "length")?,
                    None => 1,
                };
                let little = self.byteorder_arg(p[1], "to_bytes")?;
                let signed = match p[2] {
                    Some(s) => self.truthy(s)?,
                    None => false,
                };
                if length < 0 {
                    return Err(self.value_error("length argument must be non-negative"));
                }
                let bytes = self.int_to_bytes(&n, length as usize, little, signed)?;
                self.new_bytes(false, bytes)
            }
            _ => {
                let t = self.heap.type_name(recv);
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'{t}' object has no attribute '{name}'"),
                ));
            }
        })
    }

    fn int_to_bytes(
        &mut self,
        n: &BigInt,
        length: usize,
        little: bool,
        signed: bool,
    ) -> PyResult<Vec<u8>> {
        if !signed && n.is_negative() {
            return Err(self.err(
                ClassId::OverflowError,
                "can't convert negative int to unsigned",
            ));
        }
        let fits = if signed {
            // -2**(8L-1) <= n < 2**(8L-1)
            let bits = 8 * length as u64;
            if bits == 0 {
                n.is_zero()
            } else {
                let lim = BigInt::one() << (bits - 1);
                *n >= -lim.clone() && *n < lim
            }
        } else {
            n.bits() <= 8 * length as u64
        };
        if !fits {
            return Err(self.err(ClassId::OverflowError, "int too big to convert"));
        }
        self.reserve(length)?;
        let mut le = n.to_signed_bytes_le();
        let pad = if n.is_negative() { 0xff } else { 0 };
        le.resize(length.max(le.len()), pad);
        le.truncate(length);
        if !little {
            le.reverse();
        }
        Ok(le)
    }

    /// `float.<name>(...)` on a float receiver.
    pub(crate) fn float_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        if let Some(v) = self.num_dunder(recv, name, args, kwargs)? {
            return Ok(v);
        }
        if !matches!(
            name,
            "is_integer" | "conjugate" | "hex" | "as_integer_ratio"
        ) {
            return Err(self.err(
                ClassId::AttributeError,
                format!("'float' object has no attribute '{name}'"),
            ));
        }
        self.no_kwargs(name, kwargs)?;
        self.arity(name, args, 0, 0)?;
        let Value::Float(x) = recv else {
            return Err(self.type_error("descriptor requires a 'float' object"));
        };
        Ok(match name {
            "is_integer" => Value::Bool(x.is_finite() && x.fract() == 0.0),
            "conjugate" => recv,
            "hex" => self.heap.str(crate::text::float_hex(x)),
            "as_integer_ratio" => match crate::text::float_as_integer_ratio(x) {
                Ok((a, b)) => {
                    let a = bigint_value(&mut self.heap, a);
                    let b = bigint_value(&mut self.heap, b);
                    self.heap.tuple(vec![a, b])
                }
                Err(e) => {
                    let cls = if e.kind == crate::text::ErrorKind::OverflowError {
                        ClassId::OverflowError
                    } else {
                        ClassId::ValueError
                    };
                    return Err(self.err(cls, e.message));
                }
            },
            _ => {
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'float' object has no attribute '{name}'"),
                ))
            }
        })
    }

    /// `int.from_bytes(...)` and `float.fromhex(...)`.
    pub(crate) fn num_class_method(
        &mut self,
        cls: ClassId,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Option<Value>> {
        Ok(Some(match (cls, name) {
            (ClassId::Int | ClassId::Bool, "from_bytes") => {
                let p = self.bind_params(
                    "from_bytes",
                    &["bytes", "byteorder", "signed"],
                    2,
                    args,
                    kwargs,
                )?;
                let Some(src) = p[0] else {
                    return Err(
                        self.type_error("from_bytes() missing required argument 'bytes' (pos 1)")
                    );
                };
                let little = self.byteorder_arg(p[1], "from_bytes")?;
                let signed = match p[2] {
                    Some(s) => self.truthy(s)?,
                    None => false,
                };
                let mut b = match self.bytes_like(src) {
                    Some(b) => b,
                    None if self.heap.as_str(src).is_some()
                        || matches!(src, Value::Float(_) | Value::None)
                        || self.index_value(src).is_some() =>
                    {
                        let t = self.heap.type_name(src);
                        return Err(
                            self.type_error(format!("cannot convert '{t}' object to bytes"))
                        );
                    }
                    None => {
                        let items = self.iterate(src)?;
                        let mut out = Vec::with_capacity(items.len());
                        for i in items {
                            let n = self.expect_int(i, "byte")?;
                            match u8::try_from(n) {
                                Ok(x) => out.push(x),
                                Err(_) => {
                                    return Err(self.value_error("bytes must be in range(0, 256)"))
                                }
                            }
                        }
                        out
                    }
                };
                if !little {
                    b.reverse();
                }
                let n = if signed {
                    BigInt::from_signed_bytes_le(&b)
                } else {
                    BigInt::from_bytes_le(Sign::Plus, &b)
                };
                let v = bigint_value(&mut self.heap, n);
                if cls == ClassId::Bool {
                    Value::Bool(!matches!(v, Value::Int(0)))
                } else {
                    v
                }
            }
            (ClassId::Float, "fromhex") => {
                self.no_kwargs(name, kwargs)?;
                self.arity(name, args, 1, 1)?;
                let Some(s) = self.heap.as_str(args[0]) else {
                    let t = self.heap.type_name(args[0]);
                    return Err(self.type_error(format!("must be str, not {t}")));
                };
                match crate::text::float_fromhex(s) {
                    Ok(x) => Value::Float(x),
                    Err(e) => {
                        let cls = if e.kind == crate::text::ErrorKind::OverflowError {
                            ClassId::OverflowError
                        } else {
                            ClassId::ValueError
                        };
                        return Err(self.err(cls, e.message));
                    }
                }
            }
            _ => return Ok(None),
        }))
    }

    /// `x.__add__(y)`, `x.__radd__(y)`, `x.__lt__(y)`, `x.__neg__()`... on
    /// an int, bool or float: `NotImplemented` when `y` is not a number the
    /// type handles (an int method given a float, as CPython).
    fn num_dunder(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Option<Value>> {
        let Some(d) = dunder(name) else {
            return Ok(None);
        };
        let is_float = matches!(recv, Value::Float(_));
        let int_only = matches!(
            d,
            Dunder::Unary(UnaryOp::Invert)
                | Dunder::Binary(
                    BinaryOp::LShift
                        | BinaryOp::RShift
                        | BinaryOp::BitAnd
                        | BinaryOp::BitOr
                        | BinaryOp::BitXor,
                    _
                )
        );
        if is_float && int_only {
            return Ok(None);
        }
        self.no_kwargs(name, kwargs)?;
        let accepts = |it: &Self, v: Value| match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Float(_) => is_float,
            _ => it.heap.class_of(v) == ClassId::Int,
        };
        Ok(Some(match d {
            Dunder::Unary(op) => {
                self.arity(name, args, 0, 0)?;
                self.unary(op, recv)?
            }
            Dunder::Builtin(f) => {
                self.arity(name, args, 0, 0)?;
                let f = crate::builtins::lookup_builtin(self, f);
                self.call_sync(f, &[recv])?
            }
            Dunder::Binary(op, reflected) => {
                let max = if op == BinaryOp::Pow && !reflected {
                    2
                } else {
                    1
                };
                self.arity(name, args, 1, max)?;
                if !accepts(self, args[0]) {
                    return Ok(Some(self.not_implemented));
                }
                if let Some(&m) = args.get(1) {
                    if !matches!(m, Value::None) {
                        let f = crate::builtins::lookup_builtin(self, "pow");
                        return self.call_sync(f, &[recv, args[0], m]).map(Some);
                    }
                }
                let (a, b) = if reflected {
                    (args[0], recv)
                } else {
                    (recv, args[0])
                };
                self.binary(op, a, b, false)?
            }
            Dunder::Compare(op) => {
                self.arity(name, args, 1, 1)?;
                if !accepts(self, args[0]) {
                    return Ok(Some(self.not_implemented));
                }
                self.compare(op, recv, args[0])?
            }
        }))
    }

    /// `float(x)` built from a string: a NaN gets a payload of its own, so
    /// that (as CPython's distinct NaN objects) it is not identical to any
    /// other NaN (`float("nan") in [nan]` is `False`, `nan in [nan]` is
    /// `True`). Float identity is bit identity (see [`Value::is`]).
    pub(crate) fn fresh_float(&mut self, src: Value, v: Value) -> Value {
        match v {
            Value::Float(f) if f.is_nan() && self.heap.as_str(src).is_some() => {
                let serial = NAN_SERIAL.fetch_add(1, Ordering::Relaxed) & ((1 << 50) - 1);
                Value::Float(f64::from_bits(f.to_bits() | (serial + 1)))
            }
            v => v,
        }
    }
}

/// Payloads for [`Interp::fresh_float`] (any distinct values will do).
static NAN_SERIAL: AtomicU64 = AtomicU64::new(0);
