//! The heap arena: `Vec<Option<Object>>` plus a free list, addressed by
//! [`ObjRef`]. Slots `0..ClassId::ALL.len()` hold the built-in classes.
//!
//! The mark-sweep collector (`crate::gc`) frees unreachable slots at safe
//! points: [`Heap::sweep`] empties every unmarked slot (the class slots
//! always stay) and pushes it on `free`, so a handle is only ever dangling
//! if a root was missed. `bytes` is the running estimate of allocated bytes
//! used by the memory limit (recomputed from the live objects by a sweep).
//!
//! Headers. An instance of a user subclass of a built-in type
//! (`class Stack(list)`) is the built-in object itself (`Object::List`...)
//! plus a [`UserHeader`] in `headers`, indexed by slot: its user class and
//! its attribute dict. Built-in operations see the payload unchanged; the
//! type lookups ([`Heap::type_of`], [`Heap::type_name`]) and the special
//! method dispatch consult the header. `headers` stays empty (one length
//! check on the lookups) until the first such instance; a sweep clears the
//! header of every freed slot, and the collector traces the header of every
//! marked object.

use crate::classes::ClassId;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Heap {
    slots: Vec<Option<Object>>,
    free: Vec<u32>,
    /// Estimated bytes allocated (never decreases without a collector).
    pub bytes: usize,
    /// The interpreter step count at which it next checks its limits and
    /// whether a collection is due. It lives here so that a large
    /// allocation can bring the check forward (to the next instruction
    /// boundary): a few instructions doubling a string must not outgrow
    /// the memory limit or the time limit before a periodic check comes.
    #[serde(skip, default = "first_check")]
    pub next_check: u64,
    /// User-class headers of built-in objects, by slot (see module docs).
    #[serde(default)]
    headers: Vec<Option<UserHeader>>,
}

/// Allocations of at least this many bytes bring the next limit check
/// forward (see [`Heap::next_check`]).
pub const LARGE_ALLOC: usize = 1 << 16;

fn first_check() -> u64 {
    crate::interp::CHECK_INTERVAL
}

/// The user class and attribute dict of an instance of a user subclass of
/// a built-in type (see module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserHeader {
    pub class: ObjRef,
    /// The instance attribute dict (a `Dict` object).
    pub dict: ObjRef,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Self {
        let mut heap = Heap {
            slots: Vec::with_capacity(1024),
            free: Vec::new(),
            bytes: 0,
            next_check: first_check(),
            headers: Vec::new(),
        };
        for &c in ClassId::ALL {
            let r = heap.alloc(Object::Class(c));
            debug_assert_eq!(r, c.obj(), "class slots must come first");
        }
        heap
    }

    #[inline]
    pub fn alloc(&mut self, obj: Object) -> ObjRef {
        let size = obj.size_estimate();
        self.bytes += size;
        if size >= LARGE_ALLOC {
            self.next_check = 0;
        }
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = Some(obj);
            ObjRef(i)
        } else {
            self.slots.push(Some(obj));
            ObjRef((self.slots.len() - 1) as u32)
        }
    }

    /// Accounts `n` more bytes (an object grew in place).
    #[inline]
    pub fn account(&mut self, n: usize) {
        self.bytes += n;
        if n >= LARGE_ALLOC {
            self.next_check = 0;
        }
    }

    /// Slots in the arena, live or free (the size of a mark table).
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The object in slot `r`, if live.
    pub fn slot(&self, r: ObjRef) -> Option<&Object> {
        self.slots.get(r.index()).and_then(|s| s.as_ref())
    }

    /// The user-class header of object `r`, if it has one.
    #[inline(always)]
    pub fn header(&self, r: ObjRef) -> Option<&UserHeader> {
        if self.headers.is_empty() {
            return None;
        }
        self.headers.get(r.index()).and_then(|h| h.as_ref())
    }

    /// Whether any object has (or had) a user-class header.
    #[inline(always)]
    pub fn any_headers(&self) -> bool {
        !self.headers.is_empty()
    }

    /// Whether object `r` has a user-class header.
    #[inline(always)]
    pub fn has_header(&self, r: ObjRef) -> bool {
        !self.headers.is_empty() && matches!(self.headers.get(r.index()), Some(Some(_)))
    }

    /// The header of `v` when it is a heap object with one.
    #[inline]
    pub fn header_of(&self, v: Value) -> Option<&UserHeader> {
        match v {
            Value::Obj(r) => self.header(r),
            _ => None,
        }
    }

    /// Gives object `r` the user-class header `h`.
    pub fn set_header(&mut self, r: ObjRef, h: UserHeader) {
        let i = r.index();
        if self.headers.len() <= i {
            self.headers.resize(i + 1, None);
        }
        self.headers[i] = Some(h);
    }

    /// Frees every slot not `marked` (the built-in class slots are always
    /// kept); returns the estimated bytes of the live objects, which
    /// becomes `bytes`.
    pub fn sweep(&mut self, marked: &[bool]) -> usize {
        let classes = ClassId::ALL.len();
        let mut live = 0;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            let Some(obj) = slot else {
                continue;
            };
            if i < classes || marked.get(i).copied().unwrap_or(false) {
                live += obj.size_estimate();
            } else {
                *slot = None;
                self.free.push(i as u32);
                if let Some(h) = self.headers.get_mut(i) {
                    *h = None;
                }
            }
        }
        self.bytes = live;
        live
    }

    /// Number of live slots.
    pub fn len(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Object {
        match self.slots.get(r.index()) {
            Some(Some(o)) => o,
            // Invariant: handles are never dangling (the collector keeps
            // everything reachable).
            _ => &Object::Ellipsis,
        }
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Object {
        match self.slots.get_mut(r.index()) {
            Some(Some(o)) => o,
            _ => unreachable!("dangling object handle {}", r.0),
        }
    }

    /// The object behind a value, if it is a heap value.
    #[inline]
    pub fn obj(&self, v: Value) -> Option<&Object> {
        match v {
            Value::Obj(r) => Some(self.get(r)),
            _ => None,
        }
    }

    pub fn str(&mut self, s: impl Into<String>) -> Value {
        Value::Obj(self.alloc(Object::Str(s.into())))
    }

    pub fn list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.alloc(Object::List(items)))
    }

    pub fn tuple(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.alloc(Object::Tuple(items)))
    }

    /// The str contents of `v`, if it is a str.
    #[inline]
    pub fn as_str(&self, v: Value) -> Option<&str> {
        match self.obj(v) {
            Some(Object::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// The class of any value.
    #[inline]
    pub fn class_of(&self, v: Value) -> ClassId {
        match v {
            Value::Unbound | Value::None => ClassId::NoneType,
            Value::Bool(_) => ClassId::Bool,
            Value::Int(_) => ClassId::Int,
            Value::Float(_) => ClassId::Float,
            Value::Obj(r) => self.get(r).class(),
        }
    }

    /// `type(v).__name__` (a user class's name for instances of user classes).
    pub fn type_name(&self, v: Value) -> std::borrow::Cow<'static, str> {
        if let Value::Obj(r) = v {
            if let Some(h) = self.header(r) {
                return self.class_name(h.class).into();
            }
            match self.get(r) {
                Object::Instance(i) => return self.class_name(i.class).into(),
                Object::Native(n) => {
                    if let crate::modules::NativeObj::NtInst { cls, .. } = &**n {
                        if let Object::Native(c) = self.get(*cls) {
                            if let crate::modules::NativeObj::NtClass(c) = &**c {
                                return c.name.clone().into();
                            }
                        }
                    }
                }
                Object::Dict(d) if d.flavor.is_some() => {
                    if let Some(c) = crate::modules::collections::flavor_class(d) {
                        return c.name().into();
                    }
                }
                Object::Exception(e) => {
                    if let Some(c) = e.user_class {
                        return self.class_name(c).into();
                    }
                }
                _ => {}
            }
        }
        std::borrow::Cow::Borrowed(self.class_of(v).name())
    }

    /// The class object of any value: `type(v)`, user classes included.
    #[inline]
    pub fn type_of(&self, v: Value) -> ObjRef {
        if let Value::Obj(r) = v {
            if let Some(h) = self.header(r) {
                return h.class;
            }
            match self.get(r) {
                Object::Instance(i) => return i.class,
                Object::Native(n) => {
                    if let crate::modules::NativeObj::NtInst { cls, .. } = &**n {
                        return *cls;
                    }
                }
                Object::Dict(d) if d.flavor.is_some() => {
                    if let Some(c) = crate::modules::collections::flavor_class(d) {
                        return c.obj();
                    }
                }
                Object::Exception(e) => {
                    if let Some(c) = e.user_class {
                        return c;
                    }
                }
                _ => {}
            }
        }
        self.class_of(v).obj()
    }

    /// `__name__` of a class object (built-in or user).
    pub fn class_name(&self, cls: ObjRef) -> String {
        match self.get(cls) {
            Object::UserClass(c) => c.name.clone(),
            Object::Class(c) => c.name().to_string(),
            _ => "object".to_string(),
        }
    }
}
