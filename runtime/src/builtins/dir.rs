//! `dir(obj)`: the sorted attribute names of an object, computed as
//! CPython's `object.__dir__` / `type.__dir__` do: the instance's own
//! `__dict__` keys plus the names every class of its type's MRO defines
//! (user class namespaces, and for built-in classes the generated tables
//! of [`super::dir_tables`]). A user class's `__dir__` takes over, its
//! result sorted. Also the candidate lists of `AttributeError`
//! suggestions.
//!
//! `dir()` without arguments would need the caller's frame, which built-in
//! functions do not see: it raises a `TypeError` saying so.

use super::dir_tables::own_names;
use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::{ModuleKind, Object};
use crate::value::{ObjRef, Value};
use std::collections::BTreeSet;

impl Interp {
    /// `dir(*args)`.
    pub fn builtin_dir(&mut self, args: &[Value]) -> PyResult<Value> {
        let obj = match args {
            [v] => *v,
            [] => {
                return Err(self.type_error(
                    "pycps does not support dir() without an argument (pass the object)",
                ))
            }
            _ => {
                return Err(self.type_error(format!(
                    "dir expected at most 1 argument, got {}",
                    args.len()
                )))
            }
        };
        if self.user_special(obj, "__dir__").is_some() {
            let r = self
                .call_special(obj, "__dir__", &[])?
                .unwrap_or(Value::None);
            let items = self.iterate(r)?;
            let keys = items.clone();
            let sorted = self.sort_by_keys(items, keys, false)?;
            return Ok(self.heap.list(sorted));
        }
        let names = self.dir_names(obj);
        let items = names.into_iter().map(|n| self.heap.str(n)).collect();
        Ok(self.heap.list(items))
    }

    /// The names `dir(obj)` lists (without a user `__dir__`), sorted.
    pub fn dir_names(&self, obj: Value) -> Vec<String> {
        let mut out = BTreeSet::new();
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Object::Class(_) | Object::UserClass(_) => {
                    self.type_dir(r, &mut out);
                    return out.into_iter().collect();
                }
                Object::Module(ModuleKind::Std(m)) => {
                    for n in [
                        "__doc__",
                        "__loader__",
                        "__name__",
                        "__package__",
                        "__spec__",
                    ] {
                        out.insert(n.to_string());
                    }
                    out.extend(m.functions().iter().map(|f| f.to_string()));
                    if *m == crate::modules::StdModule::Sys {
                        out.extend(crate::modules::sys::ATTRS.iter().map(|a| a.to_string()));
                        out.extend(self.sys.cached.iter().map(|(n, _)| n.clone()));
                    }
                    return out.into_iter().collect();
                }
                Object::Instance(i) => self.dict_keys_into(i.dict, &mut out),
                Object::Exception(e) => {
                    if let Some(d) = e.dict {
                        self.dict_keys_into(d, &mut out);
                    }
                }
                Object::Function(f) => {
                    if let Some(d) = f.dict {
                        self.dict_keys_into(d, &mut out);
                    }
                }
                _ => {}
            }
        }
        let t = self.heap.type_of(obj);
        self.type_dir(t, &mut out);
        out.into_iter().collect()
    }

    /// The names the classes of `cls`'s MRO define (`type.__dir__`).
    fn type_dir(&self, cls: ObjRef, out: &mut BTreeSet<String>) {
        for k in self.mro_of(cls) {
            match self.heap.get(k) {
                Object::UserClass(c) => {
                    self.dict_keys_into(c.dict, out);
                    // Removed from the namespace by `type.__new__`.
                    out.remove("__qualname__");
                    out.remove("__classcell__");
                    out.extend(c.slot_names.iter().cloned());
                    if !c.no_dict {
                        out.insert("__dict__".to_string());
                        out.insert("__weakref__".to_string());
                    }
                    out.insert("__module__".to_string());
                }
                Object::Class(c) => {
                    let names = match own_names(*c) {
                        "" => own_names(ClassId::Object),
                        n => n,
                    };
                    out.extend(names.split(' ').map(str::to_string));
                }
                _ => {}
            }
        }
    }

    /// Adds the str keys of dict object `d` to `out`.
    fn dict_keys_into(&self, d: ObjRef, out: &mut BTreeSet<String>) {
        if let Object::Dict(dict) = self.heap.get(d) {
            for e in dict.iter() {
                if let Some(s) = self.heap.as_str(e.key) {
                    out.insert(s.to_string());
                }
            }
        }
    }
}
