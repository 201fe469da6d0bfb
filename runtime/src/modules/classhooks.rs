//! Class-level hooks that stand in for metaclasses (pycps has none):
//! `__init_subclass__` after a class statement, and the operations a
//! metaclass such as `EnumType` provides on the class object itself.
//!
//! A user class whose MRO defines `__class_call__`, `__class_iter__`,
//! `__class_len__` or `__class_contains__` (classmethods; pycps-only names
//! used by the Python-source `enum`) supports `C(...)`, `iter(C)`, `len(C)`
//! and `x in C`; a string `_pycps_class_repr_` makes `repr(C)` read
//! `<enum 'C'>`. `__class_iter__` returns a list, not an iterator: hooks
//! run through `call_sync`, whose replays hand the same object back, and a
//! list can be iterated afresh on every replay.

use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};

impl Interp {
    /// The call of the nearest base's `__init_subclass__` for a class just
    /// created (`None`: only `object.__init_subclass__`, a no-op).
    pub fn init_subclass_call(&mut self, cls: Value) -> PyResult<Option<CallOut>> {
        let Some(r) = cls.as_obj() else {
            return Ok(None);
        };
        let mro = self.mro_of(r);
        let mut found = None;
        for &k in mro.iter().skip(1) {
            if let Object::UserClass(kc) = self.heap.get(k) {
                if let Some(f) = self.dict_get_str(kc.dict, "__init_subclass__") {
                    found = Some(f);
                    break;
                }
            }
        }
        let Some(f) = found else {
            return Ok(None);
        };
        let bound = self.bind_attr(f, cls, r)?;
        let module = self.module.clone();
        self.call_value(&module, bound, &[], &[], false).map(Some)
    }

    /// `name(cls, *args)` when `v` is a user class whose MRO defines the
    /// hook `name` (`None`: no hook).
    pub fn class_hook(&mut self, v: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let Some(r) = v.as_obj() else {
            return Ok(None);
        };
        if !matches!(self.heap.get(r), Object::UserClass(_)) {
            return Ok(None);
        }
        let Some(f) = self.class_lookup(r, name) else {
            return Ok(None);
        };
        let bound = self.bind_attr(f, v, r)?;
        self.call_sync(bound, args).map(Some)
    }

    /// The kind word of `repr(cls)` (`enum` in `<enum 'Color'>`), if the
    /// class sets one.
    pub fn class_repr_kind(&self, cls: ObjRef) -> Option<String> {
        let v = self.class_lookup(cls, "_pycps_class_repr_")?;
        self.heap.as_str(v).map(str::to_string)
    }
}
