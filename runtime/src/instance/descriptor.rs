//! User-defined descriptors: instances of user classes whose type defines
//! `__get__`, `__set__` or `__delete__`, found as class attributes, and
//! `__set_name__`, called when the owning class is created.
//!
//! Only class attributes that are user instances are ever inspected, so
//! plain attribute access (instance dict values, functions, properties)
//! pays nothing for this protocol. A descriptor is a *data* descriptor
//! when its type defines `__set__` or `__delete__`: it wins over the
//! instance dict; a non-data descriptor (`__get__` only) is shadowed by
//! it. A data descriptor lacking `__set__` (or `__delete__`) fails an
//! assignment (a deletion) with CPython's `AttributeError: __set__`.
//!
//! The methods run through [`Interp::call_sync`]; `__set_name__` runs
//! nested (`Interp::nested`): the class object it receives must not be
//! allocated afresh by a replay.

use crate::classes::ClassId;
use crate::interp::{Interp, PyResult, Raise};
use crate::object::Object;
use crate::value::{ObjRef, Value};

/// The descriptor methods of a user class instance (see module docs).
#[derive(Clone, Copy, Debug)]
pub(crate) struct UserDescriptor {
    /// The descriptor object itself.
    pub desc: Value,
    /// Its (user) class.
    pub cls: ObjRef,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub delete: Option<Value>,
}

impl UserDescriptor {
    /// Defines `__set__` or `__delete__`.
    pub fn is_data(&self) -> bool {
        self.set.is_some() || self.delete.is_some()
    }
}

impl Interp {
    /// The descriptor methods of `attr` when it is an instance of a user
    /// class defining any of `__get__`, `__set__`, `__delete__`.
    #[inline]
    pub(crate) fn user_descriptor(&self, attr: Value) -> Option<UserDescriptor> {
        let Value::Obj(r) = attr else { return None };
        let cls = match self.heap.get(r) {
            Object::Instance(i) => i.class,
            Object::Exception(e) => e.user_class?,
            _ => return None,
        };
        let get = self.class_lookup(cls, "__get__");
        let set = self.class_lookup(cls, "__set__");
        let delete = self.class_lookup(cls, "__delete__");
        if get.is_none() && set.is_none() && delete.is_none() {
            return None;
        }
        Some(UserDescriptor {
            desc: attr,
            cls,
            get,
            set,
            delete,
        })
    }

    /// Calls the descriptor method `f` of `d` with `args`.
    fn descriptor_call(&mut self, d: &UserDescriptor, f: Value, args: &[Value]) -> PyResult<Value> {
        let bound = self.bind_attr(f, d.desc, d.cls)?;
        self.call_sync(bound, args)
    }

    /// `d.__get__(obj, owner)` (`obj` is `None` for access on the class);
    /// the descriptor itself when it has no `__get__`.
    pub(crate) fn descriptor_get(
        &mut self,
        d: &UserDescriptor,
        obj: Value,
        owner: ObjRef,
    ) -> PyResult<Value> {
        match d.get {
            Some(f) => self.descriptor_call(d, f, &[obj, Value::Obj(owner)]),
            None => Ok(d.desc),
        }
    }

    /// `d.__set__(obj, v)`, for a data descriptor.
    pub(crate) fn descriptor_set(
        &mut self,
        d: &UserDescriptor,
        obj: Value,
        v: Value,
    ) -> PyResult<()> {
        let Some(f) = d.set else {
            return Err(self.err(ClassId::AttributeError, "__set__"));
        };
        self.descriptor_call(d, f, &[obj, v]).map(|_| ())
    }

    /// `d.__delete__(obj)`, for a data descriptor.
    pub(crate) fn descriptor_delete(&mut self, d: &UserDescriptor, obj: Value) -> PyResult<()> {
        let Some(f) = d.delete else {
            return Err(self.err(ClassId::AttributeError, "__delete__"));
        };
        self.descriptor_call(d, f, &[obj]).map(|_| ())
    }

    /// Calls `value.__set_name__(cls, name)` for each entry of the new
    /// class's namespace `ns` whose type defines it, in definition order
    /// (over a copy of the namespace, as `type.__new__` does). A failure
    /// becomes CPython 3.11's `RuntimeError` caused by it.
    pub(crate) fn set_names(&mut self, cls: ObjRef, ns: ObjRef) -> PyResult<()> {
        let entries: Vec<(Value, Value)> = match self.heap.get(ns) {
            Object::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => return Ok(()),
        };
        for (k, v) in entries {
            let Some(f) = self.user_special(v, "__set_name__") else {
                continue;
            };
            let vcls = self.heap.type_of(v);
            let r = self.nested(|it| {
                let bound = it.bind_attr(f, v, vcls)?;
                it.call_sync(bound, &[Value::Obj(cls), k])
            });
            match r {
                Ok(_) => {}
                Err(Raise::Exc(e)) => {
                    let t = self.heap.class_name(vcls);
                    let name = self.heap.as_str(k).unwrap_or("").to_string();
                    let owner = self.heap.class_name(cls);
                    let msg = format!(
                        "Error calling __set_name__ on '{t}' instance '{name}' in '{owner}'"
                    );
                    let m = self.heap.str(msg);
                    let w = self.new_exception(ClassId::RuntimeError, vec![m]);
                    if let Value::Obj(wr) = w {
                        if let Object::Exception(x) = self.heap.get_mut(wr) {
                            x.cause = e;
                            x.context = e;
                            x.suppress_context = true;
                        }
                    }
                    return Err(Raise::Exc(w));
                }
                Err(other) => return Err(other),
            }
        }
        Ok(())
    }
}
