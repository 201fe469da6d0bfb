//! Assignment and deletion of attributes of user class instances
//! (`obj.name = v`, `del obj.name`, `object.__setattr__`), in CPython's
//! order: a `__setattr__` / `__delattr__` defined by the class runs first;
//! otherwise a data descriptor on the type (property, user descriptor,
//! see `descriptor.rs`) handles the operation, else the instance dict or
//! `__slots__` storage does.

use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};

impl Interp {
    /// `obj.name = v` for instances of user classes (`false`: not one).
    pub fn instance_setattr(&mut self, obj: Value, name: &str, v: Value) -> PyResult<bool> {
        let Value::Obj(r) = obj else { return Ok(false) };
        let cls = match self.heap.get(r) {
            Object::Instance(i) => i.class,
            Object::Exception(e) => match e.user_class {
                Some(c) => c,
                None => return Ok(false),
            },
            _ => match self.heap.header(r) {
                Some(h) => h.class,
                None => return Ok(false),
            },
        };
        if let Some(sa) = self.class_lookup(cls, "__setattr__") {
            let bound = self.bind_attr(sa, obj, cls)?;
            let n = self.heap.str(name);
            self.call_sync(bound, &[n, v])?;
            return Ok(true);
        }
        self.instance_store(r, name, v)?;
        Ok(true)
    }

    /// `object.__setattr__(obj, name, v)` for user instances: a data
    /// descriptor on the type (property, user descriptor) handles the
    /// assignment, else it stores into the instance dict or slot.
    pub fn instance_store(&mut self, r: ObjRef, name: &str, v: Value) -> PyResult<()> {
        let cls = match self.heap.get(r) {
            Object::Instance(i) => Some(i.class),
            Object::Exception(e) => e.user_class,
            _ => self.heap.header(r).map(|h| h.class),
        };
        if let Some(a) = cls.and_then(|c| self.class_lookup(c, name)) {
            match self.heap.obj(a) {
                Some(Object::Property(p)) => {
                    let fset = p.fset;
                    if matches!(fset, Value::None) {
                        let t = self.heap.class_name(cls.unwrap_or(r));
                        return Err(self.err(
                            ClassId::AttributeError,
                            format!("property '{name}' of '{t}' object has no setter"),
                        ));
                    }
                    return self.call_sync(fset, &[Value::Obj(r), v]).map(|_| ());
                }
                Some(Object::Instance(_) | Object::Exception(_)) => {
                    if let Some(d) = self.user_descriptor(a).filter(|d| d.is_data()) {
                        return self.descriptor_set(&d, Value::Obj(r), v);
                    }
                }
                _ => {}
            }
        }
        self.instance_store_raw(r, name, v)
    }

    /// Stores into the instance dict (or slot), bypassing descriptors.
    fn instance_store_raw(&mut self, r: ObjRef, name: &str, v: Value) -> PyResult<()> {
        let d = match self.heap.get(r) {
            Object::Instance(i) => {
                let (cls, d) = (i.class, i.dict);
                let (slots, no_dict) = self.class_slots_of(cls);
                if slots.iter().any(|s| s == name) {
                    if let Object::Instance(i) = self.heap.get_mut(r) {
                        match i.slot_values.iter_mut().find(|(k, _)| k == name) {
                            Some(e) => e.1 = v,
                            None => i.slot_values.push((name.to_string(), v)),
                        }
                    }
                    return Ok(());
                }
                if no_dict {
                    let t = self.heap.class_name(cls);
                    return Err(self.err(
                        ClassId::AttributeError,
                        format!("'{t}' object has no attribute '{name}'"),
                    ));
                }
                d
            }
            Object::Exception(_) => self.exception_dict(r),
            _ if self.heap.header(r).is_some() => match self.heap.header(r) {
                Some(h) => h.dict,
                None => return Ok(()),
            },
            _ => {
                let t = self.heap.type_name(Value::Obj(r));
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'{t}' object has no attribute '{name}'"),
                ));
            }
        };
        self.dict_set_str(d, name, v)
    }

    /// `del obj.name` for instances of user classes (`false`: not one).
    pub fn instance_delattr(&mut self, obj: Value, name: &str) -> PyResult<bool> {
        let Value::Obj(r) = obj else { return Ok(false) };
        let (cls, dict) = match self.heap.get(r) {
            Object::Instance(i) => (i.class, Some(i.dict)),
            Object::Exception(e) => match e.user_class {
                Some(c) => (c, e.dict),
                None => return Ok(false),
            },
            Object::UserClass(c) => {
                let d = c.dict;
                let k = self.heap.str(name);
                if self.dict_remove(d, k)?.is_none() {
                    let t = self.heap.class_name(r);
                    return Err(self.err(
                        ClassId::AttributeError,
                        format!("type object '{t}' has no attribute '{name}'"),
                    ));
                }
                return Ok(true);
            }
            _ => match self.heap.header(r) {
                Some(h) => (h.class, Some(h.dict)),
                None => return Ok(false),
            },
        };
        if let Some(da) = self.class_lookup(cls, "__delattr__") {
            let bound = self.bind_attr(da, obj, cls)?;
            let n = self.heap.str(name);
            self.call_sync(bound, &[n])?;
            return Ok(true);
        }
        if let Some(a) = self.class_lookup(cls, name) {
            match self.heap.obj(a) {
                Some(Object::Property(p)) => {
                    let fdel = p.fdel;
                    if matches!(fdel, Value::None) {
                        let t = self.heap.class_name(cls);
                        return Err(self.err(
                            ClassId::AttributeError,
                            format!("property '{name}' of '{t}' object has no deleter"),
                        ));
                    }
                    self.call_sync(fdel, &[obj])?;
                    return Ok(true);
                }
                Some(Object::Instance(_) | Object::Exception(_)) => {
                    if let Some(d) = self.user_descriptor(a).filter(|d| d.is_data()) {
                        self.descriptor_delete(&d, obj)?;
                        return Ok(true);
                    }
                }
                _ => {}
            }
        }
        if self.class_slots_of(cls).0.iter().any(|s| s == name) {
            let mut removed = false;
            if let Object::Instance(i) = self.heap.get_mut(r) {
                let before = i.slot_values.len();
                i.slot_values.retain(|(k, _)| k != name);
                removed = i.slot_values.len() != before;
            }
            if !removed {
                return Err(self.err(ClassId::AttributeError, name.to_string()));
            }
            return Ok(true);
        }
        let removed = match dict {
            Some(d) => {
                let k = self.heap.str(name);
                self.dict_remove(d, k)?.is_some()
            }
            None => false,
        };
        if !removed {
            let t = self.heap.class_name(cls);
            return Err(self.err(
                ClassId::AttributeError,
                format!("'{t}' object has no attribute '{name}'"),
            ));
        }
        Ok(true)
    }
}
