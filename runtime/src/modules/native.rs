//! Native objects created by standard-library modules, and the hooks the
//! generic object machinery (attributes, calls, methods, repr, iteration,
//! items) calls for them.
//!
//! Invariant: every [`NativeObj`] is plain data (values are heap handles),
//! so the heap stays `Send` and serializable. Each hook answers `None` /
//! a `TypeError` for operations a type does not support, exactly like the
//! CPython type would.

use super::collections::{deque_push, DequeObj, NtClass};
use super::functools::{LruObj, PartialObj};
use super::itertools::LazyIter;
use super::{re, typing};
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use pycps_ir::Module;
use serde::{Deserialize, Serialize};

/// An object owned by a standard-library module.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum NativeObj {
    /// A `typing` special form or alias (`List`, `Optional[int]`): repr only.
    TypingAlias(String),
    /// A compiled `re` pattern.
    Pattern(Box<re::PatternObj>),
    /// A `re` match.
    Match(Box<re::MatchObj>),
    /// `collections.deque`.
    Deque(Box<DequeObj>),
    /// A class made by `collections.namedtuple`.
    NtClass(Box<NtClass>),
    /// An instance of a namedtuple class.
    NtInst {
        cls: ObjRef,
        values: Vec<Value>,
    },
    /// `itertools.count`/`cycle`/`repeat`.
    Lazy(Box<LazyIter>),
    /// `functools.partial`.
    Partial(Box<PartialObj>),
    /// An `lru_cache`/`cache` wrapper.
    Lru(Box<LruObj>),
    /// `lru_cache(maxsize)`, waiting for the function.
    LruFactory(Option<usize>),
    /// `wraps(f)`, waiting for the wrapper.
    Wraps(Value),
    /// A `typing.TypedDict` subclass: calling it makes a plain dict.
    TypedDict(String),
    /// `cmp_to_key(cmp)` and its key objects.
    CmpToKey(Value),
    CmpKey {
        cmp: Value,
        obj: Value,
    },
    /// `sys.stdout` / `sys.stderr`.
    Stream(crate::error::OutStream),
    /// A `hashlib` hash object.
    Hash(Box<super::hashlib::HashObj>),
}

impl NativeObj {
    pub fn class(&self) -> ClassId {
        match self {
            NativeObj::TypingAlias(_) => ClassId::TypingAlias,
            NativeObj::Pattern(_) => ClassId::RePattern,
            NativeObj::Match(_) => ClassId::ReMatch,
            NativeObj::Deque(_) => ClassId::Deque,
            NativeObj::NtClass(_) | NativeObj::TypedDict(_) => ClassId::Type,
            NativeObj::NtInst { .. } => ClassId::Object,
            NativeObj::Lazy(l) => l.class(),
            NativeObj::Partial(_) => ClassId::Partial,
            NativeObj::Lru(_) => ClassId::LruWrapper,
            NativeObj::LruFactory(_) | NativeObj::Wraps(_) | NativeObj::CmpToKey(_) => {
                ClassId::BuiltinFunction
            }
            NativeObj::CmpKey { .. } => ClassId::CmpKey,
            NativeObj::Stream(_) => ClassId::TextIOWrapper,
            NativeObj::Hash(h) if h.key.is_some() => ClassId::Hmac,
            NativeObj::Hash(h) => match h.name.as_str() {
                "blake2b" => ClassId::Blake2b,
                "blake2s" => ClassId::Blake2s,
                _ => ClassId::Hash,
            },
        }
    }
}

impl Interp {
    pub(crate) fn native(&self, r: ObjRef) -> Option<&NativeObj> {
        match self.heap.get(r) {
            Object::Native(n) => Some(n),
            _ => None,
        }
    }

    pub(crate) fn alloc_native(&mut self, n: NativeObj) -> Value {
        Value::Obj(self.heap.alloc(Object::Native(Box::new(n))))
    }

    /// `repr()` of a native object; `elem` renders a contained value.
    pub fn native_repr<E>(
        &self,
        n: &NativeObj,
        addr: u64,
        out: &mut String,
        elem: &mut dyn FnMut(Value, &mut String) -> Result<(), E>,
    ) -> Result<(), E> {
        let _ = (addr, &elem);
        match n {
            NativeObj::TypingAlias(s) => out.push_str(s),
            NativeObj::Pattern(p) => out.push_str(&re::pattern_repr(p)),
            NativeObj::Match(m) => out.push_str(&re::match_repr(self, m)),
            NativeObj::Deque(d) => {
                out.push_str("deque([");
                for (i, v) in d.items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    elem(*v, out)?;
                }
                out.push(']');
                if let Some(m) = d.maxlen {
                    out.push_str(&format!(", maxlen={m}"));
                }
                out.push(')');
            }
            NativeObj::NtClass(c) => out.push_str(&format!("<class '__main__.{}'>", c.name)),
            NativeObj::TypedDict(name) => out.push_str(&format!("<class '__main__.{name}'>")),
            NativeObj::Lazy(l) => match &**l {
                LazyIter::Count { cur, step } => {
                    out.push_str("count(");
                    elem(*cur, out)?;
                    if !matches!(step, Value::Int(1)) {
                        out.push_str(", ");
                        elem(*step, out)?;
                    }
                    out.push(')');
                }
                LazyIter::Repeat { value, left } => {
                    out.push_str("repeat(");
                    elem(*value, out)?;
                    if let Some(n) = left {
                        out.push_str(&format!(", {n}"));
                    }
                    out.push(')');
                }
                l => out.push_str(&format!(
                    "<itertools.{} object at {addr:#x}>",
                    l.type_name()
                )),
            },
            NativeObj::Partial(p) => {
                out.push_str("functools.partial(");
                elem(p.func, out)?;
                for a in &p.args {
                    out.push_str(", ");
                    elem(*a, out)?;
                }
                for (k, v) in &p.kwargs {
                    out.push_str(&format!(", {k}="));
                    elem(*v, out)?;
                }
                out.push(')');
            }
            NativeObj::Lru(l) => {
                out.push_str("<functools._lru_cache_wrapper object at ");
                out.push_str(&format!("{addr:#x}>"));
                let _ = l;
            }
            NativeObj::LruFactory(_) | NativeObj::Wraps(_) | NativeObj::CmpToKey(_) => {
                out.push_str(&format!("<function at {addr:#x}>"));
            }
            NativeObj::CmpKey { .. } => {
                out.push_str(&format!("<functools.KeyWrapper object at {addr:#x}>"))
            }
            NativeObj::Stream(s) => out.push_str(&super::sys::stream_repr(*s)),
            NativeObj::Hash(h) => out.push_str(&super::hashlib::hash_repr(h, addr)),
            NativeObj::NtInst { cls, values } => {
                if let Some(NativeObj::NtClass(c)) = self.native(*cls) {
                    out.push_str(&c.name);
                    out.push('(');
                    for (i, (f, v)) in c.fields.iter().zip(values).enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(f);
                        out.push('=');
                        elem(*v, out)?;
                    }
                    out.push(')');
                }
            }
        }
        Ok(())
    }

    /// `str()` of a native object when it differs from its repr.
    pub fn native_str(&mut self, r: ObjRef) -> PyResult<Option<String>> {
        let _ = r;
        Ok(None)
    }

    /// `obj.name` for data attributes and methods of native objects.
    pub fn native_attr(&mut self, r: ObjRef, name: &str) -> PyResult<Option<Value>> {
        let Some(n) = self.native(r) else {
            return Ok(None);
        };
        Ok(match n.clone() {
            NativeObj::Pattern(p) => re::pattern_attr(self, &p, name),
            NativeObj::Match(m) => re::match_attr(self, &m, name),
            NativeObj::Partial(p) => match name {
                "func" => Some(p.func),
                "args" => Some(self.heap.tuple(p.args.clone())),
                "keywords" => {
                    let d = self.new_dict();
                    for (k, v) in &p.kwargs {
                        let k = self.heap.str(k.clone());
                        self.dict_set(d, k, *v)?;
                    }
                    Some(d)
                }
                _ => None,
            },
            NativeObj::Lru(l) => match name {
                "__wrapped__" => Some(l.func),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    Some(self.get_attr(l.func, name)?)
                }
                _ => None,
            },
            NativeObj::Stream(s) => self.stream_attr(s, name),
            NativeObj::Hash(_) => self.hash_attr(r, name),
            NativeObj::Deque(d) if name == "maxlen" => {
                Some(d.maxlen.map_or(Value::None, |m| Value::Int(m as i64)))
            }
            NativeObj::NtClass(c) => match name {
                "_fields" => {
                    let f: Vec<Value> = c.fields.iter().map(|f| self.heap.str(f.clone())).collect();
                    Some(self.heap.tuple(f))
                }
                "__name__" | "__qualname__" => Some(self.heap.str(c.name.clone())),
                "_field_defaults" => Some(self.nt_field_defaults(&c)?),
                _ => match c.ns.and_then(|ns| self.dict_get_str(ns, name)) {
                    Some(v) => Some(self.bind_attr_to_class(v, r)?),
                    None => None,
                },
            },
            NativeObj::TypedDict(n) => match name {
                "__name__" | "__qualname__" => Some(self.heap.str(n)),
                "__total__" => Some(Value::Bool(true)),
                _ => None,
            },
            NativeObj::NtInst { cls, values } => {
                let fields = match self.native(cls) {
                    Some(NativeObj::NtClass(c)) => c.fields.clone(),
                    _ => Vec::new(),
                };
                match fields.iter().position(|f| f == name) {
                    Some(i) => values.get(i).copied(),
                    None if name == "_fields" => {
                        let f: Vec<Value> = fields.into_iter().map(|f| self.heap.str(f)).collect();
                        Some(self.heap.tuple(f))
                    }
                    None if name == "__class__" => Some(Value::Obj(cls)),
                    None if name == "_field_defaults" => match self.native(cls) {
                        Some(NativeObj::NtClass(c)) => {
                            let c = (**c).clone();
                            Some(self.nt_field_defaults(&c)?)
                        }
                        _ => None,
                    },
                    None => match self.native(cls) {
                        Some(NativeObj::NtClass(c)) => {
                            match c.ns.and_then(|ns| self.dict_get_str(ns, name)) {
                                Some(v) => Some(self.bind_attr(v, Value::Obj(r), cls)?),
                                None => None,
                            }
                        }
                        _ => None,
                    },
                }
            }
            _ => None,
        })
    }

    /// `obj.name = value` on a native object: the error CPython raises
    /// (`Ok`: no special message; the caller reports a missing attribute).
    pub fn native_set_attr(&mut self, r: ObjRef, name: &str) -> PyResult<()> {
        if let Some(NativeObj::NtInst { cls, .. }) = self.native(r) {
            if let Some(NativeObj::NtClass(c)) = self.native(*cls) {
                if c.fields.iter().any(|f| f == name) {
                    return Err(self.err(ClassId::AttributeError, "can't set attribute"));
                }
            }
        }
        Ok(())
    }

    /// `obj.name(*args, **kwargs)` on a native object.
    pub fn native_method(
        &mut self,
        module: &Module,
        r: ObjRef,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        match self.native(r) {
            Some(NativeObj::Pattern(_)) => {
                return re::pattern_method(self, module, r, name, args, kwargs, in_async)
            }
            Some(NativeObj::Match(m)) => {
                let m = m.clone();
                return re::match_method(self, &m, name, args, kwargs).map(CallOut::Value);
            }
            Some(NativeObj::Deque(_)) => {
                return self.deque_method(r, name, args).map(CallOut::Value)
            }
            Some(NativeObj::Lru(_)) => return self.lru_method(r, name).map(CallOut::Value),
            Some(NativeObj::Stream(s)) => {
                let s = *s;
                return self
                    .stream_method(s, name, args, kwargs)
                    .map(CallOut::Value);
            }
            Some(NativeObj::Hash(_)) => {
                return self.hash_method(r, name, args, kwargs).map(CallOut::Value)
            }
            Some(NativeObj::NtInst { .. }) | Some(NativeObj::NtClass(_)) => {
                const OWN: &[&str] = &["_make", "_asdict", "_replace", "count", "index"];
                if !OWN.contains(&name) {
                    if let Some(f) = self.native_attr(r, name)? {
                        return self.call_value(module, f, args, kwargs, in_async);
                    }
                }
                return self.nt_method(r, name, args, kwargs).map(CallOut::Value);
            }
            _ => {}
        }
        let t = self.heap.type_name(Value::Obj(r));
        Err(self.err(
            ClassId::AttributeError,
            format!("'{t}' object has no attribute '{name}'"),
        ))
    }

    /// Calling a native object (`partial(...)`, an `lru_cache` wrapper).
    pub fn call_native(
        &mut self,
        module: &Module,
        r: ObjRef,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let _ = (module, kwargs, in_async);
        match self.native(r) {
            Some(NativeObj::TypingAlias(_)) => {
                typing::call_alias(self, r, args).map(CallOut::Value)
            }
            Some(NativeObj::NtClass(_)) => self.nt_new(r, args, kwargs).map(CallOut::Value),
            Some(NativeObj::TypedDict(_)) => {
                self.construct(module, ClassId::Dict, args, kwargs, in_async)
            }
            Some(
                NativeObj::Partial(_)
                | NativeObj::Lru(_)
                | NativeObj::LruFactory(_)
                | NativeObj::Wraps(_)
                | NativeObj::CmpToKey(_),
            ) => self.call_functools(module, r, args, kwargs, in_async),
            _ => Err(self.not_callable(Value::Obj(r))),
        }
    }

    /// `obj[key]` on a native object (`None`: not subscriptable).
    pub fn native_get_item(&mut self, r: ObjRef, key: Value) -> PyResult<Option<Value>> {
        match self.native(r) {
            Some(NativeObj::TypingAlias(_)) => typing::subscript(self, r, key).map(Some),
            Some(NativeObj::Match(m)) => {
                let m = m.clone();
                re::match_group(self, &m, key).map(Some)
            }
            Some(NativeObj::NtInst { values, .. }) => {
                let t = self.heap.tuple(values.clone());
                self.get_item(t, key).map(Some)
            }
            Some(NativeObj::Deque(d)) => {
                let n = d.items.len() as i64;
                let Some(i) = self.index_value(key) else {
                    let t = self.heap.type_name(key);
                    return Err(
                        self.type_error(format!("sequence index must be integer, not '{t}'"))
                    );
                };
                let i = if i < 0 { i + n } else { i };
                match self.native(r) {
                    Some(NativeObj::Deque(d)) if i >= 0 && i < n => {
                        Ok(d.items.get(i as usize).copied())
                    }
                    _ => Err(self.err(ClassId::IndexError, "deque index out of range")),
                }
            }
            _ => Ok(None),
        }
    }
}

impl Interp {
    /// Extra attributes of standard-library exceptions, recovered from
    /// their message (`JSONDecodeError.pos`, `re.error.pos`...).
    pub fn std_exception_attr(
        &mut self,
        cls: ClassId,
        args: &[Value],
        name: &str,
    ) -> Option<Value> {
        let msg = args.first().and_then(|&a| self.heap.as_str(a))?.to_string();
        match cls {
            ClassId::JSONDecodeError => {
                // "{msg}: line {l} column {c} (char {p})"
                let cut = msg.rfind(": line ")?;
                let (m, rest) = (&msg[..cut], &msg[cut + 7..]);
                let nums: Vec<i64> = rest
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|x| !x.is_empty())
                    .filter_map(|x| x.parse().ok())
                    .collect();
                match (name, nums.as_slice()) {
                    ("msg", _) => Some(self.heap.str(m)),
                    ("lineno", [l, ..]) => Some(Value::Int(*l)),
                    ("colno", [_, c, ..]) => Some(Value::Int(*c)),
                    ("pos", [_, _, p, ..]) => Some(Value::Int(*p)),
                    ("doc", _) => Some(Value::None),
                    _ => None,
                }
            }
            ClassId::ReError => {
                let (m, pos) = match msg.rfind(" at position ") {
                    Some(cut) => (&msg[..cut], msg[cut + 13..].parse().ok().map(Value::Int)),
                    None => (msg.as_str(), None),
                };
                match name {
                    "msg" => Some(self.heap.str(m)),
                    "pos" => Some(pos.unwrap_or(Value::None)),
                    "pattern" | "lineno" | "colno" => Some(Value::None),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

impl Interp {
    /// Items of a native container (`None`: not a container).
    pub fn native_items(&self, r: ObjRef) -> Option<Vec<Value>> {
        match self.native(r)? {
            NativeObj::Deque(d) => Some(d.items.iter().copied().collect()),
            NativeObj::NtInst { values, .. } => Some(values.clone()),
            _ => None,
        }
    }

    /// `len()` of a native object.
    pub fn native_len(&mut self, r: ObjRef) -> Option<usize> {
        self.native_items(r).map(|v| v.len())
    }

    /// `iter()` of a native object.
    pub fn native_iter(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        if let Some(NativeObj::Lazy(_)) = self.native(r) {
            return Ok(Some(Value::Obj(r)));
        }
        Ok(self.native_items(r).map(|items| self.values_iter(items)))
    }

    fn deque_mut(&mut self, r: ObjRef) -> Option<&mut DequeObj> {
        match self.heap.get_mut(r) {
            Object::Native(n) => match &mut **n {
                NativeObj::Deque(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    fn deque_method(&mut self, r: ObjRef, name: &str, args: &[Value]) -> PyResult<Value> {
        let arg = |it: &mut Interp, n: usize| -> PyResult<Value> {
            if args.len() != n {
                return Err(it.type_error(format!(
                    "deque.{name}() takes exactly {} ({} given)",
                    if n == 1 {
                        "one argument".to_string()
                    } else {
                        format!("{n} arguments")
                    },
                    args.len()
                )));
            }
            Ok(args.first().copied().unwrap_or(Value::None))
        };
        let v = match name {
            "append" | "appendleft" => {
                let v = arg(self, 1)?;
                if let Some(d) = self.deque_mut(r) {
                    deque_push(d, v, name == "appendleft");
                }
                Value::None
            }
            "extend" | "extendleft" => {
                let src = arg(self, 1)?;
                let items = self.iterate(src)?;
                if let Some(d) = self.deque_mut(r) {
                    for v in items {
                        deque_push(d, v, name == "extendleft");
                    }
                }
                Value::None
            }
            "pop" | "popleft" => {
                let d = self.deque_mut(r);
                let v = d.and_then(|d| {
                    if name == "pop" {
                        d.items.pop_back()
                    } else {
                        d.items.pop_front()
                    }
                });
                match v {
                    Some(v) => v,
                    None => return Err(self.err(ClassId::IndexError, "pop from an empty deque")),
                }
            }
            "rotate" => {
                let n = match args.first() {
                    Some(&v) => self.expect_int(v, "an integer is required")?,
                    None => 1,
                };
                if let Some(d) = self.deque_mut(r) {
                    let len = d.items.len() as i64;
                    if len > 0 {
                        let k = n.rem_euclid(len) as usize;
                        d.items.rotate_right(k);
                    }
                }
                Value::None
            }
            "clear" => {
                if let Some(d) = self.deque_mut(r) {
                    d.items.clear();
                }
                Value::None
            }
            "reverse" => {
                if let Some(d) = self.deque_mut(r) {
                    d.items.make_contiguous().reverse();
                }
                Value::None
            }
            "copy" => {
                let d = match self.native(r) {
                    Some(NativeObj::Deque(d)) => d.clone(),
                    _ => return Ok(Value::None),
                };
                self.alloc_native(NativeObj::Deque(d))
            }
            "count" | "index" | "remove" => {
                let x = args.first().copied().unwrap_or(Value::None);
                let items = self.native_items(r).unwrap_or_default();
                let mut pos = None;
                let mut count = 0;
                for (i, v) in items.iter().enumerate() {
                    if self.py_eq(*v, x)? {
                        count += 1;
                        if pos.is_none() {
                            pos = Some(i);
                        }
                    }
                }
                match (name, pos) {
                    ("count", _) => Value::Int(count),
                    ("index", Some(i)) => Value::Int(i as i64),
                    ("remove", Some(i)) => {
                        if let Some(d) = self.deque_mut(r) {
                            d.items.remove(i);
                        }
                        Value::None
                    }
                    ("index", None) => {
                        let s = self.repr(x)?;
                        return Err(self.value_error(format!("{s} is not in deque")));
                    }
                    _ => return Err(self.value_error("deque.remove(x): x not in deque")),
                }
            }
            "insert" => {
                let (Some(&i), Some(&x)) = (args.first(), args.get(1)) else {
                    return Err(
                        self.type_error(format!("insert expected 2 arguments, got {}", args.len()))
                    );
                };
                let i = self.expect_int(i, "an integer is required")?;
                if let Some(d) = self.deque_mut(r) {
                    if d.maxlen.is_some_and(|m| d.items.len() >= m) {
                        return Err(
                            self.err(ClassId::IndexError, "deque already at its maximum size")
                        );
                    }
                    let n = d.items.len() as i64;
                    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
                    d.items.insert(i, x);
                }
                Value::None
            }
            _ => {
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'collections.deque' object has no attribute '{name}'"),
                ))
            }
        };
        Ok(v)
    }

    fn nt_class(&self, r: ObjRef) -> Option<(ObjRef, NtClass)> {
        match self.native(r)? {
            NativeObj::NtClass(c) => Some((r, (**c).clone())),
            NativeObj::NtInst { cls, .. } => match self.native(*cls)? {
                NativeObj::NtClass(c) => Some((*cls, (**c).clone())),
                _ => None,
            },
            _ => None,
        }
    }

    fn nt_new(&mut self, cls: ObjRef, args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Value> {
        let Some((_, c)) = self.nt_class(cls) else {
            return Err(self.type_error("not a namedtuple class"));
        };
        let n = c.fields.len();
        if args.len() > n {
            return Err(self.type_error(format!(
                "{}.__new__() takes {} positional arguments but {} were given",
                c.name,
                n + 1,
                args.len() + 1
            )));
        }
        let mut values: Vec<Option<Value>> = vec![None; n];
        for (i, a) in args.iter().enumerate() {
            values[i] = Some(*a);
        }
        for (k, v) in kwargs {
            match c.fields.iter().position(|f| f == k) {
                Some(i) if values[i].is_none() => values[i] = Some(*v),
                Some(_) => {
                    return Err(self.type_error(format!(
                        "{}.__new__() got multiple values for argument '{k}'",
                        c.name
                    )))
                }
                None => {
                    return Err(self.type_error(format!(
                        "{}.__new__() got an unexpected keyword argument '{k}'",
                        c.name
                    )))
                }
            }
        }
        let first_default = n - c.defaults.len();
        for (i, v) in values.iter_mut().enumerate() {
            if v.is_none() && i >= first_default {
                *v = Some(c.defaults[i - first_default]);
            }
        }
        let missing: Vec<String> = c
            .fields
            .iter()
            .zip(&values)
            .filter(|(_, v)| v.is_none())
            .map(|(f, _)| format!("'{f}'"))
            .collect();
        if !missing.is_empty() {
            let list = match missing.len() {
                1 => missing[0].clone(),
                2 => format!("{} and {}", missing[0], missing[1]),
                k => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
            };
            return Err(self.type_error(format!(
                "{}.__new__() missing {} required positional argument{}: {list}",
                c.name,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            )));
        }
        let values = values
            .into_iter()
            .map(|v| v.unwrap_or(Value::None))
            .collect();
        Ok(self.alloc_native(NativeObj::NtInst { cls, values }))
    }

    fn nt_method(
        &mut self,
        r: ObjRef,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let Some((cls, c)) = self.nt_class(r) else {
            return Err(self.type_error("not a namedtuple"));
        };
        let values = match self.native(r) {
            Some(NativeObj::NtInst { values, .. }) => values.clone(),
            _ => Vec::new(),
        };
        match name {
            "_make" => {
                let src = args.first().copied().unwrap_or(Value::None);
                let items = self.iterate(src)?;
                if items.len() != c.fields.len() {
                    return Err(self.type_error(format!(
                        "Expected {} arguments, got {}",
                        c.fields.len(),
                        items.len()
                    )));
                }
                Ok(self.alloc_native(NativeObj::NtInst { cls, values: items }))
            }
            "_asdict" => {
                let d = self.new_dict();
                for (f, v) in c.fields.iter().zip(values) {
                    let k = self.heap.str(f.clone());
                    self.dict_set(d, k, v)?;
                }
                Ok(d)
            }
            "_replace" => {
                let mut values = values;
                for (k, v) in kwargs {
                    match c.fields.iter().position(|f| f == k) {
                        Some(i) => values[i] = *v,
                        None => {
                            return Err(
                                self.value_error(format!("Got unexpected field names: ['{k}']"))
                            )
                        }
                    }
                }
                Ok(self.alloc_native(NativeObj::NtInst { cls, values }))
            }
            "count" | "index" => {
                let t = self.heap.tuple(values);
                let module = self.module.clone();
                match self.call_method(&module, t, name, args, kwargs, false)? {
                    CallOut::Value(v) => Ok(v),
                    _ => Ok(Value::None),
                }
            }
            _ => Err(self.err(
                ClassId::AttributeError,
                format!("'{}' object has no attribute '{name}'", c.name),
            )),
        }
    }
}
