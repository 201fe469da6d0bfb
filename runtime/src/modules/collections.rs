//! `collections`: `defaultdict`, `Counter`, `OrderedDict` (real dicts
//! tagged with a [`DictFlavor`], so every dict operation works on them
//! unchanged), `deque` (a native object) and `namedtuple` (a native class
//! whose instances print, index, unpack and convert like CPython's).
//!
//! A `defaultdict` factory may be any callable: it is called through the
//! replaying `call_sync` and the key is inserted only after it returns.

use super::native::NativeObj;
use crate::classes::ClassId;
use crate::dict::Dict;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use pycps_ir::Module;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

pub const FUNCTIONS: &[&str] = &["namedtuple"];

/// What kind of `collections` dict a `Dict` is.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum DictFlavor {
    /// The default factory (`None` allowed).
    DefaultDict(Value),
    Counter,
    OrderedDict,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DequeObj {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NtClass {
    pub name: String,
    pub fields: Vec<String>,
    pub defaults: Vec<Value>,
    /// The class body's namespace of a `typing.NamedTuple` subclass
    /// (methods, properties, class attributes).
    #[serde(default)]
    pub ns: Option<ObjRef>,
}

/// `collections.name`: the classes (built-in class objects; calling one
/// runs [`construct`]) and `ChainMap` (Python, `_pycps_collections`).
pub fn attr(it: &mut Interp, name: &str) -> PyResult<Option<Value>> {
    let cls = match name {
        "defaultdict" => ClassId::DefaultDict,
        "Counter" => ClassId::Counter,
        "OrderedDict" => ClassId::OrderedDict,
        "deque" => ClassId::Deque,
        "ChainMap" => return it.py_half_attr(super::StdModule::PyCollections, name),
        _ => return Ok(None),
    };
    Ok(Some(Value::Obj(cls.obj())))
}

/// Whether calling built-in class `c` is handled by [`construct`].
pub fn is_collections_class(c: ClassId) -> bool {
    matches!(
        c,
        ClassId::DefaultDict | ClassId::Counter | ClassId::OrderedDict | ClassId::Deque
    )
}

/// The class of a flavored dict.
pub fn flavor_class(d: &Dict) -> Option<ClassId> {
    Some(match d.flavor.as_deref()? {
        DictFlavor::DefaultDict(_) => ClassId::DefaultDict,
        DictFlavor::Counter => ClassId::Counter,
        DictFlavor::OrderedDict => ClassId::OrderedDict,
    })
}

pub(super) fn set_flavor(it: &mut Interp, d: Value, f: DictFlavor) {
    if let Some(r) = d.as_obj() {
        if let Object::Dict(d) = it.heap.get_mut(r) {
            d.flavor = Some(Box::new(f));
        }
    }
}

pub(super) fn flavor_of(it: &Interp, v: Value) -> Option<DictFlavor> {
    match it.heap.obj(v) {
        Some(Object::Dict(d)) => d.flavor.as_deref().cloned(),
        _ => None,
    }
}

/// A plain `dict(*args, **kwargs)`.
fn new_dict_from(
    it: &mut Interp,
    module: &Module,
    args: &[Value],
    kwargs: &[(&str, Value)],
    in_async: bool,
) -> PyResult<Value> {
    match it.construct(module, ClassId::Dict, args, kwargs, in_async)? {
        CallOut::Value(v) => Ok(v),
        _ => Err(it.type_error("unsupported argument for a collections mapping")),
    }
}

/// Adds counts from an iterable or mapping (`Counter.update`/`subtract`).
fn count_into(it: &mut Interp, c: Value, src: Value, sign: i64) -> PyResult<()> {
    let src_is_map = matches!(it.heap.obj(src), Some(Object::Dict(_)));
    let pairs: Vec<(Value, Value)> = if src_is_map {
        it.dict_entries(src.as_obj().unwrap_or(ClassId::Object.obj()))
    } else {
        it.iterate(src)?
            .into_iter()
            .map(|k| (k, Value::Int(1)))
            .collect()
    };
    let r = c.as_obj().unwrap_or(ClassId::Object.obj());
    for (k, n) in pairs {
        let cur = it.dict_get(r, k)?.unwrap_or(Value::Int(0));
        let n = if sign < 0 {
            it.unary(pycps_ir::UnaryOp::Neg, n)?
        } else {
            n
        };
        let v = it.binary(pycps_ir::BinaryOp::Add, cur, n, false)?;
        it.dict_set(c, k, v)?;
    }
    Ok(())
}

pub fn call(
    it: &mut Interp,
    module: &Module,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    in_async: bool,
) -> PyResult<Value> {
    let _ = (module, in_async);
    match name {
        "namedtuple" => namedtuple(it, args, kwargs),
        _ => Err(it.type_error(format!("collections.{name} is not supported"))),
    }
}

/// `cls(*args, **kwargs)` for the classes of [`is_collections_class`].
pub fn construct(
    it: &mut Interp,
    module: &Module,
    cls: ClassId,
    args: &[Value],
    kwargs: &[(&str, Value)],
    in_async: bool,
) -> PyResult<Value> {
    match cls {
        ClassId::DefaultDict => {
            let factory = args.first().copied().unwrap_or(Value::None);
            if !matches!(factory, Value::None) && !it.is_callable(factory) {
                return Err(it.type_error("first argument must be callable or None"));
            }
            let rest = if args.is_empty() { &[][..] } else { &args[1..] };
            let d = new_dict_from(it, module, rest, kwargs, in_async)?;
            set_flavor(it, d, DictFlavor::DefaultDict(factory));
            Ok(d)
        }
        ClassId::OrderedDict => {
            let d = new_dict_from(it, module, args, kwargs, in_async)?;
            set_flavor(it, d, DictFlavor::OrderedDict);
            Ok(d)
        }
        ClassId::Counter => {
            if args.len() > 1 {
                return Err(
                    it.type_error(format!("expected at most 1 arguments, got {}", args.len()))
                );
            }
            let d = it.new_dict();
            set_flavor(it, d, DictFlavor::Counter);
            if let Some(&src) = args.first() {
                if !matches!(src, Value::None) {
                    count_into(it, d, src, 1)?;
                }
            }
            for (k, v) in kwargs {
                let k = it.heap.str(*k);
                it.dict_set(d, k, *v)?;
            }
            Ok(d)
        }
        ClassId::Deque => {
            it.only_kwargs("deque", kwargs, &["iterable", "maxlen"])?;
            let src = args.first().copied().or(Interp::kwarg(kwargs, "iterable"));
            let maxlen = match args.get(1).copied().or(Interp::kwarg(kwargs, "maxlen")) {
                None | Some(Value::None) => None,
                Some(v) => {
                    let n = it.expect_int(v, "an integer is required")?;
                    if n < 0 {
                        return Err(it.value_error("maxlen must be non-negative"));
                    }
                    Some(n as usize)
                }
            };
            let mut dq = DequeObj {
                items: VecDeque::new(),
                maxlen,
            };
            if let Some(src) = src {
                for v in it.iterate(src)? {
                    deque_push(&mut dq, v, false);
                }
            }
            Ok(it.alloc_native(NativeObj::Deque(Box::new(dq))))
        }
        _ => Err(it.type_error(format!("cannot create '{}' instances", cls.name()))),
    }
}

fn namedtuple(it: &mut Interp, args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Value> {
    it.only_kwargs(
        "namedtuple",
        kwargs,
        &["defaults", "rename", "module", "typename", "field_names"],
    )?;
    let tn = args
        .first()
        .copied()
        .or(Interp::kwarg(kwargs, "typename"))
        .unwrap_or(Value::None);
    let name = it.std_str_arg(tn, "namedtuple() typename")?;
    let fv = args
        .get(1)
        .copied()
        .or(Interp::kwarg(kwargs, "field_names"))
        .unwrap_or(Value::None);
    let fields: Vec<String> = match it.heap.as_str(fv) {
        Some(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        None => {
            let mut out = Vec::new();
            for f in it.iterate(fv)? {
                out.push(it.std_str_arg(f, "namedtuple() field name")?);
            }
            out
        }
    };
    for f in &fields {
        if f.starts_with('_') {
            return Err(it.value_error(format!(
                "Field names cannot start with an underscore: '{f}'"
            )));
        }
        if !f.chars().all(|c| c.is_alphanumeric() || c == '_')
            || f.chars().next().is_some_and(|c| c.is_ascii_digit())
        {
            return Err(it.value_error(format!(
                "Type names and field names must be valid identifiers: '{f}'"
            )));
        }
    }
    let defaults = match Interp::kwarg(kwargs, "defaults") {
        None | Some(Value::None) => Vec::new(),
        Some(d) => it.iterate(d)?,
    };
    if defaults.len() > fields.len() {
        return Err(it.type_error("Got more default values than field names"));
    }
    Ok(it.alloc_native(NativeObj::NtClass(Box::new(NtClass {
        name,
        fields,
        defaults,
        ns: None,
    }))))
}

impl Interp {
    /// `_field_defaults` of a namedtuple class: the defaulted fields.
    pub fn nt_field_defaults(&mut self, c: &NtClass) -> PyResult<Value> {
        let d = self.new_dict();
        let first = c.fields.len().saturating_sub(c.defaults.len());
        for (f, v) in c.fields.iter().skip(first).zip(&c.defaults) {
            let k = self.heap.str(f.clone());
            self.dict_set(d, k, *v)?;
        }
        Ok(d)
    }
}

/// Appends to a deque, dropping from the other end past `maxlen`.
pub fn deque_push(dq: &mut DequeObj, v: Value, left: bool) {
    if dq.maxlen == Some(0) {
        return;
    }
    if left {
        dq.items.push_front(v);
        if dq.maxlen.is_some_and(|m| dq.items.len() > m) {
            dq.items.pop_back();
        }
    } else {
        dq.items.push_back(v);
        if dq.maxlen.is_some_and(|m| dq.items.len() > m) {
            dq.items.pop_front();
        }
    }
}

impl Interp {
    pub fn is_callable(&self, v: Value) -> bool {
        matches!(
            self.heap.obj(v),
            Some(
                Object::Function(_)
                    | Object::Builtin(_)
                    | Object::Method { .. }
                    | Object::Class(_)
                    | Object::ModFn(_)
                    | Object::Capability(_)
                    | Object::Native(_)
                    | Object::UserClass(_)
                    | Object::BoundMethod { .. }
            )
        ) || self.user_special(v, "__call__").is_some()
    }

    /// `d[key]` for a missing key of a flavored dict.
    pub fn flavored_missing(&mut self, r: ObjRef, key: Value) -> PyResult<Value> {
        match flavor_of(self, Value::Obj(r)) {
            Some(DictFlavor::Counter) => Ok(Value::Int(0)),
            Some(DictFlavor::DefaultDict(f)) if !matches!(f, Value::None) => {
                let v = self.call_sync(f, &[])?;
                self.dict_set(Value::Obj(r), key, v)?;
                Ok(v)
            }
            _ => Err(self.key_error(key)),
        }
    }

    /// `repr()` of a flavored dict.
    pub fn flavored_dict_repr<E>(
        &self,
        d: &Dict,
        out: &mut String,
        elem: &mut dyn FnMut(Value, &mut String) -> Result<(), E>,
    ) -> Result<(), E> {
        let entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
        let body = |out: &mut String,
                    entries: &[(Value, Value)],
                    elem: &mut dyn FnMut(Value, &mut String) -> Result<(), E>|
         -> Result<(), E> {
            out.push('{');
            for (i, (k, v)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                elem(*k, out)?;
                out.push_str(": ");
                elem(*v, out)?;
            }
            out.push('}');
            Ok(())
        };
        match d.flavor.as_deref() {
            Some(DictFlavor::Counter) => {
                out.push_str("Counter(");
                if !entries.is_empty() {
                    let sorted = self.most_common_order(entries);
                    body(out, &sorted, elem)?;
                }
                out.push(')');
            }
            Some(DictFlavor::OrderedDict) => {
                out.push_str("OrderedDict(");
                if !entries.is_empty() {
                    out.push('[');
                    for (i, (k, v)) in entries.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push('(');
                        elem(*k, out)?;
                        out.push_str(", ");
                        elem(*v, out)?;
                        out.push(')');
                    }
                    out.push(']');
                }
                out.push(')');
            }
            Some(DictFlavor::DefaultDict(f)) => {
                out.push_str("defaultdict(");
                elem(*f, out)?;
                out.push_str(", ");
                body(out, &entries, elem)?;
                out.push(')');
            }
            None => body(out, &entries, elem)?,
        }
        Ok(())
    }

    /// Entries by descending count, stable (CPython's `most_common`).
    fn most_common_order(&self, mut entries: Vec<(Value, Value)>) -> Vec<(Value, Value)> {
        entries.sort_by(|a, b| {
            self.heap
                .try_order(b.1, a.1)
                .ok()
                .flatten()
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        entries
    }

    /// Methods specific to flavored dicts (`None`: use the dict method).
    pub fn flavored_dict_method(
        &mut self,
        module: &Module,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<Option<CallOut>> {
        let _ = (module, in_async);
        let Some(flavor) = flavor_of(self, recv) else {
            return Ok(None);
        };
        let r = recv.as_obj().unwrap_or(ClassId::Object.obj());
        let v = match (&flavor, name) {
            (_, "copy") => {
                let entries = self.dict_entries(r);
                let d = self.new_dict();
                for (k, v) in entries {
                    self.dict_set(d, k, v)?;
                }
                set_flavor(self, d, flavor.clone());
                d
            }
            (DictFlavor::Counter, "most_common") => {
                let entries = self.dict_entries(r);
                let mut sorted = self.most_common_order(entries);
                if let Some(&n) = args.first() {
                    if !matches!(n, Value::None) {
                        let n = self.expect_int(n, "an integer is required")?.max(0) as usize;
                        sorted.truncate(n);
                    }
                }
                let items: Vec<Value> = sorted
                    .into_iter()
                    .map(|(k, v)| self.heap.tuple(vec![k, v]))
                    .collect();
                self.heap.list(items)
            }
            (DictFlavor::Counter, "elements") => {
                let mut out = Vec::new();
                for (k, v) in self.dict_entries(r) {
                    if let Value::Int(n) = v {
                        self.reserve(out.len() * 16 + n.max(0) as usize * 16)?;
                        for _ in 0..n.max(0) {
                            out.push(k);
                        }
                    }
                }
                self.values_iter(out)
            }
            (DictFlavor::Counter, "total") => {
                let mut acc = Value::Int(0);
                for (_, v) in self.dict_entries(r) {
                    acc = self.binary(pycps_ir::BinaryOp::Add, acc, v, false)?;
                }
                acc
            }
            (DictFlavor::Counter, "update" | "subtract") => {
                let sign = if name == "update" { 1 } else { -1 };
                if let Some(&src) = args.first() {
                    if !matches!(src, Value::None) {
                        count_into(self, recv, src, sign)?;
                    }
                }
                for (k, v) in kwargs {
                    let k = self.heap.str(*k);
                    let cur = self.dict_get(r, k)?.unwrap_or(Value::Int(0));
                    let op = if sign > 0 {
                        pycps_ir::BinaryOp::Add
                    } else {
                        pycps_ir::BinaryOp::Sub
                    };
                    let nv = self.binary(op, cur, *v, false)?;
                    self.dict_set(recv, k, nv)?;
                }
                Value::None
            }
            (DictFlavor::OrderedDict, "move_to_end") => {
                let Some(&key) = args.first() else {
                    return Err(
                        self.type_error("move_to_end() missing required argument 'key' (pos 1)")
                    );
                };
                let last = match args.get(1).copied().or(Interp::kwarg(kwargs, "last")) {
                    Some(v) => self.truthy(v)?,
                    None => true,
                };
                let Some(val) = self.dict_remove(r, key)? else {
                    return Err(self.key_error(key));
                };
                if last {
                    self.dict_set(recv, key, val)?;
                } else {
                    let rest = self.dict_entries(r);
                    let mut nd = Dict::new();
                    nd.flavor = Some(Box::new(DictFlavor::OrderedDict));
                    if let Object::Dict(d) = self.heap.get_mut(r) {
                        *d = nd;
                    }
                    self.dict_set(recv, key, val)?;
                    for (k, v) in rest {
                        self.dict_set(recv, k, v)?;
                    }
                }
                Value::None
            }
            (DictFlavor::OrderedDict, "popitem") => {
                let last = match args.first().copied().or(Interp::kwarg(kwargs, "last")) {
                    Some(v) => self.truthy(v)?,
                    None => true,
                };
                let entries = self.dict_entries(r);
                let pick = if last {
                    entries.last()
                } else {
                    entries.first()
                };
                let Some(&(k, v)) = pick else {
                    return Err(self.key_error_msg("dictionary is empty"));
                };
                self.dict_remove(r, k)?;
                self.heap.tuple(vec![k, v])
            }
            _ => return Ok(None),
        };
        Ok(Some(CallOut::Value(v)))
    }

    fn key_error_msg(&mut self, msg: &str) -> crate::interp::Raise {
        let m = self.heap.str(msg);
        self.key_error(m)
    }
}
