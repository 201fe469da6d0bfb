//! User-defined classes and their instances: class creation (C3 MRO,
//! namespace, `__class__` cell), attribute lookup in CPython's order (data
//! descriptors on the type, then the instance dict, then non-data
//! descriptors and class attributes), bound methods, `property`,
//! `staticmethod`, `classmethod` and `super`. User descriptors and
//! `__set_name__` live in `descriptor.rs`; assignment and deletion in
//! `setattr.rs`.
//!
//! Representation: a class is `Object::UserClass(ClassObj)` whose namespace
//! is a separate `Dict` object (so `C.__dict__` aliases it); an instance is
//! `Object::Instance(InstanceObj)` with its own attribute dict object, or,
//! for subclasses of built-in exceptions, an `Object::Exception` whose
//! `user_class`/`dict` are set (so raising, matching and tracebacks keep
//! working on the built-in representation), or, for subclasses of
//! `list`/`dict`/`str`/`int`/..., the built-in object with a heap header
//! (see `crate::subclass`).
//!
//! Invariants: `mro[0]` is the class itself and the MRO ends with `object`;
//! `base` is the first built-in class of the MRO (`object`, an exception
//! class or a `crate::subclass::header_base`): the layout of the instances.
//! For a header base, [`Interp::class_lookup`] stops at a built-in class of
//! the MRO that defines the name (`None`: the built-in behaviour). Running Python code from here
//! (property getters, `__getattr__`) goes through [`Interp::call_sync`].

use crate::classes::ClassId;
use crate::dict::Dict;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::ops::hash::hash_str;
use crate::value::{ObjRef, Value};
use serde::{Deserialize, Serialize};

mod descriptor;
mod setattr;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ClassObj {
    pub name: String,
    pub qualname: String,
    /// Base class objects (built-in or user), as written.
    pub bases: Vec<ObjRef>,
    /// Method resolution order, starting with the class itself.
    pub mro: Vec<ObjRef>,
    /// The namespace: a `Dict` object.
    pub dict: ObjRef,
    /// Nearest built-in class in the MRO (the instance layout).
    pub base: ClassId,
    /// The `__slots__` names of the class and its bases: instances keep
    /// these in [`InstanceObj::slot_values`], not in their dict.
    #[serde(default)]
    pub slot_names: Vec<String>,
    /// `__slots__` throughout the MRO (and no `__dict__` slot): instances
    /// have no `__dict__` and hold only the slot attributes.
    #[serde(default)]
    pub no_dict: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct InstanceObj {
    pub class: ObjRef,
    /// Copied from the class (so `class_of` needs no second lookup).
    pub base: ClassId,
    /// The attribute dict: a `Dict` object (unused when the class has
    /// [`ClassObj::no_dict`]).
    pub dict: ObjRef,
    /// Values of the assigned `__slots__` attributes.
    #[serde(default)]
    pub slot_values: Vec<(String, Value)>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// Built-in classes a user class may derive from.
fn subclassable(c: ClassId) -> bool {
    c == ClassId::Object || c.is_exception() || crate::subclass::header_base(c)
}

impl Interp {
    /// Looks `name` up in the str-keyed dict object `d`.
    pub fn dict_get_str(&self, d: ObjRef, name: &str) -> Option<Value> {
        let heap = &self.heap;
        match heap.get(d) {
            Object::Dict(dict) => dict
                .find(hash_str(name), |k| heap.as_str(k) == Some(name))
                .and_then(|p| dict.entry(p))
                .map(|e| e.value),
            _ => None,
        }
    }

    /// `d[name] = v` for a str key.
    pub fn dict_set_str(&mut self, d: ObjRef, name: &str, v: Value) -> PyResult<()> {
        let k = self.heap.str(name);
        self.dict_set(Value::Obj(d), k, v)
    }

    /// The MRO of any class object.
    pub fn mro_of(&self, cls: ObjRef) -> Vec<ObjRef> {
        match self.heap.get(cls) {
            Object::UserClass(c) => c.mro.clone(),
            Object::Class(ClassId::ExceptionGroup) => [
                ClassId::ExceptionGroup,
                ClassId::BaseExceptionGroup,
                ClassId::Exception,
                ClassId::BaseException,
                ClassId::Object,
            ]
            .iter()
            .map(|c| c.obj())
            .collect(),
            Object::Class(c) => {
                let mut out = vec![c.obj()];
                let mut cur = *c;
                while cur.base() != cur {
                    cur = cur.base();
                    out.push(cur.obj());
                }
                if *c != ClassId::Object && cur != ClassId::Object {
                    out.push(ClassId::Object.obj());
                }
                out
            }
            _ => vec![cls],
        }
    }

    /// `cls` is a class object (built-in or user).
    pub fn is_class(&self, v: Value) -> bool {
        matches!(
            self.heap.obj(v),
            Some(Object::Class(_) | Object::UserClass(_))
        )
    }

    /// `issubclass(a, b)` for class objects.
    pub fn class_is_subclass(&self, a: ObjRef, b: ObjRef) -> bool {
        if a == b {
            return true;
        }
        match (self.heap.get(a), self.heap.get(b)) {
            (Object::Class(x), Object::Class(y)) => x.is_subclass(*y),
            (Object::UserClass(c), _) => c.mro.contains(&b),
            _ => false,
        }
    }

    /// `isinstance(v, cls)` for one class object.
    pub fn is_instance_of(&self, v: Value, cls: ObjRef) -> bool {
        let t = self.heap.type_of(v);
        if self.class_is_subclass(t, cls) {
            return true;
        }
        // `bool` is an `int` etc.: the built-in relation of the layout class.
        match self.heap.get(cls) {
            Object::Class(ClassId::Tuple) if self.namedtuple_values(v).is_some() => true,
            Object::Class(c) => self.heap.class_of(v).is_subclass(*c),
            _ => false,
        }
    }

    /// The items of a `collections.namedtuple` instance (a tuple to
    /// `isinstance`, `json` and unpacking).
    pub fn namedtuple_values(&self, v: Value) -> Option<&[Value]> {
        match self.heap.obj(v)? {
            Object::Native(n) => match &**n {
                crate::modules::NativeObj::NtInst { values, .. } => Some(values),
                _ => None,
            },
            _ => None,
        }
    }

    /// A namedtuple instance as a plain tuple (for the tuple operations
    /// that give plain tuples: `+`, `*`, slicing).
    pub fn namedtuple_as_tuple(&mut self, v: Value) -> Option<Value> {
        let values = self.namedtuple_values(v)?.to_vec();
        Some(self.heap.tuple(values))
    }

    /// C3 linearisation of a new class with `bases`.
    fn c3_mro(&mut self, me: ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|&b| self.mro_of(b)).collect();
        seqs.push(bases.to_vec());
        let mut out = vec![me];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let head = seqs
                .iter()
                .map(|s| s[0])
                .find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
            let Some(head) = head else {
                let mut names: Vec<String> = Vec::new();
                for &b in bases {
                    let n = self.heap.class_name(b);
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(head);
            for s in &mut seqs {
                if s.first() == Some(&head) {
                    s.remove(0);
                }
            }
        }
    }

    /// Creates a class from an evaluated class body (`BuildClass`).
    pub fn create_class(
        &mut self,
        name: &str,
        qualname: &str,
        bases: &[Value],
        ns: ObjRef,
    ) -> PyResult<Value> {
        if let Some(cls) = self.typing_special_class(name, bases, ns)? {
            return Ok(cls);
        }
        let mut base_refs = Vec::new();
        for &b in bases {
            match self.heap.obj(b) {
                Some(Object::Class(c)) => {
                    let c = *c;
                    if matches!(
                        c,
                        ClassId::Bool
                            | ClassId::Range
                            | ClassId::Slice
                            | ClassId::NoneType
                            | ClassId::Function
                            | ClassId::Generator
                            | ClassId::Coroutine
                    ) {
                        return Err(self.type_error(format!(
                            "type '{}' is not an acceptable base type",
                            c.name()
                        )));
                    }
                    if !subclassable(c) {
                        return Err(self.type_error(format!(
                            "pycps does not support subclassing the built-in type '{}' yet",
                            c.name()
                        )));
                    }
                    base_refs.push(c.obj());
                }
                Some(Object::UserClass(_)) => {
                    base_refs.push(b.as_obj().unwrap_or(ClassId::Object.obj()))
                }
                _ if self.heap.class_of(b) == ClassId::TypingAlias => {} // `Generic[T]`
                Some(Object::Native(n)) if matches!(**n, crate::modules::NativeObj::NtClass(_)) => {
                    return Err(self
                        .type_error("pycps does not support subclassing a namedtuple class yet"));
                }
                _ => return Err(self.type_error("bases must be types")),
            }
        }
        for (i, b) in base_refs.iter().enumerate() {
            if base_refs[..i].contains(b) {
                let n = self.heap.class_name(*b);
                return Err(self.type_error(format!("duplicate base class {n}")));
            }
        }
        if base_refs.is_empty() {
            base_refs.push(ClassId::Object.obj());
        }
        // Allocate first so the MRO can name the class itself.
        let me = self.heap.alloc(Object::Ellipsis);
        let mro = match self.c3_mro(me, &base_refs) {
            Ok(m) => m,
            Err(e) => {
                *self.heap.get_mut(me) = Object::Tuple(Vec::new());
                return Err(e);
            }
        };
        // Layout: the built-in classes of the MRO must form one chain.
        let builtins: Vec<ClassId> = mro
            .iter()
            .filter_map(|&c| match self.heap.get(c) {
                Object::Class(c) => Some(*c),
                _ => None,
            })
            .collect();
        let base = builtins.first().copied().unwrap_or(ClassId::Object);
        if builtins.iter().any(|c| !base.is_subclass(*c)) {
            *self.heap.get_mut(me) = Object::Tuple(Vec::new());
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        // Implicit conversions of the namespace, as `type.__new__` does.
        if let Some(f) = self.dict_get_str(ns, "__new__") {
            if matches!(self.heap.obj(f), Some(Object::Function(_))) {
                let sm = Value::Obj(self.heap.alloc(Object::StaticMethod(f)));
                self.dict_set_str(ns, "__new__", sm)?;
            }
        }
        for n in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = self.dict_get_str(ns, n) {
                if matches!(self.heap.obj(f), Some(Object::Function(_))) {
                    let cm = Value::Obj(self.heap.alloc(Object::ClassMethod(f)));
                    self.dict_set_str(ns, n, cm)?;
                }
            }
        }
        if self.dict_get_str(ns, "__eq__").is_some() && self.dict_get_str(ns, "__hash__").is_none()
        {
            self.dict_set_str(ns, "__hash__", Value::None)?;
        }
        if self.dict_get_str(ns, "__doc__").is_none() {
            self.dict_set_str(ns, "__doc__", Value::None)?;
        }
        let (slot_names, no_dict) = match self.class_slots(ns, &mro[1..]) {
            Ok(s) => s,
            Err(e) => {
                *self.heap.get_mut(me) = Object::Tuple(Vec::new());
                return Err(e);
            }
        };
        let bases_written: Vec<ObjRef> = base_refs;
        *self.heap.get_mut(me) = Object::UserClass(Box::new(ClassObj {
            name: name.to_string(),
            qualname: qualname.to_string(),
            bases: bases_written,
            mro,
            dict: ns,
            base,
            slot_names,
            no_dict,
        }));
        self.heap.account(128);
        self.set_names(me, ns)?;
        Ok(Value::Obj(me))
    }

    /// Finds `name` along the MRO of class `cls` (user class dicts only).
    pub fn class_lookup(&self, cls: ObjRef, name: &str) -> Option<Value> {
        let Object::UserClass(c) = self.heap.get(cls) else {
            return None;
        };
        if !crate::subclass::header_base(c.base) {
            for &k in &c.mro {
                if let Object::UserClass(kc) = self.heap.get(k) {
                    if let Some(v) = self.dict_get_str(kc.dict, name) {
                        return Some(v);
                    }
                }
            }
            return None;
        }
        for &k in &c.mro {
            match self.heap.get(k) {
                Object::UserClass(kc) => {
                    if let Some(v) = self.dict_get_str(kc.dict, name) {
                        return Some(v);
                    }
                }
                // A built-in base defining `name` (`list.__len__`) hides
                // the classes after it: its behaviour is the payload's.
                Object::Class(b) if crate::subclass::builtin_defines(*b, name) => return None,
                _ => {}
            }
        }
        None
    }

    /// Like [`Interp::class_lookup`], starting after `start` in `cls`'s MRO;
    /// `Err(builtin)` when the search reached a built-in class first.
    fn lookup_after(
        &self,
        cls: ObjRef,
        start: ObjRef,
        name: &str,
    ) -> Option<Result<Value, ClassId>> {
        let mro = self.mro_of(cls);
        let pos = mro.iter().position(|&c| c == start)?;
        for &k in &mro[pos + 1..] {
            match self.heap.get(k) {
                Object::UserClass(kc) => {
                    if let Some(v) = self.dict_get_str(kc.dict, name) {
                        return Some(Ok(v));
                    }
                }
                Object::Class(c) => return Some(Err(*c)),
                _ => {}
            }
        }
        None
    }

    /// The special method `name` of `type(v)` when `type(v)` is a user
    /// class defining it (looked up on the type, as CPython does).
    #[inline]
    pub fn user_special(&self, v: Value, name: &str) -> Option<Value> {
        let Value::Obj(r) = v else { return None };
        let cls = match self.heap.get(r) {
            Object::Instance(i) => i.class,
            Object::Exception(e) => e.user_class?,
            _ => self.heap.header(r)?.class,
        };
        self.class_lookup(cls, name)
    }

    /// Binds a class attribute found on the type to instance `obj`.
    pub fn bind_attr(&mut self, attr: Value, obj: Value, cls: ObjRef) -> PyResult<Value> {
        match self.heap.obj(attr) {
            Some(Object::Function(_)) => Ok(Value::Obj(self.heap.alloc(Object::BoundMethod {
                func: attr,
                recv: obj,
            }))),
            Some(Object::StaticMethod(f)) => Ok(*f),
            Some(Object::ClassMethod(f)) => {
                let f = *f;
                Ok(Value::Obj(self.heap.alloc(Object::BoundMethod {
                    func: f,
                    recv: Value::Obj(cls),
                })))
            }
            Some(Object::Property(p)) => {
                let fget = p.fget;
                if matches!(fget, Value::None) {
                    return Err(self.err(ClassId::AttributeError, "property has no getter"));
                }
                self.call_sync(fget, &[obj])
            }
            Some(Object::Instance(_) | Object::Exception(_)) => match self.user_descriptor(attr) {
                Some(d) => self.descriptor_get(&d, obj, cls),
                None => Ok(attr),
            },
            _ => Ok(attr),
        }
    }

    /// Calls the special method `name` of instance `v` with `args`
    /// (`None` when its type does not define it).
    pub fn call_special(
        &mut self,
        v: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(f) = self.user_special(v, name) else {
            return Ok(None);
        };
        if matches!(f, Value::None) {
            return Ok(None);
        }
        let cls = self.heap.type_of(v);
        let bound = self.bind_attr(f, v, cls)?;
        self.call_sync(bound, args).map(Some)
    }

    /// `obj.name` for instances of user classes (`None`: not an instance).
    pub fn instance_getattr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        let Value::Obj(r) = obj else { return Ok(None) };
        let (cls, dict, is_inst) = match self.heap.get(r) {
            Object::Instance(i) => (i.class, Some(i.dict), true),
            Object::Exception(e) => match e.user_class {
                Some(c) => (c, e.dict, false),
                None => return Ok(None),
            },
            _ => match self.heap.header(r) {
                Some(h) => (h.class, Some(h.dict), false),
                None => return Ok(None),
            },
        };
        let slot = is_inst && self.class_slots_of(cls).0.iter().any(|s| s == name);
        if slot {
            if let Object::Instance(i) = self.heap.get(r) {
                if let Some(&(_, v)) = i.slot_values.iter().find(|(k, _)| k == name) {
                    return Ok(Some(v));
                }
            }
        }
        let attr = self.class_lookup(cls, name).filter(|_| !slot);
        let mut user_desc = None;
        if let Some(a) = attr {
            match self.heap.obj(a) {
                Some(Object::Property(_)) => {
                    let r = self.bind_attr(a, obj, cls);
                    return self.or_getattr(r, obj, cls, name);
                }
                Some(Object::Instance(_) | Object::Exception(_)) => {
                    user_desc = self.user_descriptor(a);
                    if let Some(d) = user_desc.filter(|d| d.is_data() && d.get.is_some()) {
                        let r = self.descriptor_get(&d, obj, cls);
                        return self.or_getattr(r, obj, cls, name);
                    }
                }
                _ => {}
            }
        }
        if let Some(d) = dict.filter(|_| !slot) {
            if let Some(v) = self.dict_get_str(d, name) {
                return Ok(Some(v));
            }
        }
        if let Some(d) = user_desc {
            let r = self.descriptor_get(&d, obj, cls);
            return self.or_getattr(r, obj, cls, name);
        }
        if let Some(a) = attr {
            if matches!(
                self.heap.obj(a),
                Some(Object::Instance(_) | Object::Exception(_))
            ) {
                return Ok(Some(a)); // not a descriptor (checked above)
            }
            return self.bind_attr(a, obj, cls).map(Some);
        }
        match name {
            "__class__" => return Ok(Some(Value::Obj(cls))),
            "__dict__" if !is_inst || !self.class_slots_of(cls).1 => {
                let d = match dict {
                    Some(d) => d,
                    None => self.exception_dict(r),
                };
                return Ok(Some(Value::Obj(d)));
            }
            _ => {}
        }
        if !is_inst {
            // Built-in attributes (`args`, `__cause__`, `append`...); a
            // boxed int answers as the plain int (`real`, `bit_length`).
            let target = match self.heap.get(r) {
                Object::BigInt(_) => self.plain_value(obj),
                _ => obj,
            };
            match self.builtin_get_attr(target, name) {
                Ok(v) => return Ok(Some(v)),
                Err(crate::interp::Raise::Exc(_)) => {}
                Err(e) => return Err(e),
            }
        }
        if let Some(ga) = self.class_lookup(cls, "__getattr__") {
            let bound = self.bind_attr(ga, obj, cls)?;
            let n = self.heap.str(name);
            return self.call_sync(bound, &[n]).map(Some);
        }
        let t = self.heap.class_name(cls);
        Err(self.err(
            ClassId::AttributeError,
            format!("'{t}' object has no attribute '{name}'"),
        ))
    }

    /// The outcome `r` of a descriptor's getter, or `__getattr__(name)`
    /// when it raised `AttributeError` and the class defines one.
    fn or_getattr(
        &mut self,
        r: PyResult<Value>,
        obj: Value,
        cls: ObjRef,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let e = match r {
            Err(crate::interp::Raise::Exc(e)) => e,
            r => return r.map(Some),
        };
        let is_attr_error = matches!(self.heap.obj(e),
            Some(Object::Exception(x)) if x.class.is_subclass(ClassId::AttributeError));
        match self.class_lookup(cls, "__getattr__") {
            Some(ga) if is_attr_error => {
                let bound = self.bind_attr(ga, obj, cls)?;
                let n = self.heap.str(name);
                self.call_sync(bound, &[n]).map(Some)
            }
            _ => Err(crate::interp::Raise::Exc(e)),
        }
    }

    /// The `__slots__` names of user class `cls` and whether its
    /// instances lack a `__dict__` (see [`ClassObj::slot_names`]).
    pub fn class_slots_of(&self, cls: ObjRef) -> (&[String], bool) {
        match self.heap.get(cls) {
            Object::UserClass(c) => (&c.slot_names, c.no_dict),
            _ => (&[], false),
        }
    }

    /// The attribute dict of a user exception instance (created on demand).
    pub(crate) fn exception_dict(&mut self, r: ObjRef) -> ObjRef {
        if let Object::Exception(e) = self.heap.get(r) {
            if let Some(d) = e.dict {
                return d;
            }
        }
        let d = self.heap.alloc(Object::Dict(Dict::new()));
        if let Object::Exception(e) = self.heap.get_mut(r) {
            e.dict = Some(d);
        }
        d
    }

    /// `C.name` for user classes.
    pub fn class_getattr(&mut self, r: ObjRef, name: &str) -> PyResult<Value> {
        let Object::UserClass(c) = self.heap.get(r) else {
            return Err(self.type_error("not a class"));
        };
        let (cname, qual, bases, mro, dict) = (
            c.name.clone(),
            c.qualname.clone(),
            c.bases.clone(),
            c.mro.clone(),
            c.dict,
        );
        if let Some(a) = self.class_lookup(r, name) {
            return match self.heap.obj(a) {
                Some(Object::StaticMethod(f)) => Ok(*f),
                Some(Object::ClassMethod(f)) => {
                    let f = *f;
                    Ok(Value::Obj(self.heap.alloc(Object::BoundMethod {
                        func: f,
                        recv: Value::Obj(r),
                    })))
                }
                Some(Object::Instance(_) | Object::Exception(_)) => match self.user_descriptor(a) {
                    Some(d) => self.descriptor_get(&d, Value::None, r),
                    None => Ok(a),
                },
                _ => Ok(a),
            };
        }
        match name {
            "__name__" => return Ok(self.heap.str(cname)),
            "__qualname__" => return Ok(self.heap.str(qual)),
            "__module__" => return Ok(self.heap.str("__main__")),
            "__dict__" => return Ok(Value::Obj(dict)),
            "__class__" => return Ok(Value::Obj(ClassId::Type.obj())),
            "__bases__" => {
                let b = bases.iter().map(|&b| Value::Obj(b)).collect();
                return Ok(self.heap.tuple(b));
            }
            "__base__" => return Ok(Value::Obj(bases[0])),
            "__mro__" => {
                let m = mro.iter().map(|&b| Value::Obj(b)).collect();
                return Ok(self.heap.tuple(m));
            }
            _ => {}
        }
        if let Some(v) = self.class_introspect_attr(r, name) {
            return Ok(v);
        }
        // Inherited from a built-in base (`C.__init__`, `E.__str__`).
        for &k in &mro {
            if let Object::Class(bc) = self.heap.get(k) {
                let bc = *bc;
                if crate::protocol::is_object_method(name)
                    || crate::subclass::builtin_defines(bc, name)
                {
                    return Ok(Value::Obj(self.heap.alloc(Object::Method {
                        recv: Value::Unbound,
                        owner: bc,
                        name: name.to_string(),
                    })));
                }
                break;
            }
        }
        Err(self.err(
            ClassId::AttributeError,
            format!("type object '{cname}' has no attribute '{name}'"),
        ))
    }

    /// `super(cls, obj).name`.
    pub fn super_getattr(&mut self, cls: ObjRef, obj: Value, name: &str) -> PyResult<Value> {
        let obj_is_class = self.is_class(obj);
        let start_type = if obj_is_class {
            obj.as_obj().unwrap_or(cls)
        } else {
            self.heap.type_of(obj)
        };
        match self.lookup_after(start_type, cls, name) {
            Some(Ok(a)) => match self.heap.obj(a) {
                Some(Object::Function(_)) if obj_is_class => Ok(a),
                Some(Object::ClassMethod(f)) => {
                    let f = *f;
                    Ok(Value::Obj(self.heap.alloc(Object::BoundMethod {
                        func: f,
                        recv: Value::Obj(start_type),
                    })))
                }
                _ => self.bind_attr(a, obj, start_type),
            },
            Some(Err(bc))
                if crate::protocol::is_object_method(name)
                    || crate::subclass::builtin_defines(bc, name) =>
            {
                let recv = if name == "__new__" {
                    Value::Unbound
                } else {
                    obj
                };
                Ok(Value::Obj(self.heap.alloc(Object::Method {
                    recv,
                    owner: bc,
                    name: name.to_string(),
                })))
            }
            _ => Err(self.err(
                ClassId::AttributeError,
                format!("'super' object has no attribute '{name}'"),
            )),
        }
    }

    /// A new bare instance of user class `cls` (`object.__new__(cls)`).
    pub fn new_instance(&mut self, cls: ObjRef) -> PyResult<Value> {
        let base = match self.heap.get(cls) {
            Object::UserClass(c) => c.base,
            Object::Class(c) => {
                let c = *c;
                if c == ClassId::Object {
                    let d = self.heap.alloc(Object::Dict(Dict::new()));
                    return Ok(Value::Obj(self.heap.alloc(Object::Instance(Box::new(
                        InstanceObj {
                            class: cls,
                            base: ClassId::Object,
                            dict: d,
                            slot_values: Vec::new(),
                        },
                    )))));
                }
                return Err(self.type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    c.name(),
                    c.name()
                )));
            }
            _ => {
                let t = self.heap.type_name(Value::Obj(cls));
                return Err(
                    self.type_error(format!("object.__new__(X): X is not a type object ({t})"))
                );
            }
        };
        if crate::subclass::header_base(base) {
            let q = self.heap.class_name(cls);
            return Err(self.type_error(format!(
                "object.__new__({q}) is not safe, use {q}.__new__()"
            )));
        }
        if base.is_exception() {
            let e = self.new_exception(base, Vec::new());
            if let Value::Obj(er) = e {
                if let Object::Exception(x) = self.heap.get_mut(er) {
                    x.user_class = Some(cls);
                }
            }
            return Ok(e);
        }
        let d = self.heap.alloc(Object::Dict(Dict::new()));
        self.heap.account(64);
        Ok(Value::Obj(self.heap.alloc(Object::Instance(Box::new(
            InstanceObj {
                class: cls,
                base,
                dict: d,
                slot_values: Vec::new(),
            },
        )))))
    }
}
