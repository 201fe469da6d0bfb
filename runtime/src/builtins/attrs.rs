//! Attribute access (`obj.name`) on built-in values, and value formatting
//! (`format()`, f-string fields, `%`).

use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::Value;
use pycps_ir::Conversion;

/// Methods of built-in types (for bound-method attributes and `hasattr`).
pub fn has_method(cls: ClassId, name: &str) -> bool {
    let names: &[&str] = match cls {
        ClassId::Str => &[
            "join",
            "split",
            "rsplit",
            "strip",
            "lstrip",
            "rstrip",
            "upper",
            "lower",
            "replace",
            "startswith",
            "endswith",
            "format",
            "find",
            "rfind",
            "index",
            "rindex",
            "count",
            "splitlines",
            "title",
            "capitalize",
            "casefold",
            "swapcase",
            "isdigit",
            "isalpha",
            "isalnum",
            "isspace",
            "isupper",
            "islower",
            "isnumeric",
            "isdecimal",
            "isidentifier",
            "istitle",
            "isascii",
            "isprintable",
            "center",
            "ljust",
            "rjust",
            "zfill",
            "partition",
            "rpartition",
            "encode",
            "removeprefix",
            "removesuffix",
            "expandtabs",
            "translate",
            "maketrans",
            "format_map",
        ],
        ClassId::List => &[
            "append", "extend", "pop", "insert", "index", "count", "remove", "reverse", "sort",
            "copy", "clear",
        ],
        ClassId::Tuple => &["index", "count"],
        ClassId::Dict => &[
            "get",
            "keys",
            "values",
            "items",
            "pop",
            "setdefault",
            "update",
            "copy",
            "clear",
            "popitem",
            "fromkeys",
        ],
        ClassId::Set | ClassId::FrozenSet => &[
            "add",
            "remove",
            "discard",
            "pop",
            "update",
            "union",
            "intersection",
            "difference",
            "symmetric_difference",
            "intersection_update",
            "difference_update",
            "symmetric_difference_update",
            "issubset",
            "issuperset",
            "isdisjoint",
            "copy",
            "clear",
        ],
        ClassId::Int | ClassId::Bool => &[
            "bit_length",
            "bit_count",
            "conjugate",
            "to_bytes",
            "from_bytes",
            "as_integer_ratio",
        ],
        ClassId::Float => &[
            "is_integer",
            "conjugate",
            "as_integer_ratio",
            "hex",
            "fromhex",
        ],
        ClassId::Deque => &[
            "append",
            "appendleft",
            "extend",
            "extendleft",
            "pop",
            "popleft",
            "rotate",
            "clear",
            "reverse",
            "copy",
            "count",
            "index",
            "remove",
            "insert",
        ],
        ClassId::RePattern => &[
            "match",
            "fullmatch",
            "search",
            "findall",
            "finditer",
            "split",
            "sub",
            "subn",
        ],
        ClassId::ReMatch => &[
            "group",
            "groups",
            "groupdict",
            "start",
            "end",
            "span",
            "expand",
        ],
        ClassId::Bytes => super::bytes_methods::BYTES_METHODS,
        ClassId::ByteArray => super::bytes_methods::BYTEARRAY_METHODS,
        ClassId::Generator => &["send", "throw", "close", "__next__", "__iter__"],
        ClassId::Future | ClassId::Task => &[
            "result",
            "done",
            "exception",
            "cancel",
            "cancelled",
            "get_name",
            "set_name",
            "cancelling",
            "uncancel",
            "add_done_callback",
            "remove_done_callback",
            "set_result",
            "set_exception",
            "get_loop",
        ],
        _ => &[],
    };
    names.contains(&name) || (cls.is_exception() && matches!(name, "with_traceback" | "add_note"))
}

/// Class-level methods of built-in types (`str.maketrans`, `int.from_bytes`):
/// `Class.name` binds the class, not an instance.
pub fn is_class_method(cls: ClassId, name: &str) -> bool {
    matches!(
        (cls, name),
        (
            ClassId::Str | ClassId::Bytes | ClassId::ByteArray,
            "maketrans"
        ) | (
            ClassId::Bytes | ClassId::ByteArray | ClassId::Float,
            "fromhex"
        ) | (ClassId::Int | ClassId::Bool, "from_bytes")
    )
}

impl Interp {
    /// `obj.name`: user classes and their instances first, then the
    /// built-in attributes. An `AttributeError` leaving the lookup records
    /// `name` and `obj` (once, as CPython's `PyObject_GetAttr` does) for
    /// the traceback's suggestion.
    pub fn get_attr(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        let r = self.get_attr_inner(obj, name);
        if let Err(crate::interp::Raise::Exc(e)) = &r {
            let e = *e;
            if let Some(Object::Exception(x)) = self.heap.obj(e) {
                if x.class.is_subclass(ClassId::AttributeError)
                    && !x.slots.iter().any(|(k, _)| k == "name" || k == "obj")
                {
                    let n = self.heap.str(name);
                    self.set_exception_slot(e, "name", n);
                    self.set_exception_slot(e, "obj", obj);
                }
            }
        }
        r
    }

    fn get_attr_inner(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Object::Instance(_) | Object::Exception(_) => {
                    if let Some(v) = self.instance_getattr(obj, name)? {
                        return Ok(v);
                    }
                }
                Object::UserClass(_) => return self.class_getattr(r, name),
                Object::Super { cls, obj: o } => {
                    let (c, o) = (*cls, *o);
                    return self.super_getattr(c, o, name);
                }
                Object::BoundMethod { func, recv } => {
                    let (f, rv) = (*func, *recv);
                    return match name {
                        "__self__" => Ok(rv),
                        "__func__" => Ok(f),
                        _ => self.get_attr(f, name),
                    };
                }
                Object::Property(p) => {
                    let v = match name {
                        "fget" => Some(p.fget),
                        "fset" => Some(p.fset),
                        "fdel" => Some(p.fdel),
                        "__doc__" => Some(p.doc),
                        _ => None,
                    };
                    if let Some(v) = v {
                        return Ok(v);
                    }
                    if matches!(name, "setter" | "getter" | "deleter") {
                        return Ok(Value::Obj(self.heap.alloc(Object::Method {
                            recv: obj,
                            owner: ClassId::Property,
                            name: name.to_string(),
                        })));
                    }
                }
                Object::StaticMethod(f) | Object::ClassMethod(f) if name == "__func__" => {
                    return Ok(*f);
                }
                Object::Class(c)
                    if (crate::protocol::is_object_method(name)
                        || (name.starts_with("__")
                            && name != "__class_getitem__"
                            && crate::subclass::builtin_defines(*c, name)))
                        && !has_method(*c, name) =>
                {
                    let c = *c;
                    return Ok(Value::Obj(self.heap.alloc(Object::Method {
                        recv: Value::Unbound,
                        owner: c,
                        name: name.to_string(),
                    })));
                }
                // An instance of a user subclass of a built-in type.
                _ if self.heap.header(r).is_some() => {
                    if let Some(v) = self.instance_getattr(obj, name)? {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        self.builtin_get_attr(obj, name)
    }

    /// `obj.name` for built-in values.
    pub fn builtin_get_attr(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Object::Module(crate::object::ModuleKind::Std(m)) => {
                    let m = *m;
                    return match self.std_module_attr(m, name)? {
                        Some(v) => Ok(v),
                        None => Err(self.err(
                            ClassId::AttributeError,
                            format!("module '{}' has no attribute '{name}'", m.name()),
                        )),
                    };
                }
                Object::ModFn(f) if name == "__name__" || name == "__qualname__" => {
                    let n = f.name();
                    return Ok(self.heap.str(n));
                }
                Object::ModFn(f) => {
                    let f = *f;
                    if let Some(v) = self.mod_fn_attr(f, name) {
                        return Ok(v);
                    }
                }
                Object::Native(_) => {
                    if let Some(v) = self.native_attr(r, name)? {
                        return Ok(v);
                    }
                }
                Object::Dict(d) if d.flavor.is_some() => {
                    if let Some(v) = self.flavored_dict_attr(r, name) {
                        return Ok(v);
                    }
                }
                Object::Asyncio(_) => {
                    if let Some(v) = self.asyncio_obj_attr(r, name)? {
                        return Ok(v);
                    }
                }
                Object::Module(_) => {
                    return match self.asyncio_attr(name) {
                        Some(v) => Ok(v),
                        None => match self.asyncio_py_attr(name)? {
                            Some(v) => Ok(v),
                            None => Err(self.err(
                                ClassId::AttributeError,
                                format!("module 'asyncio' has no attribute '{name}'"),
                            )),
                        },
                    };
                }
                Object::Exception(e) => {
                    let dict = e.dict;
                    let v = match name {
                        "args" => {
                            let a = e.args.clone();
                            Some(self.heap.tuple(a))
                        }
                        "exceptions" | "message"
                            if e.class.is_subclass(ClassId::BaseExceptionGroup)
                                && e.args.len() == 2 =>
                        {
                            let (m, l) = (e.args[0], e.args[1]);
                            if name == "message" {
                                Some(m)
                            } else {
                                let items = match self.heap.obj(l) {
                                    Some(Object::List(v) | Object::Tuple(v)) => v.clone(),
                                    _ => Vec::new(),
                                };
                                Some(self.heap.tuple(items))
                            }
                        }
                        "__cause__" => Some(e.cause),
                        "__context__" => Some(e.context),
                        "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
                        "__traceback__" => Some(Value::None),
                        "__class__" => Some(Value::Obj(e.class.obj())),
                        _ if e.class.module().is_some() => {
                            let (cls, args) = (e.class, e.args.clone());
                            self.std_exception_attr(cls, &args, name)
                        }
                        _ => None,
                    };
                    if let Some(v) = v {
                        return Ok(v);
                    }
                    if let Some(v) = self.exception_field(r, name) {
                        return Ok(v);
                    }
                    if let Some(v) = dict.and_then(|d| self.dict_get_str(d, name)) {
                        return Ok(v);
                    }
                    if name == "__dict__" {
                        return Ok(Value::Obj(self.exception_dict(r)));
                    }
                    // Methods usable as stored attributes (`f = eg.split`).
                    let group = matches!(name, "split" | "subgroup" | "derive")
                        && self.group_members(obj).is_some();
                    if group || matches!(name, "with_traceback" | "add_note") {
                        let owner = self.heap.class_of(obj);
                        return Ok(Value::Obj(self.heap.alloc(Object::Method {
                            recv: obj,
                            owner,
                            name: name.to_string(),
                        })));
                    }
                }
                Object::Class(c) => {
                    let c = *c;
                    if let Some(v) = self.class_introspect_attr(r, name) {
                        return Ok(v);
                    }
                    match name {
                        "__name__" | "__qualname__" => return Ok(self.heap.str(c.name())),
                        "__module__" => return Ok(self.heap.str(c.module().unwrap_or("builtins"))),
                        "__base__" => return Ok(Value::Obj(c.base().obj())),
                        _ if has_method(c, name) => {
                            return Ok(Value::Obj(self.heap.alloc(Object::Method {
                                recv: if name == "fromkeys" || is_class_method(c, name) {
                                    obj
                                } else {
                                    Value::Unbound
                                },
                                owner: c,
                                name: name.to_string(),
                            })))
                        }
                        _ => {
                            return Err(self.err(
                                ClassId::AttributeError,
                                format!("type object '{}' has no attribute '{name}'", c.name()),
                            ))
                        }
                    }
                }
                Object::Function(f) => {
                    let dict = f.dict;
                    if let Some(v) = dict.and_then(|d| self.dict_get_str(d, name)) {
                        return Ok(v);
                    }
                    let func = self.module.function(f.func);
                    match name {
                        "__name__" => return Ok(self.heap.str(func.name.clone())),
                        "__qualname__" => return Ok(self.heap.str(func.qualname.clone())),
                        "__module__" => return Ok(self.heap.str("__main__")),
                        "__dict__" => {
                            let d = self.function_dict(r);
                            return Ok(Value::Obj(d));
                        }
                        _ => {}
                    }
                    if let Some(v) = self.function_introspect_attr(r, name) {
                        return Ok(v);
                    }
                }
                Object::Builtin(_) | Object::Method { .. } => {
                    if let Some(v) = self.builtin_callable_attr(r, name) {
                        return Ok(v);
                    }
                }
                Object::Capability(n) if name == "__name__" || name == "__qualname__" => {
                    let n = n.clone();
                    return Ok(self.heap.str(n));
                }
                Object::Coroutine(c) if name == "__name__" || name == "__qualname__" => {
                    let f = self.module.function(c.func);
                    let n = if name == "__name__" {
                        f.name.clone()
                    } else {
                        f.qualname.clone()
                    };
                    return Ok(self.heap.str(n));
                }
                Object::Range(rg) => {
                    let v = match name {
                        "start" => Some(rg.start),
                        "stop" => Some(rg.stop),
                        "step" => Some(rg.step),
                        _ => None,
                    };
                    if let Some(v) = v {
                        return Ok(Value::Int(v));
                    }
                }
                Object::Slice(a, b, c) => {
                    let v = match name {
                        "start" => Some(*a),
                        "stop" => Some(*b),
                        "step" => Some(*c),
                        _ => None,
                    };
                    if let Some(v) = v {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        match (obj, name) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => {
                return self.unary(pycps_ir::UnaryOp::Pos, obj)
            }
            (Value::Int(_) | Value::Bool(_), "imag") => return Ok(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => return Ok(Value::Int(1)),
            (Value::Float(_), "real") => return Ok(obj),
            (Value::Float(_), "imag") => return Ok(Value::Float(0.0)),
            (_, "__class__") => return Ok(Value::Obj(self.heap.class_of(obj).obj())),
            _ => {}
        }
        let cls = self.heap.class_of(obj);
        if has_method(cls, name) || self.has_native_method(obj, name) {
            return Ok(Value::Obj(self.heap.alloc(Object::Method {
                recv: obj,
                owner: cls,
                name: name.to_string(),
            })));
        }
        let t = self.heap.type_name(obj);
        Err(self.err(
            ClassId::AttributeError,
            format!("'{t}' object has no attribute '{name}'"),
        ))
    }

    /// Methods of the `collections` dict flavours and of namedtuple
    /// instances, which `has_method` cannot see from the layout class
    /// (`f = counter.most_common`, `p._replace`).
    fn has_native_method(&self, obj: Value, name: &str) -> bool {
        match self.heap.obj(obj) {
            Some(Object::Dict(d)) => match crate::modules::collections::flavor_class(d) {
                Some(ClassId::Counter) => {
                    matches!(name, "most_common" | "elements" | "subtract" | "total")
                }
                Some(ClassId::OrderedDict) => name == "move_to_end",
                _ => false,
            },
            Some(Object::Native(_)) if self.namedtuple_values(obj).is_some() => {
                matches!(name, "_asdict" | "_replace" | "_make" | "count" | "index")
            }
            _ => false,
        }
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: Value, name: &str, value: Value) -> PyResult<()> {
        if self.instance_setattr(obj, name, value)? {
            return Ok(());
        }
        if let Value::Obj(r) = obj {
            if matches!(self.heap.get(r), Object::Function(_)) {
                if self.function_introspect_set(r, name, value)? {
                    return Ok(());
                }
                let d = self.function_dict(r);
                return self.dict_set_str(d, name, value);
            }
        }
        if let Value::Obj(r) = obj {
            if let Object::UserClass(c) = self.heap.get(r) {
                let d = c.dict;
                return self.dict_set_str(d, name, value);
            }
        }
        if let Value::Obj(r) = obj {
            if let Object::Exception(e) = self.heap.get_mut(r) {
                match name {
                    "__cause__" => {
                        e.cause = value;
                        e.suppress_context = true;
                        return Ok(());
                    }
                    "__context__" => {
                        e.context = value;
                        return Ok(());
                    }
                    "__suppress_context__" => {
                        e.suppress_context = matches!(value, Value::Bool(true));
                        return Ok(());
                    }
                    _ => {}
                }
                if Self::is_exception_field(e.class, name) {
                    self.set_exception_slot(obj, name, value);
                    return Ok(());
                }
                let d = self.exception_dict(r);
                return self.dict_set_str(d, name, value);
            }
        }
        if let Value::Obj(r) = obj {
            if matches!(self.heap.get(r), Object::Native(_)) {
                self.native_set_attr(r, name)?;
            }
            if crate::modules::sys::is_sys_module(self, r) {
                crate::modules::sys::set_attr(self, name, value);
                return Ok(());
            }
        }
        let t = self.heap.type_name(obj);
        if has_method(self.heap.class_of(obj), name) {
            return Err(self.err(
                ClassId::AttributeError,
                format!("'{t}' object attribute '{name}' is read-only"),
            ));
        }
        Err(self.err(
            ClassId::AttributeError,
            format!("'{t}' object has no attribute '{name}'"),
        ))
    }

    /// The `__dict__` of function object `r`, created on first use.
    fn function_dict(&mut self, r: crate::value::ObjRef) -> crate::value::ObjRef {
        if let Object::Function(f) = self.heap.get(r) {
            if let Some(d) = f.dict {
                return d;
            }
        }
        let d = match self.new_dict() {
            Value::Obj(d) => d,
            _ => return r,
        };
        if let Object::Function(f) = self.heap.get_mut(r) {
            f.dict = Some(d);
        }
        d
    }

    /// f-string field / `format()`: `format(conv(v), spec)` as a str value.
    pub fn format_value(
        &mut self,
        v: Value,
        conversion: Option<Conversion>,
        spec: Option<Value>,
    ) -> PyResult<Value> {
        let v = match conversion {
            None => v,
            Some(Conversion::Str) => {
                let s = self.to_str(v)?;
                self.heap.str(s)
            }
            Some(Conversion::Repr) => {
                let s = self.repr(v)?;
                self.heap.str(s)
            }
            Some(Conversion::Ascii) => {
                let s = self.repr(v)?;
                self.heap.str(crate::text::ascii_escape(&s))
            }
        };
        let spec = match spec {
            Some(s) => self.heap.as_str(s).unwrap_or("").to_string(),
            None => String::new(),
        };
        if self.is_user_obj(v) {
            if self.user_special(v, "__format__").is_some() {
                let sp = self.heap.str(spec.as_str());
                let r = self
                    .call_special(v, "__format__", &[sp])?
                    .unwrap_or(Value::None);
                if self.heap.as_str(r).is_none() {
                    let t = self.heap.type_name(r);
                    return Err(self.type_error(format!("__format__ must return a str, not {t}")));
                }
                return Ok(r);
            }
            if !spec.is_empty() && self.heap.header_of(v).is_none() {
                let t = self.heap.type_name(v);
                return Err(self.type_error(format!(
                    "unsupported format string passed to {t}.__format__"
                )));
            }
        }
        if spec.is_empty() {
            if let Some(Object::Str(_)) = self.heap.obj(v) {
                if self.heap.header_of(v).is_none() {
                    return Ok(v);
                }
            }
            let s = self.to_str(v)?;
            return Ok(self.heap.str(s));
        }
        let s = self.format_spec(v, &spec)?;
        Ok(self.heap.str(s))
    }

    /// `format(v, spec)` for a non-empty spec, via the text helpers.
    pub fn format_spec(&mut self, v: Value, spec: &str) -> PyResult<String> {
        let cls = self.heap.class_of(v);
        let type_name = cls.name();
        let parsed = match crate::text::parse_format_spec(spec, type_name) {
            Ok(p) => p,
            Err(e) => return Err(self.text_error(e)),
        };
        let r = match cls {
            ClassId::Int | ClassId::Bool => {
                let n = match v {
                    Value::Int(i) => num_bigint::BigInt::from(i),
                    Value::Bool(b) => num_bigint::BigInt::from(b as i64),
                    _ => match self.heap.obj(v) {
                        Some(Object::BigInt(b)) => b.clone(),
                        _ => num_bigint::BigInt::from(0),
                    },
                };
                crate::text::format_int_typed(&n, &parsed, type_name)
            }
            ClassId::Float => {
                let f = self.to_f64(v)?.unwrap_or(0.0);
                crate::text::format_float(f, &parsed)
            }
            ClassId::Str => {
                let s = self.heap.as_str(v).unwrap_or("").to_string();
                crate::text::format_str(&s, &parsed)
            }
            _ => {
                return Err(self.type_error(format!(
                    "unsupported format string passed to {type_name}.__format__"
                )))
            }
        };
        match r {
            Ok(s) => Ok(s),
            Err(e) => Err(self.text_error(e)),
        }
    }
}
