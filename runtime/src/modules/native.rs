//! Native objects created by standard-library modules, and the hooks the
//! generic object machinery (attributes, calls, methods, repr, iteration,
//! items) calls for them.
//!
//! Invariant: every [`NativeObj`] is plain data (values are heap handles),
//! so the heap stays `Send` and serializable. Each hook answers `None` /
//! a `TypeError` for operations a type does not support, exactly like the
//! CPython type would.

use super::{re, typing};
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use pycps_ir::Module;
use serde::{Deserialize, Serialize};

/// An object owned by a standard-library module.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum NativeObj {
    /// A `typing` special form or alias (`List`, `Optional[int]`): repr only.
    TypingAlias(String),
    /// A compiled `re` pattern.
    Pattern(Box<re::PatternObj>),
    /// A `re` match.
    Match(Box<re::MatchObj>),
}

impl NativeObj {
    pub fn class(&self) -> ClassId {
        match self {
            NativeObj::TypingAlias(_) => ClassId::TypingAlias,
            NativeObj::Pattern(_) => ClassId::RePattern,
            NativeObj::Match(_) => ClassId::ReMatch,
        }
    }
}

impl Interp {
    pub(crate) fn native(&self, r: ObjRef) -> Option<&NativeObj> {
        match self.heap.get(r) {
            Object::Native(n) => Some(n),
            _ => None,
        }
    }

    pub(crate) fn alloc_native(&mut self, n: NativeObj) -> Value {
        Value::Obj(self.heap.alloc(Object::Native(Box::new(n))))
    }

    /// `repr()` of a native object; `elem` renders a contained value.
    pub fn native_repr<E>(
        &self,
        n: &NativeObj,
        addr: u64,
        out: &mut String,
        elem: &mut dyn FnMut(Value, &mut String) -> Result<(), E>,
    ) -> Result<(), E> {
        let _ = (addr, &elem);
        match n {
            NativeObj::TypingAlias(s) => out.push_str(s),
            NativeObj::Pattern(p) => out.push_str(&re::pattern_repr(p)),
            NativeObj::Match(m) => out.push_str(&re::match_repr(self, m)),
        }
        Ok(())
    }

    /// `str()` of a native object when it differs from its repr.
    pub fn native_str(&mut self, r: ObjRef) -> PyResult<Option<String>> {
        let _ = r;
        Ok(None)
    }

    /// `obj.name` for data attributes and methods of native objects.
    pub fn native_attr(&mut self, r: ObjRef, name: &str) -> PyResult<Option<Value>> {
        let Some(n) = self.native(r) else {
            return Ok(None);
        };
        Ok(match n.clone() {
            NativeObj::Pattern(p) => re::pattern_attr(self, &p, name),
            NativeObj::Match(m) => re::match_attr(self, &m, name),
            NativeObj::TypingAlias(_) => None,
        })
    }

    /// `obj.name(*args, **kwargs)` on a native object.
    pub fn native_method(
        &mut self,
        module: &Module,
        r: ObjRef,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        match self.native(r) {
            Some(NativeObj::Pattern(_)) => {
                return re::pattern_method(self, module, r, name, args, kwargs, in_async)
            }
            Some(NativeObj::Match(m)) => {
                let m = m.clone();
                return re::match_method(self, &m, name, args, kwargs).map(CallOut::Value);
            }
            _ => {}
        }
        let t = self.heap.type_name(Value::Obj(r));
        Err(self.err(
            ClassId::AttributeError,
            format!("'{t}' object has no attribute '{name}'"),
        ))
    }

    /// Calling a native object (`partial(...)`, an `lru_cache` wrapper).
    pub fn call_native(
        &mut self,
        module: &Module,
        r: ObjRef,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let _ = (module, kwargs, in_async);
        match self.native(r) {
            Some(NativeObj::TypingAlias(_)) => typing::call_alias(self, r, args).map(CallOut::Value),
            _ => Err(self.not_callable(Value::Obj(r))),
        }
    }

    /// `obj[key]` on a native object (`None`: not subscriptable).
    pub fn native_get_item(&mut self, r: ObjRef, key: Value) -> PyResult<Option<Value>> {
        match self.native(r) {
            Some(NativeObj::TypingAlias(_)) => typing::subscript(self, r, key).map(Some),
            Some(NativeObj::Match(m)) => {
                let m = m.clone();
                re::match_group(self, &m, key).map(Some)
            }
            _ => Ok(None),
        }
    }
}

impl Interp {
    /// Extra attributes of standard-library exceptions, recovered from
    /// their message (`JSONDecodeError.pos`, `re.error.pos`...).
    pub fn std_exception_attr(&mut self, cls: ClassId, args: &[Value], name: &str) -> Option<Value> {
        let msg = args.first().and_then(|&a| self.heap.as_str(a))?.to_string();
        match cls {
            ClassId::JSONDecodeError => {
                // "{msg}: line {l} column {c} (char {p})"
                let cut = msg.rfind(": line ")?;
                let (m, rest) = (&msg[..cut], &msg[cut + 7..]);
                let nums: Vec<i64> = rest
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|x| !x.is_empty())
                    .filter_map(|x| x.parse().ok())
                    .collect();
                match (name, nums.as_slice()) {
                    ("msg", _) => Some(self.heap.str(m)),
                    ("lineno", [l, ..]) => Some(Value::Int(*l)),
                    ("colno", [_, c, ..]) => Some(Value::Int(*c)),
                    ("pos", [_, _, p, ..]) => Some(Value::Int(*p)),
                    ("doc", _) => Some(Value::None),
                    _ => None,
                }
            }
            ClassId::ReError => {
                let (m, pos) = match msg.rfind(" at position ") {
                    Some(cut) => (&msg[..cut], msg[cut + 13..].parse().ok().map(Value::Int)),
                    None => (msg.as_str(), None),
                };
                match name {
                    "msg" => Some(self.heap.str(m)),
                    "pos" => Some(pos.unwrap_or(Value::None)),
                    "pattern" | "lineno" | "colno" => Some(Value::None),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}
