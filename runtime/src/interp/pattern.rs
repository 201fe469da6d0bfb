//! The pattern-matching instructions of `match` statements:
//! `MatchSequence`, `MatchMapping` and `MatchClass` (CPython 3.11's
//! `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_CLASS`). Everything else a
//! pattern does (comparisons, lengths, items, keys) is ordinary
//! instructions emitted by the lowering.
//!
//! `match_class` reads attributes through [`Interp::get_attr`], so it sees
//! properties and `__getattr__` of user classes; like every operation that
//! may call Python code it is replayed (see [`crate::protocol`]): it is
//! deterministic and allocates its result only after its last lookup.

use super::{Interp, PyResult, Raise};
use crate::classes::ClassId;
use crate::object::Object;
use crate::value::Value;

/// Built-in classes whose class pattern `C(x)` matches the subject itself
/// (CPython's `_Py_TPFLAGS_MATCH_SELF`, inherited by subclasses).
const MATCH_SELF: &[ClassId] = &[
    ClassId::Bool,
    ClassId::Bytes,
    ClassId::Dict,
    ClassId::Float,
    ClassId::FrozenSet,
    ClassId::Int,
    ClassId::List,
    ClassId::Set,
    ClassId::Str,
    ClassId::Tuple,
];

impl Interp {
    /// `MatchSequence`: list, tuple, range, deque and their subclasses;
    /// never str, bytes or bytearray.
    pub(crate) fn match_sequence(&self, subject: Value) -> bool {
        let c = self.heap.class_of(subject);
        [
            ClassId::List,
            ClassId::Tuple,
            ClassId::Range,
            ClassId::Deque,
        ]
        .iter()
        .any(|&k| c.is_subclass(k))
    }

    /// `MatchMapping`: dict and its subclasses (defaultdict, Counter,
    /// OrderedDict, user subclasses).
    pub(crate) fn match_mapping(&self, subject: Value) -> bool {
        self.heap.class_of(subject).is_subclass(ClassId::Dict)
    }

    /// `MatchClass`: `None` when the subject is not an instance of `cls` or
    /// lacks an attribute, else the tuple of positional then keyword
    /// attributes.
    pub(crate) fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        nargs: usize,
        kwnames: &[&str],
    ) -> PyResult<Value> {
        let cls_ref = match cls {
            Value::Obj(r) if self.is_class(cls) => r,
            _ => return Err(self.err(ClassId::TypeError, "called match pattern must be a type")),
        };
        if !self.is_instance_of(subject, cls_ref) {
            return Ok(Value::None);
        }
        let mut attrs = Vec::with_capacity(nargs + kwnames.len());
        let mut seen: Vec<String> = Vec::new();
        if nargs > 0 {
            let cls_name = self.class_display_name(cls);
            match self.optional_attr(cls, "__match_args__")? {
                Some(match_args) => {
                    let names = match self.heap.obj(match_args) {
                        Some(Object::Tuple(items)) => items.clone(),
                        _ => {
                            let t = self.heap.type_name(match_args);
                            return Err(self.err(
                                ClassId::TypeError,
                                format!("{cls_name}.__match_args__ must be a tuple (got {t})"),
                            ));
                        }
                    };
                    if nargs > names.len() {
                        return Err(self.too_many_positional(&cls_name, names.len(), nargs));
                    }
                    for &n in &names[..nargs] {
                        let Some(name) = self.heap.as_str(n).map(str::to_string) else {
                            let t = self.heap.type_name(n);
                            return Err(self.err(
                                ClassId::TypeError,
                                format!("__match_args__ elements must be strings (got {t})"),
                            ));
                        };
                        match self.match_attr(subject, &name, &cls_name, &mut seen)? {
                            Some(v) => attrs.push(v),
                            None => return Ok(Value::None),
                        }
                    }
                }
                None => {
                    let layout = self.class_layout(cls_ref);
                    if !MATCH_SELF.iter().any(|&k| layout.is_subclass(k)) {
                        return Err(self.too_many_positional(&cls_name, 0, nargs));
                    }
                    if nargs > 1 {
                        return Err(self.too_many_positional(&cls_name, 1, nargs));
                    }
                    attrs.push(subject);
                }
            }
        }
        for &name in kwnames {
            let cls_name = self.class_display_name(cls);
            match self.match_attr(subject, name, &cls_name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.heap.tuple(attrs))
    }

    /// `subject.name` for a class pattern; `None` on `AttributeError`,
    /// `TypeError` when the attribute was already matched.
    fn match_attr(
        &mut self,
        subject: Value,
        name: &str,
        cls_name: &str,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s == name) {
            return Err(self.err(
                ClassId::TypeError,
                format!("{cls_name}() got multiple sub-patterns for attribute '{name}'"),
            ));
        }
        seen.push(name.to_string());
        self.optional_attr(subject, name)
    }

    /// `getattr(obj, name, None)`-like: `None` only on `AttributeError`.
    fn optional_attr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(Raise::Exc(e)) if self.is_instance_of(e, ClassId::AttributeError.obj()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn too_many_positional(&mut self, cls_name: &str, allowed: usize, given: usize) -> Raise {
        let s = if allowed == 1 { "" } else { "s" };
        self.err(
            ClassId::TypeError,
            format!("{cls_name}() accepts {allowed} positional sub-pattern{s} ({given} given)"),
        )
    }

    /// A class object's `__name__`.
    fn class_display_name(&self, cls: Value) -> String {
        match self.heap.obj(cls) {
            Some(Object::UserClass(c)) => c.name.clone(),
            Some(Object::Class(c)) => c.name().to_string(),
            _ => self.heap.type_name(cls).into_owned(),
        }
    }

    /// The built-in layout class of a class object (itself when built-in).
    fn class_layout(&self, cls: crate::value::ObjRef) -> ClassId {
        match self.heap.get(cls) {
            Object::UserClass(c) => c.base,
            Object::Class(c) => *c,
            _ => ClassId::Object,
        }
    }
}
