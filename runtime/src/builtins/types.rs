//! Calling built-in classes: `int()`, `float()`, `str()`, `list()`,
//! `dict()`, `range()`, `type()`, exception classes...

use crate::classes::ClassId;
use crate::convert::bigint_value;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::{Object, RangeObj};
use crate::value::Value;
use num_traits::ToPrimitive;
use pycps_ir::Module;

impl Interp {
    /// `cls(*args, **kwargs)` for a built-in class.
    pub fn construct(
        &mut self,
        _module: &Module,
        cls: ClassId,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let name = cls.name();
        if let Some(out) = self.asyncio_class_call(cls, args, kwargs)? {
            return Ok(out);
        }
        if cls.is_exception() {
            return self
                .construct_exception(cls, args, kwargs)
                .map(CallOut::Value);
        }
        if matches!(
            cls,
            ClassId::List | ClassId::Tuple | ClassId::Set | ClassId::FrozenSet | ClassId::Dict
        ) {
            let f = Value::Obj(cls.obj());
            if let Some(out) =
                self.drain_generator_args(super::DrainTarget::Callable(f), args, kwargs, in_async)
            {
                return out;
            }
        }
        let v = match cls {
            ClassId::Int => {
                self.only_kwargs(name, kwargs, &["base"])?;
                self.arity("int", args, 0, 2)?;
                let base = args.get(1).copied().or(Self::kwarg(kwargs, "base"));
                match (args.first().copied(), base) {
                    (None, None) => Value::Int(0),
                    (None, Some(_)) => return Err(self.type_error("int() missing string argument")),
                    (Some(x), base) => self.to_int(x, base)?,
                }
            }
            ClassId::Float => {
                self.no_kwargs(name, kwargs)?;
                self.arity("float", args, 0, 1)?;
                match args.first().copied() {
                    None => Value::Float(0.0),
                    Some(x) => {
                        let v = self.to_float(x)?;
                        self.fresh_float(x, v)
                    }
                }
            }
            ClassId::Str => {
                self.only_kwargs(name, kwargs, &["encoding", "errors"])?;
                self.arity("str", args, 0, 3)?;
                match args.first().copied() {
                    None => self.heap.str(""),
                    Some(x) => {
                        if args.len() > 1 || !kwargs.is_empty() {
                            let s = self.str_from_bytes(x, &args[1..], kwargs)?;
                            return Ok(CallOut::Value(s));
                        }
                        if matches!(self.heap.obj(x), Some(Object::Str(_)))
                            && self.heap.header_of(x).is_none()
                        {
                            x
                        } else {
                            let s = self.to_str(x)?;
                            self.heap.str(s)
                        }
                    }
                }
            }
            ClassId::Bool => {
                self.no_kwargs(name, kwargs)?;
                self.arity("bool", args, 0, 1)?;
                match args.first() {
                    None => Value::Bool(false),
                    Some(&x) => Value::Bool(self.truthy(x)?),
                }
            }
            ClassId::List | ClassId::Tuple => {
                self.no_kwargs(name, kwargs)?;
                self.arity(name, args, 0, 1)?;
                let items = match args.first() {
                    None => Vec::new(),
                    Some(&x) => self.iterate(x)?,
                };
                if cls == ClassId::List {
                    self.heap.list(items)
                } else {
                    self.heap.tuple(items)
                }
            }
            ClassId::Set | ClassId::FrozenSet => {
                self.no_kwargs(name, kwargs)?;
                self.arity(name, args, 0, 1)?;
                let frozen = cls == ClassId::FrozenSet;
                match args.first() {
                    Some(&x)
                        if frozen
                            && matches!(self.heap.obj(x), Some(Object::FrozenSet(_)))
                            && self.heap.header_of(x).is_none() =>
                    {
                        x
                    }
                    arg => Value::Obj(self.make_new_set(frozen, arg.copied())?),
                }
            }
            ClassId::Dict => {
                self.arity("dict", args, 0, 1)?;
                let d = self.new_dict();
                if let Some(&src) = args.first() {
                    self.dict_update_from(d, src)?;
                }
                for &(k, v) in kwargs {
                    let k = self.heap.str(k);
                    self.dict_set(d, k, v)?;
                }
                d
            }
            ClassId::Range => {
                self.no_kwargs(name, kwargs)?;
                if args.is_empty() {
                    return Err(self.type_error("range expected at least 1 argument, got 0"));
                }
                if args.len() > 3 {
                    return Err(self.type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        args.len()
                    )));
                }
                let mut ints = Vec::new();
                for &a in args {
                    if let Some(Object::BigInt(b)) = self.heap.obj(a) {
                        let b = b.clone();
                        return self.big_range(args, b);
                    }
                    match self.index_value(a) {
                        Some(i) => ints.push(i),
                        _ => {
                            let t = self.heap.type_name(a);
                            return Err(self.type_error(format!(
                                "'{t}' object cannot be interpreted as an integer"
                            )));
                        }
                    }
                }
                let (start, stop, step) = match ints.as_slice() {
                    [stop] => (0, *stop, 1),
                    [start, stop] => (*start, *stop, 1),
                    [start, stop, step] => (*start, *stop, *step),
                    _ => (0, 0, 1),
                };
                if step == 0 {
                    return Err(self.value_error("range() arg 3 must not be zero"));
                }
                Value::Obj(
                    self.heap
                        .alloc(Object::Range(RangeObj { start, stop, step })),
                )
            }
            ClassId::Type => {
                if args.len() == 1 && kwargs.is_empty() {
                    Value::Obj(self.heap.type_of(args[0]))
                } else if args.len() == 3 && kwargs.is_empty() {
                    return self.type_new(args).map(CallOut::Value);
                } else {
                    return Err(self.type_error("type() takes 1 or 3 arguments"));
                }
            }
            ClassId::Object => {
                if !args.is_empty() || !kwargs.is_empty() {
                    return Err(self.type_error("object() takes no arguments"));
                }
                self.new_instance(ClassId::Object.obj())?
            }
            ClassId::Property | ClassId::StaticMethod | ClassId::ClassMethod | ClassId::Super => {
                return self
                    .construct_descriptor(cls, args, kwargs)
                    .map(CallOut::Value)
            }
            ClassId::Bytes | ClassId::ByteArray => {
                self.construct_bytes(cls == ClassId::ByteArray, args, kwargs)?
            }
            ClassId::Slice => {
                self.arity("slice", args, 1, 3)?;
                let (a, b, c) = match args {
                    [b] => (Value::None, *b, Value::None),
                    [a, b] => (*a, *b, Value::None),
                    [a, b, c] => (*a, *b, *c),
                    _ => (Value::None, Value::None, Value::None),
                };
                Value::Obj(self.heap.alloc(Object::Slice(a, b, c)))
            }
            _ => return Err(self.type_error(format!("cannot create '{name}' instances"))),
        };
        Ok(CallOut::Value(v))
    }

    /// `int(x[, base])`.
    pub fn to_int(&mut self, x: Value, base: Option<Value>) -> PyResult<Value> {
        if let Some(b) = base {
            let b = self.expect_int(b, "base")?;
            let Some(s) = self.heap.as_str(x).map(str::to_string) else {
                return Err(self.type_error("int() can't convert non-string with explicit base"));
            };
            if b != 0 && !(2..=36).contains(&b) {
                return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            return match crate::text::parse_int(&s, b as u32) {
                Ok(n) => Ok(bigint_value(&mut self.heap, n)),
                Err(e) => Err(self.text_error(e)),
            };
        }
        match x {
            Value::Int(_) => Ok(x),
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            Value::Float(f) => match crate::text::float_to_int(f) {
                Ok(n) => Ok(bigint_value(&mut self.heap, n)),
                Err(e) => Err(self.text_error(e)),
            },
            _ => match self.heap.obj(x) {
                Some(Object::BigInt(_)) => Ok(self.plain_value(x)),
                Some(Object::Str(s)) => {
                    let s = s.clone();
                    match crate::text::parse_int(&s, 10) {
                        Ok(n) => Ok(bigint_value(&mut self.heap, n)),
                        Err(e) => Err(self.text_error(e)),
                    }
                }
                _ => {
                    for dunder in ["__int__", "__index__", "__trunc__"] {
                        if let Some(r) = self.call_special(x, dunder, &[])? {
                            let ok = matches!(r, Value::Int(_) | Value::Bool(_))
                                || matches!(self.heap.obj(r), Some(Object::BigInt(_)));
                            if !ok {
                                let t = self.heap.type_name(r);
                                return Err(self
                                    .type_error(format!("{dunder} returned non-int (type {t})")));
                            }
                            return self.to_int(r, None);
                        }
                    }
                    let t = self.heap.type_name(x);
                    Err(self.type_error(format!(
                        "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
                    )))
                }
            },
        }
    }

    /// `float(x)`.
    pub fn to_float(&mut self, x: Value) -> PyResult<Value> {
        match x {
            Value::Float(_) => Ok(x),
            Value::Int(i) => Ok(Value::Float(i as f64)),
            Value::Bool(b) => Ok(Value::Float(b as i64 as f64)),
            _ => match self.heap.obj(x) {
                Some(Object::BigInt(b)) => match b.to_f64() {
                    Some(f) if f.is_finite() => Ok(Value::Float(f)),
                    _ => Err(self.err(ClassId::OverflowError, "int too large to convert to float")),
                },
                Some(Object::Str(s)) => {
                    let s = s.clone();
                    match crate::text::parse_float(&s) {
                        Ok(f) => Ok(Value::Float(f)),
                        Err(e) => Err(self.text_error(e)),
                    }
                }
                _ => {
                    if let Some(r) = self.call_special(x, "__float__", &[])? {
                        if !matches!(r, Value::Float(_)) {
                            let t = self.heap.type_name(r);
                            return Err(self.type_error(format!(
                                "{}.__float__ returned non-float (type {t})",
                                self.heap.type_name(x)
                            )));
                        }
                        return Ok(r);
                    }
                    if let Some(r) = self.call_special(x, "__index__", &[])? {
                        return self.to_float(r);
                    }
                    let t = self.heap.type_name(x);
                    Err(self.type_error(format!(
                        "float() argument must be a string or a real number, not '{t}'"
                    )))
                }
            },
        }
    }
}

impl Interp {
    /// `range(...)` when some bound is an int beyond `i64`.
    fn big_range(&mut self, args: &[Value], _first_big: num_bigint::BigInt) -> PyResult<CallOut> {
        use num_traits::Zero;
        let mut ints = Vec::with_capacity(args.len());
        for &a in args {
            let b = match a {
                Value::Int(i) => num_bigint::BigInt::from(i),
                Value::Bool(b) => num_bigint::BigInt::from(b as i64),
                Value::Obj(r) => match self.heap.get(r) {
                    Object::BigInt(b) => b.clone(),
                    _ => {
                        let t = self.heap.type_name(a);
                        return Err(self.type_error(format!(
                            "'{t}' object cannot be interpreted as an integer"
                        )));
                    }
                },
                _ => {
                    let t = self.heap.type_name(a);
                    return Err(self
                        .type_error(format!("'{t}' object cannot be interpreted as an integer")));
                }
            };
            ints.push(b);
        }
        let one = num_bigint::BigInt::from(1);
        let (start, stop, step) = match ints.len() {
            1 => (num_bigint::BigInt::zero(), ints[0].clone(), one),
            2 => (ints[0].clone(), ints[1].clone(), one),
            _ => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
        };
        if step.is_zero() {
            return Err(self.value_error("range() arg 3 must not be zero"));
        }
        let obj = crate::object::BigRangeObj { start, stop, step };
        Ok(CallOut::Value(Value::Obj(
            self.heap.alloc(Object::BigRange(Box::new(obj))),
        )))
    }
}
