//! Built-in functions: `print`, `len`, `sum`, `min`/`max`, `sorted`,
//! `enumerate`, `zip`, `isinstance`, `round`... and the asyncio functions
//! (dispatched to `crate::asyncio`).

use super::{ApplyThen, BuiltinFn};
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult, Raise};
use crate::object::{IterObj, Object};
use crate::ops::compare::OrderErr;
use crate::value::{ObjRef, Value};
use pycps_ir::{BinaryOp, CompareOp, Module};
use std::cmp::Ordering;

impl Interp {
    pub(crate) fn builtin_function(
        &mut self,
        module: &Module,
        b: BuiltinFn,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let name = b.name();
        let v = match b {
            BuiltinFn::Print => {
                self.only_kwargs(name, kwargs, &["sep", "end", "file", "flush"])?;
                let sep = match Self::kwarg(kwargs, "sep") {
                    None | Some(Value::None) => " ".to_string(),
                    Some(v) => match self.heap.as_str(v) {
                        Some(s) => s.to_string(),
                        None => {
                            let t = self.heap.type_name(v);
                            return Err(
                                self.type_error(format!("sep must be None or a string, not {t}"))
                            );
                        }
                    },
                };
                let end = match Self::kwarg(kwargs, "end") {
                    None | Some(Value::None) => "\n".to_string(),
                    Some(v) => match self.heap.as_str(v) {
                        Some(s) => s.to_string(),
                        None => {
                            let t = self.heap.type_name(v);
                            return Err(
                                self.type_error(format!("end must be None or a string, not {t}"))
                            );
                        }
                    },
                };
                let file = match Self::kwarg(kwargs, "file") {
                    None | Some(Value::None) => self.current_stdout(),
                    Some(f) => match self.stream_of(f) {
                        Some(crate::error::OutStream::Stdout) => None,
                        _ => Some(f),
                    },
                };
                let flush = match Self::kwarg(kwargs, "flush") {
                    Some(v) => self.truthy(v)?,
                    None => false,
                };
                match file.map(|f| (f, self.stream_of(f))) {
                    // `sys.stdout = None`: print() writes nothing.
                    Some((Value::None, _)) => {}
                    None | Some((_, Some(_))) => {
                        let mut out = String::new();
                        for (i, &a) in args.iter().enumerate() {
                            if i > 0 {
                                out.push_str(&sep);
                            }
                            out.push_str(&self.to_str(a)?);
                        }
                        out.push_str(&end);
                        match file {
                            None => self.write_output(&out)?,
                            Some(_) => self.write_stderr(&out)?,
                        }
                    }
                    Some((f, None)) => self.print_to(f, args, &sep, &end, flush)?,
                }
                Value::None
            }
            BuiltinFn::Exit | BuiltinFn::Quit => {
                self.only_kwargs(name, kwargs, &["code"])?;
                if args.len() > 1 {
                    return Err(self.type_error(format!(
                        "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
                        args.len() + 1
                    )));
                }
                let code = args
                    .first()
                    .copied()
                    .or(Self::kwarg(kwargs, "code"))
                    .unwrap_or(Value::None);
                let e = self.new_exception(ClassId::SystemExit, vec![code]);
                return Err(Raise::Exc(e));
            }
            BuiltinFn::Len => {
                self.no_kwargs(name, kwargs)?;
                self.arity(name, args, 1, 1)?;
                Value::Int(self.len(args[0])? as i64)
            }
            BuiltinFn::Repr | BuiltinFn::Ascii => {
                self.arity(name, args, 1, 1)?;
                let r = self.repr(args[0])?;
                let r = if b == BuiltinFn::Ascii {
                    crate::text::ascii_escape(&r)
                } else {
                    r
                };
                self.heap.str(r)
            }
            BuiltinFn::Abs => {
                self.arity(name, args, 1, 1)?;
                if let Some(r) = self.call_special(args[0], "__abs__", &[])? {
                    return Ok(CallOut::Value(r));
                }
                match args[0] {
                    Value::Float(f) => Value::Float(f.abs()),
                    v => {
                        let neg = self.compare(CompareOp::Lt, v, Value::Int(0));
                        match neg {
                            Ok(Value::Bool(true)) => self.unary(pycps_ir::UnaryOp::Neg, v)?,
                            Ok(_)
                                if matches!(
                                    self.heap.class_of(v),
                                    ClassId::Int | ClassId::Bool
                                ) =>
                            {
                                self.unary(pycps_ir::UnaryOp::Pos, v)?
                            }
                            _ => {
                                let t = self.heap.type_name(v);
                                return Err(
                                    self.type_error(format!("bad operand type for abs(): '{t}'"))
                                );
                            }
                        }
                    }
                }
            }
            BuiltinFn::Sum => {
                self.only_kwargs(name, kwargs, &["start"])?;
                self.arity(name, args, 1, 2)?;
                let mut acc = args
                    .get(1)
                    .copied()
                    .or(Self::kwarg(kwargs, "start"))
                    .unwrap_or(Value::Int(0));
                if self.heap.class_of(acc) == ClassId::Str {
                    return Err(
                        self.type_error("sum() can't sum strings [use ''.join(seq) instead]")
                    );
                }
                let items = self.iterate(args[0])?;
                for i in items {
                    acc = self.binary(BinaryOp::Add, acc, i, false)?;
                }
                acc
            }
            BuiltinFn::Min | BuiltinFn::Max => {
                let max = b == BuiltinFn::Max;
                self.only_kwargs(name, kwargs, &["key", "default"])?;
                if args.is_empty() {
                    return Err(
                        self.type_error(format!("{name} expected at least 1 argument, got 0"))
                    );
                }
                let items = if args.len() == 1 {
                    self.iterate(args[0])?
                } else {
                    args.to_vec()
                };
                let default = Self::kwarg(kwargs, "default");
                if args.len() > 1 && default.is_some() {
                    return Err(self.type_error(format!(
                        "Cannot specify a default for {name}() with multiple positional arguments"
                    )));
                }
                match Self::kwarg(kwargs, "key") {
                    Some(k) if !matches!(k, Value::None) => {
                        return self.start_apply(
                            k,
                            items,
                            ApplyThen::MinMax { max, default },
                            in_async,
                        )
                    }
                    _ => {
                        let keys = items.clone();
                        self.min_max_keys(items, keys, max, default)?
                    }
                }
            }
            BuiltinFn::Sorted => {
                self.only_kwargs(name, kwargs, &["key", "reverse"])?;
                if args.len() != 1 {
                    return Err(
                        self.type_error(format!("sorted expected 1 argument, got {}", args.len()))
                    );
                }
                let items = self.iterate(args[0])?;
                let reverse = match Self::kwarg(kwargs, "reverse") {
                    Some(r) => self.truthy(r)?,
                    None => false,
                };
                match Self::kwarg(kwargs, "key") {
                    Some(k) if !matches!(k, Value::None) => {
                        return self.start_apply(
                            k,
                            items,
                            ApplyThen::Sort {
                                reverse,
                                into: None,
                            },
                            in_async,
                        )
                    }
                    _ => {
                        let keys = items.clone();
                        let sorted = self.sort_by_keys(items, keys, reverse)?;
                        self.heap.list(sorted)
                    }
                }
            }
            BuiltinFn::Reversed => {
                self.arity(name, args, 1, 1)?;
                match self.heap.obj(args[0]) {
                    Some(Object::List(items)) | Some(Object::Tuple(items)) => {
                        let idx = items.len();
                        let seq = args[0].as_obj().unwrap_or(crate::value::ObjRef(0));
                        Value::Obj(
                            self.heap
                                .alloc(Object::Iter(IterObj::Reversed { seq, idx })),
                        )
                    }
                    Some(Object::Range(_))
                    | Some(Object::Str(_))
                    | Some(Object::DictView(..))
                    | Some(Object::Dict(_)) => {
                        let mut items = self.iterate(args[0])?;
                        items.reverse();
                        self.values_iter(items)
                    }
                    _ => {
                        let t = self.heap.type_name(args[0]);
                        return Err(self.type_error(format!("'{t}' object is not reversible")));
                    }
                }
            }
            BuiltinFn::Enumerate => {
                self.only_kwargs(name, kwargs, &["start"])?;
                self.arity(name, args, 1, 2)?;
                let start = match args.get(1).copied().or(Self::kwarg(kwargs, "start")) {
                    Some(s) => self.expect_int(s, "start")?,
                    None => 0,
                };
                let inner = self.get_iter(args[0])?;
                let Value::Obj(inner) = inner else {
                    return Err(self.not_iterable(args[0]));
                };
                Value::Obj(self.heap.alloc(Object::Iter(IterObj::Enumerate {
                    inner,
                    count: start,
                })))
            }
            BuiltinFn::Zip => {
                self.only_kwargs(name, kwargs, &["strict"])?;
                let strict = match Self::kwarg(kwargs, "strict") {
                    Some(v) => self.truthy(v)?,
                    None => false,
                };
                let inners = self.iter_args(args)?;
                Value::Obj(
                    self.heap
                        .alloc(Object::Iter(IterObj::Zip { inners, strict })),
                )
            }
            BuiltinFn::Map => {
                self.no_kwargs(name, kwargs)?;
                if args.len() < 2 {
                    return Err(self.type_error("map() must have at least two arguments."));
                }
                let inners = self.iter_args(&args[1..])?;
                let func = args[0];
                Value::Obj(self.heap.alloc(Object::Iter(IterObj::Map { func, inners })))
            }
            BuiltinFn::Filter => {
                self.no_kwargs(name, kwargs)?;
                self.arity(name, args, 2, 2)?;
                let inner = self.iter_args(&args[1..2])?[0];
                let func = args[0];
                Value::Obj(
                    self.heap
                        .alloc(Object::Iter(IterObj::Filter { func, inner })),
                )
            }
            BuiltinFn::IsInstance
            | BuiltinFn::IsSubclass
            | BuiltinFn::SetAttr
            | BuiltinFn::DelAttr
            | BuiltinFn::Vars => return self.object_builtin(b, args, kwargs).map(CallOut::Value),
            BuiltinFn::Round => {
                self.only_kwargs(name, kwargs, &["ndigits"])?;
                self.arity(name, args, 1, 2)?;
                let nd = args.get(1).copied().or(Self::kwarg(kwargs, "ndigits"));
                let nd = match nd {
                    None | Some(Value::None) => None,
                    Some(v) => Some(self.expect_int(v, "ndigits")?),
                };
                self.round(args[0], nd)?
            }
            BuiltinFn::HasAttr => {
                self.arity(name, args, 2, 2)?;
                let Some(n) = self.heap.as_str(args[1]).map(str::to_string) else {
                    return Err(self.type_error("hasattr(): attribute name must be string"));
                };
                match self.get_attr(args[0], &n) {
                    Ok(_) => Value::Bool(true),
                    Err(e @ (Raise::Limit(_) | Raise::Call(_))) => return Err(e),
                    Err(Raise::Exc(_)) => Value::Bool(false),
                }
            }
            BuiltinFn::GetAttr => {
                self.arity(name, args, 2, 3)?;
                let Some(n) = self.heap.as_str(args[1]).map(str::to_string) else {
                    return Err(self.type_error("getattr(): attribute name must be string"));
                };
                match self.get_attr(args[0], &n) {
                    Ok(v) => v,
                    Err(Raise::Exc(e))
                        if args.len() == 3 && self.heap.class_of(e) == ClassId::AttributeError =>
                    {
                        args[2]
                    }
                    Err(e) => return Err(e),
                }
            }
            BuiltinFn::Iter => {
                self.arity(name, args, 1, 1)?;
                self.get_iter(args[0])?
            }
            BuiltinFn::Next => {
                self.arity(name, args, 1, 2)?;
                let Value::Obj(r) = args[0] else {
                    let t = self.heap.type_name(args[0]);
                    return Err(self.type_error(format!("'{t}' object is not an iterator")));
                };
                if let Object::Generator(_) = self.heap.get(r) {
                    let cont = super::NativeCont::new(super::NativeKind::Next {
                        gen: r,
                        default: args.get(1).copied(),
                    });
                    return self.start_gen_native(r, cont);
                }
                match self.iter_next(r)? {
                    Some(v) => v,
                    None => match args.get(1) {
                        Some(d) => *d,
                        None => {
                            return Err(Raise::Exc(
                                self.new_exception(ClassId::StopIteration, Vec::new()),
                            ))
                        }
                    },
                }
            }
            BuiltinFn::Any | BuiltinFn::All => {
                self.arity(name, args, 1, 1)?;
                let want = b == BuiltinFn::Any;
                let Value::Obj(it) = self.get_iter(args[0])? else {
                    return Err(self.not_iterable(args[0]));
                };
                // Short-circuits as CPython does (the iterator is left just
                // past the deciding item); nested: stepping mutates `it`.
                self.nested(|this| {
                    while let Some(v) = this.iter_next(it)? {
                        if this.truthy(v)? == want {
                            return Ok(Value::Bool(want));
                        }
                    }
                    Ok(Value::Bool(!want))
                })?
            }
            BuiltinFn::Dir => {
                self.no_kwargs(name, kwargs)?;
                return self.builtin_dir(args).map(CallOut::Value);
            }
            BuiltinFn::Id => {
                self.arity(name, args, 1, 1)?;
                Value::Int(match args[0] {
                    Value::Obj(r) => 0x7f00_0000_0000 + r.0 as i64 * 0x30,
                    Value::Int(i) => 0x7e00_0000_0000 + i.wrapping_mul(32),
                    Value::None => 0x7d00_0000_0010,
                    Value::Bool(b) => 0x7d00_0000_0020 + b as i64 * 16,
                    Value::Float(f) => 0x7c00_0000_0000 + (f.to_bits() >> 12) as i64,
                    Value::Unbound => 0,
                })
            }
            BuiltinFn::Hash => {
                self.arity(name, args, 1, 1)?;
                Value::Int(self.hash(args[0])? as i64)
            }
            BuiltinFn::Callable => {
                self.arity(name, args, 1, 1)?;
                Value::Bool(
                    matches!(
                        self.heap.obj(args[0]),
                        Some(
                            Object::Function(_)
                                | Object::Builtin(_)
                                | Object::Method { .. }
                                | Object::Class(_)
                                | Object::Capability(_)
                                | Object::UserClass(_)
                                | Object::BoundMethod { .. }
                                | Object::StaticMethod(_)
                                | Object::ModFn(_)
                        )
                    ) || self.user_special(args[0], "__call__").is_some(),
                )
            }
            BuiltinFn::Chr => {
                self.arity(name, args, 1, 1)?;
                let i = self.expect_int(args[0], "chr() arg")?;
                match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(c) => self.heap.str(c.to_string()),
                    None => return Err(self.value_error("chr() arg not in range(0x110000)")),
                }
            }
            BuiltinFn::Ord => {
                self.arity(name, args, 1, 1)?;
                match self.heap.as_str(args[0]) {
                    Some(s) => {
                        let mut cs = s.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => Value::Int(c as i64),
                            _ => {
                                let n = s.chars().count();
                                return Err(self.type_error(format!(
                                    "ord() expected a character, but string of length {n} found"
                                )));
                            }
                        }
                    }
                    None => {
                        let t = self.heap.type_name(args[0]);
                        return Err(self.type_error(format!(
                            "ord() expected string of length 1, but {t} found"
                        )));
                    }
                }
            }
            BuiltinFn::Divmod => {
                self.arity(name, args, 2, 2)?;
                let q = self.binary(BinaryOp::FloorDiv, args[0], args[1], false)?;
                let r = self.binary(BinaryOp::Mod, args[0], args[1], false)?;
                self.heap.tuple(vec![q, r])
            }
            BuiltinFn::Pow => {
                self.arity(name, args, 2, 3)?;
                if args.len() == 3 && !matches!(args[2], Value::None) {
                    // Modular exponentiation without the huge intermediate
                    // power (a negative exponent means the modular inverse).
                    let mut ints = Vec::with_capacity(3);
                    for &a in args {
                        match a {
                            Value::Int(i) => ints.push(num_bigint::BigInt::from(i)),
                            Value::Bool(b) => ints.push(num_bigint::BigInt::from(b as i64)),
                            v => match self.heap.obj(v) {
                                Some(Object::BigInt(b)) => ints.push(b.clone()),
                                _ => {
                                    return Err(self.type_error(
                                        "pow() 3rd argument not allowed unless all arguments are integers",
                                    ))
                                }
                            },
                        }
                    }
                    match crate::text::int_pow_mod(&ints[0], &ints[1], &ints[2]) {
                        Ok(r) => crate::convert::bigint_value(&mut self.heap, r),
                        Err(e) => return Err(self.text_error(e)),
                    }
                } else {
                    self.binary(BinaryOp::Pow, args[0], args[1], false)?
                }
            }
            BuiltinFn::Hex | BuiltinFn::Bin | BuiltinFn::Oct => {
                self.arity(name, args, 1, 1)?;
                let (prefix, radix) = match b {
                    BuiltinFn::Hex => ("0x", 16),
                    BuiltinFn::Bin => ("0b", 2),
                    _ => ("0o", 8),
                };
                let n = match args[0] {
                    Value::Int(i) => num_bigint::BigInt::from(i),
                    Value::Bool(b) => num_bigint::BigInt::from(b as i64),
                    v => match self.heap.obj(v) {
                        Some(Object::BigInt(b)) => b.clone(),
                        _ => {
                            let t = self.heap.type_name(v);
                            return Err(self.type_error(format!(
                                "'{t}' object cannot be interpreted as an integer"
                            )));
                        }
                    },
                };
                let sign = if n.sign() == num_bigint::Sign::Minus {
                    "-"
                } else {
                    ""
                };
                let digits = n.magnitude().to_str_radix(radix);
                self.heap.str(format!("{sign}{prefix}{digits}"))
            }
            BuiltinFn::Format => {
                self.arity(name, args, 1, 2)?;
                let spec = args.get(1).copied();
                self.format_value(args[0], None, spec)?
            }
            _ => return self.asyncio_function(module, b, args, kwargs, in_async),
        };
        Ok(CallOut::Value(v))
    }

    /// `iter(a)` of each argument (`zip`, `map`, `filter`).
    fn iter_args(&mut self, args: &[Value]) -> PyResult<Vec<ObjRef>> {
        let mut inners = Vec::with_capacity(args.len());
        for &a in args {
            match self.get_iter(a)? {
                Value::Obj(r) => inners.push(r),
                _ => return Err(self.not_iterable(a)),
            }
        }
        Ok(inners)
    }

    /// Stable sort of `items` by `keys` (`sorted`, `list.sort`).
    pub fn sort_by_keys(
        &mut self,
        items: Vec<Value>,
        keys: Vec<Value>,
        reverse: bool,
    ) -> PyResult<Vec<Value>> {
        if keys.first().is_some_and(|&k| self.is_cmp_key(k)) {
            return self.sort_cmp_keys(items, keys, reverse);
        }
        // Namedtuples sort as their tuples.
        let keys: Vec<Value> = keys
            .into_iter()
            .map(|k| match self.namedtuple_values(k).map(<[Value]>::to_vec) {
                Some(values) => self.heap.tuple(values),
                None => k,
            })
            .collect();
        let mut idx: Vec<usize> = (0..items.len()).collect();
        let mut failed: Option<OrderErr> = None;
        {
            let heap = &self.heap;
            let mut cmp = |a: &usize, b: &usize| -> Ordering {
                if failed.is_some() {
                    return Ordering::Equal;
                }
                // CPython's sort asks `later < earlier`: orient errors so.
                let (ia, ib) = if a > b { (*a, *b) } else { (*b, *a) };
                match heap.try_order(keys[ia], keys[ib]) {
                    Ok(Some(o)) if ia == *a => o,
                    Ok(Some(o)) => o.reverse(),
                    Ok(None) => Ordering::Equal,
                    Err(e) => {
                        failed = Some(e);
                        Ordering::Equal
                    }
                }
            };
            if reverse {
                idx.reverse();
                idx.sort_by(&mut cmp);
                idx.reverse();
            } else {
                idx.sort_by(&mut cmp);
            }
        }
        match failed {
            None => {}
            Some(OrderErr::NeedsDunder) => return self.sort_user(items, keys, reverse),
            Some(OrderErr::Incomparable(a, b)) => {
                return Err(self.order_error(CompareOp::Lt, a, b));
            }
        }
        Ok(idx.into_iter().map(|i| items[i]).collect())
    }

    pub fn min_max_keys(
        &mut self,
        items: Vec<Value>,
        keys: Vec<Value>,
        max: bool,
        default: Option<Value>,
    ) -> PyResult<Value> {
        if items.is_empty() {
            return match default {
                Some(d) => Ok(d),
                None => Err(self.value_error(format!(
                    "{}() arg is an empty sequence",
                    if max { "max" } else { "min" }
                ))),
            };
        }
        let mut best = 0;
        for i in 1..items.len() {
            let (op, a, b) = if max {
                (CompareOp::Gt, keys[i], keys[best])
            } else {
                (CompareOp::Lt, keys[i], keys[best])
            };
            if let Value::Bool(true) = self.compare(op, a, b)? {
                best = i;
            }
        }
        Ok(items[best])
    }

    /// `round(x[, ndigits])`.
    fn round(&mut self, x: Value, nd: Option<i64>) -> PyResult<Value> {
        match x {
            Value::Float(f) => match nd {
                None => match crate::text::float_round_to_int(f) {
                    Ok(b) => Ok(crate::convert::bigint_value(&mut self.heap, b)),
                    Err(e) => Err(self.text_error(e)),
                },
                Some(n) => match crate::text::float_round(f, n) {
                    Ok(r) => Ok(Value::Float(r)),
                    Err(e) => Err(self.text_error(e)),
                },
            },
            _ if matches!(self.heap.class_of(x), ClassId::Int | ClassId::Bool) => match nd {
                None => Ok(self.unary(pycps_ir::UnaryOp::Pos, x)?),
                Some(n) if n >= 0 => Ok(self.unary(pycps_ir::UnaryOp::Pos, x)?),
                Some(n) => {
                    let p = self.binary(BinaryOp::Pow, Value::Int(10), Value::Int(-n), false)?;
                    let half = self.binary(BinaryOp::FloorDiv, p, Value::Int(2), false)?;
                    let q = self.binary(BinaryOp::FloorDiv, x, p, false)?;
                    let r = self.binary(BinaryOp::Mod, x, p, false)?;
                    let up = match self.order(r, half, CompareOp::Gt)? {
                        Some(Ordering::Greater) => true,
                        Some(Ordering::Equal) => matches!(
                            self.binary(BinaryOp::Mod, q, Value::Int(2), false)?,
                            Value::Int(1)
                        ),
                        _ => false,
                    };
                    let q = if up {
                        self.binary(BinaryOp::Add, q, Value::Int(1), false)?
                    } else {
                        q
                    };
                    self.binary(BinaryOp::Mul, q, p, false)
                }
            },
            _ => {
                let args: Vec<Value> = nd.map(Value::Int).into_iter().collect();
                if let Some(r) = self.call_special(x, "__round__", &args)? {
                    return Ok(r);
                }
                let t = self.heap.type_name(x);
                Err(self.type_error(format!("type {t} doesn't define __round__ method")))
            }
        }
    }

    /// A text-helper error as a Python exception.
    pub fn text_error(&mut self, e: crate::text::TextError) -> Raise {
        use crate::text::ErrorKind as K;
        let cls = match e.kind {
            K::ValueError => ClassId::ValueError,
            K::TypeError => ClassId::TypeError,
            K::OverflowError => ClassId::OverflowError,
            K::ZeroDivisionError => ClassId::ZeroDivisionError,
            K::IndexError => ClassId::IndexError,
            K::KeyError => ClassId::KeyError,
            K::MemoryError => ClassId::MemoryError,
        };
        self.err(cls, e.message)
    }
}

impl Interp {
    /// `print(*args, sep=, end=, file=f)` for an object `f` that is not
    /// one of the run's streams: `f.write` is called for each piece, in
    /// CPython's order (`str(a)`, write, separator, ...), then
    /// `f.flush()` when asked.
    fn print_to(
        &mut self,
        f: Value,
        args: &[Value],
        sep: &str,
        end: &str,
        flush: bool,
    ) -> PyResult<()> {
        let write = self.get_attr(f, "write")?;
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                let s = self.heap.str(sep);
                self.call_sync(write, &[s])?;
            }
            let text = self.to_str(a)?;
            let s = self.heap.str(text);
            self.call_sync(write, &[s])?;
        }
        let s = self.heap.str(end);
        self.call_sync(write, &[s])?;
        if flush {
            let fl = self.get_attr(f, "flush")?;
            self.call_sync(fl, &[])?;
        }
        Ok(())
    }
}
