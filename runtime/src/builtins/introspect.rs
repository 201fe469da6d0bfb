//! Introspection attributes of classes and callables: `__mro__`,
//! `__bases__` and `mro()` of built-in classes, `C.mro()` of any class,
//! `__defaults__`/`__kwdefaults__`/`__doc__` of functions, and the
//! `__name__`/`__qualname__`/`__self__`/`__objclass__` of built-in
//! functions and methods (`len`, `str.upper`, `"a".upper`).

use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};

impl Interp {
    /// `__bases__` of any class object.
    pub fn class_bases(&self, cls: ObjRef) -> Vec<ObjRef> {
        match self.heap.get(cls) {
            Object::UserClass(c) => c.bases.clone(),
            Object::Class(ClassId::Object) => Vec::new(),
            Object::Class(ClassId::ExceptionGroup) => {
                vec![ClassId::BaseExceptionGroup.obj(), ClassId::Exception.obj()]
            }
            Object::Class(c) => vec![c.base().obj()],
            _ => Vec::new(),
        }
    }

    /// Class-object attributes every class has (`__mro__`, `__bases__`,
    /// `mro`); `None`: not one of them.
    pub fn class_introspect_attr(&mut self, cls: ObjRef, name: &str) -> Option<Value> {
        match name {
            "__mro__" => {
                let m = self.mro_of(cls).into_iter().map(Value::Obj).collect();
                Some(self.heap.tuple(m))
            }
            "__bases__" => {
                let b = self.class_bases(cls).into_iter().map(Value::Obj).collect();
                Some(self.heap.tuple(b))
            }
            "mro" => Some(Value::Obj(self.heap.alloc(Object::Method {
                recv: Value::Obj(cls),
                owner: ClassId::Type,
                name: name.to_string(),
            }))),
            _ => None,
        }
    }

    /// Calls method `name` of `type` bound to class `cls` (`C.mro()`).
    pub fn call_type_method(&mut self, cls: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        match (name, cls) {
            ("mro", Value::Obj(c)) => {
                if !args.is_empty() {
                    return Err(self.type_error(format!(
                        "type.mro() takes no arguments ({} given)",
                        args.len()
                    )));
                }
                let m = self.mro_of(c).into_iter().map(Value::Obj).collect();
                Ok(self.heap.list(m))
            }
            _ => Err(self.err(
                ClassId::AttributeError,
                format!("type object 'type' has no attribute '{name}'"),
            )),
        }
    }

    /// Introspection attributes of Python function `r` (`__defaults__`,
    /// `__kwdefaults__`, `__doc__`); `None`: not one of them.
    pub fn function_introspect_attr(&mut self, r: ObjRef, name: &str) -> Option<Value> {
        let Object::Function(f) = self.heap.get(r) else {
            return None;
        };
        match name {
            "__defaults__" => {
                let d = f.defaults.clone();
                Some(if d.is_empty() {
                    Value::None
                } else {
                    self.heap.tuple(d)
                })
            }
            "__kwdefaults__" => {
                let kw = f.kwdefaults.clone();
                if kw.is_empty() {
                    return Some(Value::None);
                }
                let d = self.new_dict();
                let module = self.module.clone();
                for (n, v) in kw {
                    let k = self.heap.str(module.name(n));
                    // A fresh str-keyed dict: the store cannot fail.
                    let _ = self.dict_set(d, k, v);
                }
                Some(d)
            }
            "__doc__" => {
                let doc = self.module.function(f.func).doc.clone();
                Some(match doc {
                    Some(s) => self.heap.str(s),
                    None => Value::None,
                })
            }
            _ => None,
        }
    }

    /// `f.__defaults__ = value` (`false`: not an assignable field).
    pub fn function_introspect_set(
        &mut self,
        r: ObjRef,
        name: &str,
        value: Value,
    ) -> PyResult<bool> {
        if name != "__defaults__" {
            return Ok(false);
        }
        let items = match self.heap.obj(value) {
            None if matches!(value, Value::None) => Vec::new(),
            Some(Object::Tuple(t)) => t.clone(),
            _ => {
                return Err(self.type_error("__defaults__ must be set to a tuple object"));
            }
        };
        if let Object::Function(f) = self.heap.get_mut(r) {
            f.defaults = items;
        }
        Ok(true)
    }

    /// `__name__`, `__qualname__`, `__self__`, `__objclass__` and
    /// `__module__` of built-in functions and methods; `None`: not one.
    pub fn builtin_callable_attr(&mut self, r: ObjRef, name: &str) -> Option<Value> {
        match self.heap.get(r) {
            Object::Builtin(b) => {
                let n = b.name();
                match name {
                    "__name__" | "__qualname__" => Some(self.heap.str(n)),
                    "__module__" => Some(self.heap.str("builtins")),
                    _ => None,
                }
            }
            Object::Method {
                recv,
                owner,
                name: m,
            } => {
                let (recv, owner, m) = (*recv, *owner, m.clone());
                match name {
                    "__name__" => Some(self.heap.str(m)),
                    "__qualname__" => Some(self.heap.str(format!("{}.{m}", owner.name()))),
                    "__objclass__" if matches!(recv, Value::Unbound) => {
                        Some(Value::Obj(owner.obj()))
                    }
                    "__self__" if !matches!(recv, Value::Unbound) => Some(recv),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

impl Interp {
    /// The `__slots__` names of a new class (its own and its bases') and
    /// whether its instances lack a `__dict__` (every class of the MRO
    /// declares `__slots__`, none of them `__dict__`). `ns` is the new
    /// class's namespace, `mro` its MRO without itself.
    pub fn class_slots(&mut self, ns: ObjRef, mro: &[ObjRef]) -> PyResult<(Vec<String>, bool)> {
        let mut all = Vec::new();
        let mut no_dict = true;
        for &k in mro {
            match self.heap.get(k) {
                Object::UserClass(c) => {
                    for s in &c.slot_names {
                        if !all.contains(s) {
                            all.push(s.clone());
                        }
                    }
                    no_dict &= c.no_dict;
                }
                Object::Class(ClassId::Object) => {}
                // Built-in exception instances have a `__dict__`.
                _ => no_dict = false,
            }
        }
        let Some(decl) = self.dict_get_str(ns, "__slots__") else {
            return Ok((all, false));
        };
        let items = match self.heap.obj(decl) {
            Some(Object::Str(_)) => vec![decl],
            _ => self.iterate(decl)?,
        };
        for it in items {
            let Some(s) = self.heap.as_str(it).map(str::to_string) else {
                let t = self.heap.type_name(it);
                return Err(self.type_error(format!("__slots__ items must be strings, not '{t}'")));
            };
            let ident = s
                .chars()
                .next()
                .is_some_and(|c| c == '_' || c.is_alphabetic())
                && s.chars().all(|c| c == '_' || c.is_alphanumeric());
            if !ident {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            if s == "__dict__" {
                no_dict = false;
                continue;
            }
            if s == "__weakref__" {
                continue;
            }
            if self.dict_get_str(ns, &s).is_some() {
                return Err(
                    self.value_error(format!("'{s}' in __slots__ conflicts with class variable"))
                );
            }
            if !all.contains(&s) {
                all.push(s);
            }
        }
        Ok((all, no_dict))
    }
}
