//! Methods of built-in types: `str`, `list`, `dict`, `set`, `tuple`,
//! `int`, `float`, `bytes`, futures and exceptions; module functions
//! called as methods (`asyncio.gather(...)`).

use super::{ApplyThen, DrainTarget};
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::{Object, ViewKind};
use crate::value::Value;
use pycps_ir::Module;

impl Interp {
    /// `recv.name(*args, **kwargs)`.
    pub fn call_method(
        &mut self,
        module: &Module,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let out = self.call_method_inner(module, recv, name, args, kwargs, in_async);
        self.note_missing_attr(&out, recv, name);
        out
    }

    fn call_method_inner(
        &mut self,
        module: &Module,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        if let Some(out) = self.call_method_user(recv, name, args, kwargs, in_async)? {
            return Ok(out);
        }
        self.call_method_builtin(module, recv, name, args, kwargs, in_async)
    }

    /// `recv.name(*args)` by the built-in type of `recv` (the methods of a
    /// user subclass's built-in base, `list.append(self, x)`).
    pub fn call_method_builtin(
        &mut self,
        module: &Module,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let cls = match recv {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Native(_) => {
                    return self.native_method(module, r, name, args, kwargs, in_async);
                }
                Object::Coroutine(_) if name == "close" => {
                    return self.coroutine_close(r).map(CallOut::Value);
                }
                Object::Module(_)
                | Object::ModFn(_)
                | Object::Exception(_)
                | Object::Function(_)
                | Object::Coroutine(_) => {
                    if let Object::Exception(_) = self.heap.get(r) {
                        match name {
                            "with_traceback" => return Ok(CallOut::Value(recv)),
                            "add_note" => return Ok(CallOut::Value(Value::None)),
                            "split" | "subgroup" | "derive"
                                if self.group_members(recv).is_some() =>
                            {
                                return self
                                    .exception_group_method(recv, name, args)
                                    .map(CallOut::Value);
                            }
                            _ => {}
                        }
                    }
                    let f = self.get_attr(recv, name)?;
                    return self.call_value(module, f, args, kwargs, in_async);
                }
                Object::Class(c) => {
                    let c = *c;
                    if c != ClassId::Dict && c.is_subclass(ClassId::Dict) && name == "fromkeys" {
                        let d = self.dict_class_fromkeys(c, args)?;
                        return Ok(CallOut::Value(d));
                    }
                    if c == ClassId::Dict && name == "fromkeys" {
                        self.arity("fromkeys", args, 1, 2)?;
                        let keys = self.iterate(args[0])?;
                        let v = args.get(1).copied().unwrap_or(Value::None);
                        let d = self.new_dict();
                        for k in keys {
                            self.dict_set(d, k, v)?;
                        }
                        return Ok(CallOut::Value(d));
                    }
                    if let Some(v) = self.builtin_class_method(c, name, args, kwargs)? {
                        return Ok(CallOut::Value(v));
                    }
                    let f = self.get_attr(recv, name)?;
                    return self.call_value(module, f, args, kwargs, in_async);
                }
                Object::Future(_) => {
                    return self
                        .future_method(r, name, args, kwargs)
                        .map(CallOut::Value);
                }
                Object::Asyncio(_) => {
                    return self.asyncio_obj_method(module, r, name, args, kwargs);
                }
                o => o.class(),
            },
            _ => self.heap.class_of(recv),
        };
        if matches!(
            (cls, name),
            (ClassId::Str, "join")
                | (ClassId::List, "extend")
                | (ClassId::Dict, "update")
                | (
                    ClassId::Set | ClassId::FrozenSet,
                    "update"
                        | "union"
                        | "intersection"
                        | "difference"
                        | "issubset"
                        | "issuperset"
                        | "isdisjoint"
                        | "symmetric_difference"
                        | "intersection_update"
                        | "difference_update"
                        | "symmetric_difference_update"
                )
        ) {
            if let Some(out) = self.drain_generator_args(
                DrainTarget::Method(recv, name.to_string()),
                args,
                kwargs,
                in_async,
            ) {
                return out;
            }
        }
        if cls == ClassId::Dict {
            if let Some(v) =
                self.flavored_dict_method(module, recv, name, args, kwargs, in_async)?
            {
                return Ok(v);
            }
        }
        let v = match cls {
            ClassId::Str => self.str_method(recv, name, args, kwargs)?,
            ClassId::List => {
                if name == "sort" {
                    return self.list_sort(recv, args, kwargs, in_async);
                }
                self.list_method(recv, name, args, kwargs)?
            }
            ClassId::Tuple => self.seq_common(recv, name, args)?,
            ClassId::DictKeys | ClassId::DictItems if name == "isdisjoint" => {
                self.arity(name, args, 1, 1)?;
                Value::Bool(self.view_isdisjoint(recv, args[0])?)
            }
            ClassId::Range if matches!(name, "index" | "count") => {
                self.range_method(recv, name, args)?
            }
            ClassId::Dict => self.dict_method(recv, name, args, kwargs)?,
            ClassId::Set | ClassId::FrozenSet => self.set_method(recv, name, args)?,
            ClassId::Int | ClassId::Bool => self.int_method(recv, name, args, kwargs)?,
            ClassId::Float => self.float_method(recv, name, args, kwargs)?,
            ClassId::Bytes | ClassId::ByteArray => self.bytes_method(recv, name, args, kwargs)?,
            _ => {
                let f = self.get_attr(recv, name)?;
                return self.call_value(module, f, args, kwargs, in_async);
            }
        };
        Ok(CallOut::Value(v))
    }

    fn no_attr(&mut self, recv: Value, name: &str) -> crate::interp::Raise {
        let t = self.heap.type_name(recv);
        self.err(
            ClassId::AttributeError,
            format!("'{t}' object has no attribute '{name}'"),
        )
    }

    fn list_sort(
        &mut self,
        recv: Value,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        if !args.is_empty() {
            return Err(self.type_error("sort() takes no positional arguments"));
        }
        self.only_kwargs("sort", kwargs, &["key", "reverse"])?;
        let reverse = match Self::kwarg(kwargs, "reverse") {
            Some(r) => self.truthy(r)?,
            None => false,
        };
        let items = self.iterate(recv)?;
        let Value::Obj(l) = recv else {
            return Ok(CallOut::Value(Value::None));
        };
        match Self::kwarg(kwargs, "key") {
            Some(k) if !matches!(k, Value::None) => self.start_apply(
                k,
                items,
                ApplyThen::Sort {
                    reverse,
                    into: Some(l),
                },
                in_async,
            ),
            _ => {
                let keys = items.clone();
                let sorted = self.sort_by_keys(items, keys, reverse)?;
                if let Object::List(v) = self.heap.get_mut(l) {
                    *v = sorted;
                }
                Ok(CallOut::Value(Value::None))
            }
        }
    }

    /// `range.index` / `range.count`: arithmetic for ints, a search by
    /// `==` for anything else (as CPython).
    fn range_method(&mut self, recv: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        self.arity(name, args, 1, 1)?;
        let x = args[0];
        if matches!(self.heap.class_of(x), ClassId::Int | ClassId::Bool) {
            let found = self.contains(recv, x)?;
            if name == "count" {
                return Ok(Value::Int(found as i64));
            }
            if !found {
                let r = self.repr(x)?;
                return Err(self.value_error(format!("{r} is not in range")));
            }
            let start = self.get_attr(recv, "start")?;
            let step = self.get_attr(recv, "step")?;
            let off = self.binary(pycps_ir::BinaryOp::Sub, x, start, false)?;
            return self.binary(pycps_ir::BinaryOp::FloorDiv, off, step, false);
        }
        let items = self.iterate(recv)?;
        let mut n = 0;
        for (i, v) in items.into_iter().enumerate() {
            if self.py_eq(v, x)? {
                if name == "index" {
                    return Ok(Value::Int(i as i64));
                }
                n += 1;
            }
        }
        if name == "index" {
            return Err(self.value_error("sequence.index(x): x not in sequence"));
        }
        Ok(Value::Int(n))
    }

    /// `index`/`count` shared by lists and tuples.
    fn seq_common(&mut self, recv: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let items = self.iterate(recv)?;
        match name {
            "count" => {
                self.arity("count", args, 1, 1)?;
                let mut n = 0;
                for i in items {
                    if i.is(args[0]) || self.py_eq(i, args[0])? {
                        n += 1;
                    }
                }
                Ok(Value::Int(n))
            }
            "index" => {
                self.arity("index", args, 1, 3)?;
                let n = items.len() as i64;
                let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
                let start = match args.get(1) {
                    Some(&s) => norm(self.expect_int(s, "start")?),
                    None => 0,
                };
                let end = match args.get(2) {
                    Some(&e) => norm(self.expect_int(e, "end")?),
                    None => n,
                };
                for i in start..end {
                    let x = items[i as usize];
                    if x.is(args[0]) || self.py_eq(x, args[0])? {
                        return Ok(Value::Int(i));
                    }
                }
                // CPython 3.11: `42 is not in list`, `tuple.index(x): x not in tuple`.
                if self.heap.class_of(recv) == ClassId::List {
                    let r = self.repr(args[0])?;
                    Err(self.value_error(format!("{r} is not in list")))
                } else {
                    Err(self.value_error("tuple.index(x): x not in tuple"))
                }
            }
            _ => Err(self.no_attr(recv, name)),
        }
    }

    fn list_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        self.no_kwargs(name, kwargs)?;
        let Value::Obj(l) = recv else {
            return Err(self.no_attr(recv, name));
        };
        let len = match self.heap.get(l) {
            Object::List(v) => v.len(),
            _ => 0,
        };
        macro_rules! list {
            () => {
                match self.heap.get_mut(l) {
                    Object::List(v) => v,
                    _ => unreachable!("checked list"),
                }
            };
        }
        Ok(match name {
            "append" => {
                self.arity("list.append", args, 1, 1)?;
                self.heap.account(16);
                list!().push(args[0]);
                Value::None
            }
            "extend" => {
                self.arity("list.extend", args, 1, 1)?;
                let items = self.iterate(args[0])?;
                self.list_extend_values(recv, items)?;
                Value::None
            }
            "pop" => {
                self.arity("pop", args, 0, 1)?;
                if len == 0 {
                    return Err(self.err(ClassId::IndexError, "pop from empty list"));
                }
                let i = match args.first() {
                    Some(&i) => self.expect_int(i, "index")?,
                    None => -1,
                };
                let idx = if i < 0 { i + len as i64 } else { i };
                if idx < 0 || idx >= len as i64 {
                    return Err(self.err(ClassId::IndexError, "pop index out of range"));
                }
                list!().remove(idx as usize)
            }
            "insert" => {
                self.arity("insert", args, 2, 2)?;
                let i = self.expect_int(args[0], "index")?;
                let n = len as i64;
                let idx = if i < 0 { (i + n).max(0) } else { i.min(n) };
                self.heap.account(16);
                list!().insert(idx as usize, args[1]);
                Value::None
            }
            "index" | "count" => return self.seq_common(recv, name, args),
            "remove" => {
                self.arity("list.remove", args, 1, 1)?;
                let items = self.iterate(recv)?;
                let mut pos = None;
                for (p, &i) in items.iter().enumerate() {
                    if i.is(args[0]) || self.py_eq(i, args[0])? {
                        pos = Some(p);
                        break;
                    }
                }
                match pos {
                    Some(p) => {
                        list!().remove(p);
                        Value::None
                    }
                    None => return Err(self.value_error("list.remove(x): x not in list")),
                }
            }
            "reverse" => {
                list!().reverse();
                Value::None
            }
            "copy" => {
                let items = self.iterate(recv)?;
                self.heap.list(items)
            }
            "clear" => {
                list!().clear();
                Value::None
            }
            _ => return Err(self.no_attr(recv, name)),
        })
    }

    fn dict_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let Value::Obj(d) = recv else {
            return Err(self.no_attr(recv, name));
        };
        if name != "update" {
            self.no_kwargs(name, kwargs)?;
        }
        Ok(match name {
            "get" => {
                self.arity("get", args, 1, 2)?;
                self.dict_get(d, args[0])?
                    .unwrap_or(args.get(1).copied().unwrap_or(Value::None))
            }
            "keys" | "values" | "items" => {
                self.arity(name, args, 0, 0)?;
                let kind = match name {
                    "keys" => ViewKind::Keys,
                    "values" => ViewKind::Values,
                    _ => ViewKind::Items,
                };
                Value::Obj(self.heap.alloc(Object::DictView(d, kind)))
            }
            "pop" => {
                self.arity("pop", args, 1, 2)?;
                match self.dict_remove(d, args[0])? {
                    Some(v) => v,
                    None => match args.get(1) {
                        Some(&v) => v,
                        None => return Err(self.key_error(args[0])),
                    },
                }
            }
            "popitem" => {
                let e = match self.heap.get_mut(d) {
                    Object::Dict(dict) => dict.pop_last(),
                    _ => None,
                };
                match e {
                    Some(e) => self.heap.tuple(vec![e.key, e.value]),
                    None => {
                        return Err(self.err(ClassId::KeyError, "popitem(): dictionary is empty"))
                    }
                }
            }
            "setdefault" => {
                self.arity("setdefault", args, 1, 2)?;
                match self.dict_get(d, args[0])? {
                    Some(v) => v,
                    None => {
                        let v = args.get(1).copied().unwrap_or(Value::None);
                        self.dict_set(recv, args[0], v)?;
                        v
                    }
                }
            }
            "update" => {
                self.arity("update", args, 0, 1)?;
                if let Some(&src) = args.first() {
                    self.dict_update_from(recv, src)?;
                }
                for &(k, v) in kwargs {
                    let k = self.heap.str(k);
                    self.dict_set(recv, k, v)?;
                }
                Value::None
            }
            "copy" => self.dict_copy(recv)?,
            "clear" => {
                if let Object::Dict(dict) = self.heap.get_mut(d) {
                    dict.clear();
                }
                Value::None
            }
            _ => return Err(self.no_attr(recv, name)),
        })
    }

    fn set_method(&mut self, recv: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        match self.set_method_call(recv, name, args)? {
            Some(v) => Ok(v),
            None => Err(self.no_attr(recv, name)),
        }
    }
}
