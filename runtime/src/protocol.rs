//! The dunder protocol: how built-in operations call Python code.
//!
//! Design. Built-in operations are ordinary synchronous Rust functions
//! (`repr`, `compare`, `truthy`, `iter_next`...). When one meets an
//! instance of a user class it calls the special method through
//! [`Interp::call_sync`], which never runs the Python frame on the Rust
//! stack. Instead it works by *replay*:
//!
//! - the first time, `call_sync` fails with [`Raise::Call`] carrying the
//!   callee's frame and the results already obtained by this operation
//!   (its memo). The interpreter pushes that frame with a
//!   [`ProtoCont::Replay`] continuation and the operation is abandoned;
//! - when the frame returns (or raises), its outcome is appended to the
//!   memo, and the operation is run again from the start with the memo
//!   installed (`Interp::replay`): each `call_sync` consumes the next
//!   memo entry instead of calling, until the operation completes or
//!   needs one more call (pushed the same way).
//!
//! The redo target is the interrupted instruction (re-executed once, in
//! "one instruction" mode, see `exec.rs`) or a call made by a native
//! continuation ([`Redo::Call`]). Because every level of nesting is a
//! heap frame with its memo in its continuation, `repr([obj])` whose
//! `__repr__` calls `repr(self.items)` nests to any depth without Rust
//! recursion. Operations must therefore be deterministic and perform
//! their visible side effects (output, mutation of existing objects)
//! only after their last Python call; objects they pass to Python must
//! not be freshly allocated per run if identity matters (that is why
//! `__init__` and class bodies use continuations instead).
//!
//! Where no redo target exists (inside a native continuation's step, or
//! at top level when rendering an uncaught exception), `nested_mode` is
//! set and `call_sync` runs the frame to completion on a nested frame
//! stack, bounded by `MAX_NESTED` (`RecursionError` beyond).
//!
//! Cost: an operation making k Python calls is re-run k times (each cheap
//! up to the next call); single-dunder operators run twice. To keep long
//! operations (sorting user objects, `in` over a list of them) linear,
//! once an operation has made `REPLAY_BUDGET` calls its further calls run
//! nested (to a bounded depth), their outcomes memoised like the others.

use crate::builtins::{NativeCont, NativeKind, NativeStep};
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::frame::{Frame, ReturnTo};
use crate::interp::{Interp, PyResult, Raise};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use serde::{Deserialize, Serialize};

/// Nesting bound of [`Interp::call_sync`] in nested mode.
const MAX_NESTED: u32 = 48;

/// Python calls an operation makes by replay before running the rest
/// nested (see [`Interp::call_sync_kw`]).
const REPLAY_BUDGET: usize = 8;

/// Nesting bound for calls run nested because of `REPLAY_BUDGET` (each
/// level costs Rust stack; beyond it, replay, which costs none).
const MAX_BUDGET_NESTED: u32 = 16;

/// A Python call a synchronous operation needs (see the module docs).
#[derive(Clone, Debug)]
pub struct PendingCall {
    pub frame: Frame,
    /// The callee's own continuation (the callee was a built-in that
    /// itself called back into Python).
    pub cont: Option<NativeCont>,
    /// Results of the operation's earlier calls.
    pub memo: Vec<Result<Value, Value>>,
}

/// The memo installed while an operation is replayed.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ReplayState {
    pub memo: Vec<Result<Value, Value>>,
    pub pos: usize,
    /// `Interp::steps` of the instruction the memo belongs to (a memo
    /// met by another instruction is stale); `ADOPT`: installed for a
    /// replay, adopted by the next `call_sync`.
    #[serde(default)]
    pub step: u64,
}

/// See [`ReplayState::step`].
pub const ADOPT: u64 = u64::MAX;

/// What to run again once a pending call has an outcome.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Redo {
    /// The caller frame's current instruction or terminator.
    Inst,
    /// `callee(*args, **kwargs)`; its result feeds the parent continuation.
    Call {
        callee: Value,
        args: Vec<Value>,
        kwargs: Vec<(String, Value)>,
    },
}

/// Continuations of the object protocol (see [`NativeKind::Proto`]).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum ProtoCont {
    Replay {
        memo: Vec<Result<Value, Value>>,
        redo: Redo,
    },
    /// `cls(...)`: `__init__` returned; the result is `inst`.
    Init { inst: Value },
    /// A class body returned: create the class.
    BuildClass {
        name: String,
        qualname: String,
        bases: Vec<Value>,
        ns: ObjRef,
    },
    /// The base's `__init_subclass__` returned: the result is `cls`.
    InitSubclass { cls: Value },
    /// A sub-generator driven by `yield from` in the caller frame.
    YieldFrom { sub: ObjRef },
    /// `gen.send(v)` / `gen.throw(e)`: the generator `gen` runs until it
    /// yields (the result) or returns (`StopIteration(value)`).
    Send { gen: ObjRef },
    /// `gen.close()`: a yield means the generator ignored `GeneratorExit`.
    Close { gen: ObjRef },
}

/// Names served by `object` / `BaseException` for user classes.
pub fn is_object_method(name: &str) -> bool {
    matches!(
        name,
        "__init__"
            | "__new__"
            | "__repr__"
            | "__str__"
            | "__eq__"
            | "__ne__"
            | "__hash__"
            | "__setattr__"
            | "__getattribute__"
            | "__delattr__"
            | "__format__"
            | "__init_subclass__"
            | "__lt__"
            | "__le__"
            | "__gt__"
            | "__ge__"
    )
}

impl Interp {
    /// Calls `f(*args)` from inside a built-in operation (see module docs).
    pub fn call_sync(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_sync_kw(f, args, &[])
    }

    pub fn call_sync_kw(
        &mut self,
        f: Value,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        if let Some(r) = self.memo_next() {
            return r.map_err(Raise::Exc);
        }
        let module = self.module.clone();
        // Immediate outcomes are memoised too: replays must see the same
        // objects (a generator returned by `__iter__`, say).
        // A built-in callee runs right here; the Python calls it makes are
        // its own business (nested), not entries of this operation's memo.
        let out = match self.nested(|it| it.call_value(&module, f, args, kwargs, false)) {
            Ok(out) => out,
            Err(Raise::Exc(e)) => {
                self.record(Err(e));
                return Err(Raise::Exc(e));
            }
            Err(e) => return Err(e),
        };
        let (frame, cont) = match out {
            CallOut::Value(v) => {
                self.record(Ok(v));
                return Ok(v);
            }
            CallOut::Push(f) => (f, None),
            CallOut::Native(f, c) => (f, Some(c)),
        };
        if self.nested_mode {
            return self.run_nested(frame, cont);
        }
        // An operation that has already replayed `REPLAY_BUDGET` times
        // (a sort, `in`, `==` over many user objects) runs its further
        // calls nested, keeping it linear; deep nesting stays on replay.
        let made = self.replay.as_ref().map_or(0, |r| r.memo.len());
        if made >= REPLAY_BUDGET && self.nested_depth < MAX_BUDGET_NESTED {
            let r = self.run_nested(frame, cont);
            self.record_now(&r);
            return r;
        }
        let memo = self.replay.take().map(|r| r.memo).unwrap_or_default();
        Err(Raise::Call(Box::new(PendingCall { frame, cont, memo })))
    }

    /// The next memoised outcome when the current operation is replayed.
    fn memo_next(&mut self) -> Option<Result<Value, Value>> {
        if let Some(rs) = &mut self.replay {
            if rs.step == ADOPT {
                rs.step = self.steps;
            }
            if rs.step != self.steps {
                self.replay = None;
            }
        }
        let rs = self.replay.as_mut()?;
        let r = rs.memo.get(rs.pos).copied()?;
        rs.pos += 1;
        Some(r)
    }

    /// Runs `f` as one memoised step of the current operation: `f` runs
    /// nested (to completion) the first time; a replay of the operation
    /// gets the recorded outcome back instead of running `f` again. For
    /// steps with side effects that a replay must not repeat (draining an
    /// existing iterator, say).
    pub fn memoised(&mut self, f: impl FnOnce(&mut Interp) -> PyResult<Value>) -> PyResult<Value> {
        if self.nested_mode {
            return f(self);
        }
        if let Some(r) = self.memo_next() {
            return r.map_err(Raise::Exc);
        }
        let r = self.nested(f);
        self.record_now(&r);
        r
    }

    /// Records a nested outcome (the nested run advanced the step counter:
    /// the memo still belongs to this instruction).
    fn record_now(&mut self, r: &PyResult<Value>) {
        match r {
            Ok(v) => self.record(Ok(*v)),
            Err(Raise::Exc(e)) => self.record(Err(*e)),
            Err(_) => {}
        }
        if let Some(rs) = &mut self.replay {
            rs.step = self.steps;
        }
    }

    fn record(&mut self, r: Result<Value, Value>) {
        if self.nested_mode {
            return;
        }
        let step = self.steps;
        let rs = self.replay.get_or_insert_with(|| ReplayState {
            memo: Vec::new(),
            pos: 0,
            step,
        });
        rs.memo.push(r);
        rs.pos = rs.memo.len();
    }

    /// Runs a frame to completion on a nested frame stack.
    pub(crate) fn run_nested(
        &mut self,
        mut frame: Frame,
        cont: Option<NativeCont>,
    ) -> PyResult<Value> {
        if self.nested_depth >= MAX_NESTED {
            return Err(self.err(
                ClassId::RecursionError,
                "maximum recursion depth exceeded in a special method called from a built-in",
            ));
        }
        frame.ret = match cont {
            Some(c) => ReturnTo::Native(Box::new(c)),
            None => ReturnTo::TaskRoot,
        };
        let saved_replay = self.replay.take();
        let saved_mode = std::mem::replace(&mut self.nested_mode, false);
        self.nested_depth += 1;
        let mut frames = vec![frame];
        let exit = self.execute(&mut frames, None);
        self.nested_depth -= 1;
        self.nested_mode = saved_mode;
        self.replay = saved_replay;
        use crate::interp::exec::Exit;
        match exit {
            Exit::Returned(v) => Ok(v),
            Exit::Raised(e) => Err(Raise::Exc(e)),
            Exit::Limit(l) => Err(Raise::Limit(l)),
            Exit::Blocked => {
                Err(self
                    .type_error("a special method called from a built-in operation cannot await"))
            }
        }
    }

    /// Runs `f` with nested mode on (no redo target is available).
    /// The operation's replay memo is set aside meanwhile: calls made by
    /// `f` run now and are not part of it.
    pub fn nested<T>(&mut self, f: impl FnOnce(&mut Interp) -> PyResult<T>) -> PyResult<T> {
        let saved = std::mem::replace(&mut self.nested_mode, true);
        let saved_replay = self.replay.take();
        let r = f(self);
        self.nested_mode = saved;
        self.replay = saved_replay;
        match r {
            Err(Raise::Call(_)) => Err(self.err(
                ClassId::SystemError,
                "internal error: a special method call escaped its operation",
            )),
            r => r,
        }
    }

    /// The frame to push for a pending call, with its continuation chain.
    pub fn pending_frame(
        &mut self,
        p: PendingCall,
        redo: Redo,
        parent: Option<NativeCont>,
    ) -> Frame {
        let PendingCall {
            mut frame,
            cont,
            memo,
        } = p;
        let mut replay = NativeCont::new(NativeKind::Proto(ProtoCont::Replay { memo, redo }));
        if let Some(par) = parent {
            replay.parent = Some(Box::new(par));
        }
        frame.ret = match cont {
            Some(mut c) => {
                c.parent = Some(Box::new(replay));
                ReturnTo::Native(Box::new(c))
            }
            None => ReturnTo::Native(Box::new(replay)),
        };
        frame
    }

    /// One step of a protocol continuation; `ev` is the callee's outcome.
    pub(crate) fn proto_step(
        &mut self,
        p: ProtoCont,
        outcome: Result<Value, Value>,
        yielded: bool,
    ) -> PyResult<NativeStep> {
        match p {
            ProtoCont::Replay { mut memo, redo } => {
                memo.push(outcome);
                match redo {
                    Redo::Inst => {
                        self.replay = Some(ReplayState {
                            memo,
                            pos: 0,
                            step: ADOPT,
                        });
                        Ok(NativeStep::Retry)
                    }
                    Redo::Call {
                        callee,
                        args,
                        kwargs,
                    } => {
                        let module = self.module.clone();
                        self.replay = Some(ReplayState {
                            memo,
                            pos: 0,
                            step: ADOPT,
                        });
                        let saved = std::mem::replace(&mut self.nested_mode, false);
                        let kw: Vec<(&str, Value)> =
                            kwargs.iter().map(|(k, v)| (k.as_str(), *v)).collect();
                        let r = self.call_value(&module, callee, &args, &kw, false);
                        self.nested_mode = saved;
                        self.replay = None;
                        match r {
                            Ok(out) => Ok(NativeStep::Call(out)),
                            Err(Raise::Call(pc)) => {
                                let redo = Redo::Call {
                                    callee,
                                    args,
                                    kwargs,
                                };
                                // The caller attaches this continuation's parent.
                                Ok(NativeStep::PushRaw(self.pending_frame(*pc, redo, None)))
                            }
                            Err(e) => Err(e),
                        }
                    }
                }
            }
            ProtoCont::Init { inst } => match outcome {
                Ok(Value::None) => Ok(NativeStep::Done(inst)),
                Ok(v) => {
                    let t = self.heap.type_name(v);
                    Err(self.type_error(format!("__init__() should return None, not '{t}'")))
                }
                Err(e) => Err(Raise::Exc(e)),
            },
            ProtoCont::BuildClass {
                name,
                qualname,
                bases,
                ns,
            } => {
                let cell = outcome.map_err(Raise::Exc)?;
                let cls = self.create_class(&name, &qualname, &bases, ns)?;
                if let Value::Obj(c) = cell {
                    if let Object::Cell(slot) = self.heap.get_mut(c) {
                        *slot = cls;
                    }
                }
                // `__init_subclass__` of the nearest base; its result is
                // replaced by the class.
                let then = NativeCont::new(NativeKind::Proto(ProtoCont::InitSubclass { cls }));
                match self.init_subclass_call(cls)? {
                    Some(CallOut::Value(_)) | None => Ok(NativeStep::Done(cls)),
                    Some(CallOut::Push(f)) => Ok(NativeStep::Call(CallOut::Native(f, then))),
                    Some(CallOut::Native(f, mut c)) => {
                        crate::interp::exec::attach_parent(&mut c, Some(Box::new(then)));
                        Ok(NativeStep::Call(CallOut::Native(f, c)))
                    }
                }
            }
            ProtoCont::InitSubclass { cls } => match outcome {
                Ok(_) => Ok(NativeStep::Done(cls)),
                Err(e) => Err(Raise::Exc(e)),
            },
            ProtoCont::YieldFrom { sub } => match outcome {
                Ok(v) if yielded => {
                    let _ = sub;
                    Ok(NativeStep::Yield(v))
                }
                Ok(v) => Ok(NativeStep::Resume(v)),
                Err(e) => Err(Raise::Exc(e)),
            },
            ProtoCont::Send { gen } => match outcome {
                Ok(v) if yielded => Ok(NativeStep::Done(v)),
                Ok(v) => {
                    let _ = gen;
                    let args = if matches!(v, Value::None) {
                        vec![]
                    } else {
                        vec![v]
                    };
                    Err(Raise::Exc(self.new_exception(ClassId::StopIteration, args)))
                }
                Err(e) => Err(Raise::Exc(e)),
            },
            ProtoCont::Close { gen } => match outcome {
                Ok(_) if yielded => {
                    let _ = gen;
                    Err(self.err(ClassId::RuntimeError, "generator ignored GeneratorExit"))
                }
                Ok(_) => Ok(NativeStep::Done(Value::None)),
                Err(e) => {
                    let c = self.heap.class_of(e);
                    if c.is_subclass(ClassId::GeneratorExit)
                        || c.is_subclass(ClassId::StopIteration)
                    {
                        Ok(NativeStep::Done(Value::None))
                    } else {
                        Err(Raise::Exc(e))
                    }
                }
            },
        }
    }

    /// Whether `v` is an instance of a user class (an instance or a user
    /// exception), i.e. whether operators must look for dunders.
    #[inline]
    pub fn is_user_obj(&self, v: Value) -> bool {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Instance(_) => true,
                Object::Exception(e) => e.user_class.is_some(),
                _ => self.heap.has_header(r),
            },
            _ => false,
        }
    }

    /// The singleton `NotImplemented`.
    pub fn not_implemented(&self) -> Value {
        self.not_implemented
    }

    fn is_not_implemented(&self, v: Value) -> bool {
        matches!(self.heap.obj(v), Some(Object::NotImplemented))
    }

    /// `<__main__.C object at 0x...>`.
    pub fn default_repr(&self, v: Value) -> String {
        let cls = self.heap.type_of(v);
        let q = match self.heap.get(cls) {
            Object::UserClass(_) => self.user_class_path(cls),
            Object::Class(c) => c.qualified_name(),
            _ => "object".into(),
        };
        let addr = 0x7f00_0000_0000u64 + (v.as_obj().map(|r| r.0).unwrap_or(0) as u64) * 48;
        format!("<{q} object at 0x{addr:x}>")
    }

    /// `repr(v)` of an instance of a user class (`None`: not one).
    pub fn user_repr(&mut self, v: Value) -> PyResult<Option<String>> {
        if !self.is_user_obj(v) {
            return Ok(None);
        }
        match self.call_special(v, "__repr__", &[])? {
            Some(s) => match self.heap.as_str(s) {
                Some(s) => Ok(Some(s.to_string())),
                None => {
                    let t = self.heap.type_name(s);
                    Err(self.type_error(format!("__repr__ returned non-string (type {t})")))
                }
            },
            None => {
                if let Some(Object::Exception(_)) = self.heap.obj(v) {
                    return Ok(None);
                }
                if self.heap.header_of(v).is_some() {
                    return Ok(None); // the built-in base's repr
                }
                Ok(Some(self.default_repr(v)))
            }
        }
    }

    /// `str(v)` of an instance of a user class (`None`: not one, or an
    /// exception using the built-in `__str__`).
    pub fn user_str(&mut self, v: Value) -> PyResult<Option<String>> {
        if !self.is_user_obj(v) {
            return Ok(None);
        }
        match self.call_special(v, "__str__", &[])? {
            Some(s) => match self.heap.as_str(s) {
                Some(s) => Ok(Some(s.to_string())),
                None => {
                    let t = self.heap.type_name(s);
                    Err(self.type_error(format!("__str__ returned non-string (type {t})")))
                }
            },
            None => {
                if let Some(Object::Exception(_)) = self.heap.obj(v) {
                    return Ok(None);
                }
                if matches!(self.heap.obj(v), Some(Object::Str(_) | Object::Bytes(_))) {
                    return Ok(None); // `str.__str__`: the payload
                }
                self.user_repr(v)
            }
        }
    }

    /// Binary operator dunders (`None`: neither operand handles it).
    pub fn binary_dunder(
        &mut self,
        op: pycps_ir::BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let (name, rname, iname) = binop_names(op);
        if inplace && self.is_user_obj(a) {
            if let Some(v) = self.call_special(a, iname, &[b])? {
                if !self.is_not_implemented(v) {
                    return Ok(Some(v));
                }
            }
        }
        let same = self.heap.type_of(a) == self.heap.type_of(b);
        if self.is_user_obj(a) {
            if let Some(v) = self.call_special(a, name, &[b])? {
                if !self.is_not_implemented(v) {
                    return Ok(Some(v));
                }
            }
        }
        if self.is_user_obj(b) && !same {
            if let Some(v) = self.call_special(b, rname, &[a])? {
                if !self.is_not_implemented(v) {
                    return Ok(Some(v));
                }
            }
        }
        Ok(None)
    }

    /// Rich comparison with user objects: the raw result, or `None` when
    /// both sides answered `NotImplemented`.
    pub fn rich_compare(
        &mut self,
        op: pycps_ir::CompareOp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Value>> {
        use pycps_ir::CompareOp as C;
        let (name, refl) = match op {
            C::Eq => ("__eq__", "__eq__"),
            C::Ne => ("__ne__", "__ne__"),
            C::Lt => ("__lt__", "__gt__"),
            C::Le => ("__le__", "__ge__"),
            C::Gt => ("__gt__", "__lt__"),
            C::Ge => ("__ge__", "__le__"),
            _ => return Ok(None),
        };
        if self.is_user_obj(a) {
            if let Some(v) = self.call_special(a, name, &[b])? {
                if !self.is_not_implemented(v) {
                    return Ok(Some(v));
                }
            } else if op == C::Ne && self.user_special(a, "__eq__").is_some() {
                // object.__ne__ inverts __eq__.
                if let Some(v) = self.call_special(a, "__eq__", &[b])? {
                    if !self.is_not_implemented(v) {
                        let t = self.truthy(v)?;
                        return Ok(Some(Value::Bool(!t)));
                    }
                }
            }
        }
        if self.is_user_obj(b) {
            if let Some(v) = self.call_special(b, refl, &[a])? {
                if !self.is_not_implemented(v) {
                    return Ok(Some(v));
                }
            } else if op == C::Ne && self.user_special(b, "__eq__").is_some() {
                if let Some(v) = self.call_special(b, "__eq__", &[a])? {
                    if !self.is_not_implemented(v) {
                        let t = self.truthy(v)?;
                        return Ok(Some(Value::Bool(!t)));
                    }
                }
            }
        }
        if self.heap.header_of(a).is_some() || self.heap.header_of(b).is_some() {
            return Ok(None); // the built-in comparison of the payloads
        }
        match op {
            C::Eq => Ok(Some(Value::Bool(a.is(b)))),
            C::Ne => Ok(Some(Value::Bool(!a.is(b)))),
            _ => {
                let (ta, tb) = (self.heap.type_name(a), self.heap.type_name(b));
                let sym = match op {
                    C::Lt => "<",
                    C::Le => "<=",
                    C::Gt => ">",
                    _ => ">=",
                };
                Err(self.type_error(format!(
                    "'{sym}' not supported between instances of '{ta}' and '{tb}'"
                )))
            }
        }
    }

    /// Truthiness of a user object (`None`: not one).
    pub fn user_truthy(&mut self, v: Value) -> PyResult<Option<bool>> {
        if let Some(r) = self.call_special(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(Some(b)),
                _ => {
                    let t = self.heap.type_name(r);
                    Err(self.type_error(format!("__bool__ should return bool, returned {t}")))
                }
            };
        }
        if self.user_special(v, "__len__").is_some() {
            return Ok(Some(self.user_len(v)? > 0));
        }
        Ok(None)
    }

    /// `len(v)` of a user object.
    pub fn user_len(&mut self, v: Value) -> PyResult<usize> {
        let Some(r) = self.call_special(v, "__len__", &[])? else {
            let t = self.heap.type_name(v);
            return Err(self.type_error(format!("object of type '{t}' has no len()")));
        };
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            _ => {
                let t = self.heap.type_name(r);
                Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `hash(v)` of a user object (`None`: default identity hash).
    pub fn user_hash(&mut self, v: Value) -> PyResult<Option<u64>> {
        let Some(f) = self.user_special(v, "__hash__") else {
            return Ok(None);
        };
        if matches!(f, Value::None) {
            let t = self.heap.type_name(v);
            return Err(self.type_error(format!("unhashable type: '{t}'")));
        }
        let cls = self.heap.type_of(v);
        let bound = self.bind_attr(f, v, cls)?;
        let h = self.call_sync(bound, &[])?;
        match h {
            Value::Int(_) | Value::Bool(_) => Ok(Some(self.hash(h)?)),
            Value::Obj(_) if self.heap.class_of(h) == ClassId::Int => Ok(Some(self.hash(h)?)),
            _ => Err(self.type_error("__hash__ method should return an integer")),
        }
    }

    /// `iter(v)` of a user object.
    pub fn user_iter(&mut self, v: Value) -> PyResult<Option<Value>> {
        let Some(it) = self.call_special(v, "__iter__", &[])? else {
            if self.user_special(v, "__getitem__").is_some() {
                // The old sequence protocol: materialise by indexing.
                let mut items = Vec::new();
                loop {
                    match self.call_special(v, "__getitem__", &[Value::Int(items.len() as i64)]) {
                        Ok(Some(x)) => items.push(x),
                        Ok(None) => break,
                        Err(Raise::Exc(e))
                            if self.heap.class_of(e).is_subclass(ClassId::IndexError)
                                || self.heap.class_of(e).is_subclass(ClassId::StopIteration) =>
                        {
                            break
                        }
                        Err(e) => return Err(e),
                    }
                }
                return Ok(Some(self.values_iter(items)));
            }
            return Ok(None);
        };
        let ok = match self.heap.obj(it) {
            Some(Object::Iter(_) | Object::Generator(_)) => true,
            _ => self.user_special(it, "__next__").is_some() || !self.is_user_obj(it),
        };
        if !ok {
            let t = self.heap.type_name(it);
            return Err(self.type_error(format!("iter() returned non-iterator of type '{t}'")));
        }
        Ok(Some(it))
    }

    /// `next(it)` of a user iterator: `None` at `StopIteration`.
    pub fn user_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match self.call_special(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                let t = self.heap.type_name(it);
                Err(self.type_error(format!("'{t}' object is not an iterator")))
            }
            Err(Raise::Exc(e)) if self.heap.class_of(e).is_subclass(ClassId::StopIteration) => {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `object`/`BaseException` methods reached through `super()` or the
    /// class (`object.__setattr__(self, k, v)`, `super().__init__(msg)`).
    pub fn call_object_method(
        &mut self,
        owner: ClassId,
        recv: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Value> {
        match name {
            "__init__" => {
                if let Some(Object::Exception(_)) = self.heap.obj(recv) {
                    let a = args.to_vec();
                    if let Some(Object::Exception(e)) = recv.as_obj().map(|r| self.heap.get_mut(r))
                    {
                        e.args = a;
                    }
                }
                Ok(Value::None)
            }
            "__new__" => {
                let Some((&cls, rest)) = args.split_first() else {
                    return Err(self.type_error("object.__new__(): not enough arguments"));
                };
                let Some(c) = cls.as_obj() else {
                    return Err(self.type_error("object.__new__(X): X is not a type object"));
                };
                let inst = self.new_instance(c)?;
                if owner.is_exception() {
                    if let Some(Object::Exception(e)) = inst.as_obj().map(|r| self.heap.get_mut(r))
                    {
                        e.args = rest.to_vec();
                    }
                }
                Ok(inst)
            }
            "__repr__" => {
                let s = if self.is_user_obj(recv) && !owner.is_exception() {
                    self.default_repr(recv)
                } else {
                    self.repr(recv)?
                };
                Ok(self.heap.str(s))
            }
            "__str__" => {
                let s = if owner.is_exception() {
                    self.exception_message(recv)
                } else {
                    self.repr(recv)?
                };
                Ok(self.heap.str(s))
            }
            "__eq__" => Ok(
                if recv.is(args.first().copied().unwrap_or(Value::Unbound)) {
                    Value::Bool(true)
                } else {
                    self.not_implemented()
                },
            ),
            "__ne__" => Ok(
                if recv.is(args.first().copied().unwrap_or(Value::Unbound)) {
                    Value::Bool(false)
                } else {
                    self.not_implemented()
                },
            ),
            "__lt__" | "__le__" | "__gt__" | "__ge__" => Ok(self.not_implemented()),
            "__hash__" => {
                let h = self.heap.hash(recv).unwrap_or(0);
                Ok(Value::Int((h >> 1) as i64))
            }
            "__setattr__" | "__delattr__" | "__getattribute__" => {
                let Some(n) = args
                    .first()
                    .and_then(|&a| self.heap.as_str(a))
                    .map(String::from)
                else {
                    return Err(self.type_error("attribute name must be string"));
                };
                let Value::Obj(r) = recv else {
                    return Err(self.type_error("can't set attributes of built-in types"));
                };
                match name {
                    "__setattr__" => {
                        let v = args.get(1).copied().unwrap_or(Value::None);
                        self.instance_store(r, &n, v)?;
                        Ok(Value::None)
                    }
                    "__delattr__" => {
                        let d = match self.heap.get(r) {
                            Object::Instance(i) => Some(i.dict),
                            _ => None,
                        };
                        let k = self.heap.str(n.as_str());
                        let removed = match d {
                            Some(d) => self.dict_remove(d, k)?.is_some(),
                            None => false,
                        };
                        if !removed {
                            let t = self.heap.type_name(recv);
                            return Err(self.err(
                                ClassId::AttributeError,
                                format!("'{t}' object has no attribute '{n}'"),
                            ));
                        }
                        Ok(Value::None)
                    }
                    _ => self.get_attr(recv, &n),
                }
            }
            "__format__" => {
                let spec = args
                    .first()
                    .and_then(|&a| self.heap.as_str(a))
                    .unwrap_or("");
                if spec.is_empty() {
                    let s = self.to_str(recv)?;
                    Ok(self.heap.str(s))
                } else {
                    let t = self.heap.type_name(recv);
                    Err(self.type_error(format!(
                        "unsupported format string passed to {t}.__format__"
                    )))
                }
            }
            _ => Ok(Value::None),
        }
    }

    /// A built-in method object of `property` or an `object`/exception
    /// dunder (`recv == Unbound`: unbound, the receiver is `args[0]`).
    pub fn call_dunder_method(
        &mut self,
        owner: ClassId,
        recv: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Value> {
        if owner == ClassId::Property {
            let Some(Object::Property(p)) = self.heap.obj(recv) else {
                return Err(self.type_error("descriptor requires a property"));
            };
            let mut p = (**p).clone();
            let f = args.first().copied().unwrap_or(Value::None);
            match name {
                "setter" => p.fset = f,
                "deleter" => p.fdel = f,
                _ => p.fget = f,
            }
            return Ok(Value::Obj(self.heap.alloc(Object::Property(Box::new(p)))));
        }
        if matches!(recv, Value::Unbound) && name != "__new__" {
            let Some((&first, rest)) = args.split_first() else {
                return Err(self.type_error(format!(
                    "unbound method {}.{name}() needs an argument",
                    owner.name()
                )));
            };
            return self.call_object_method(owner, first, name, rest);
        }
        self.call_object_method(owner, recv, name, args)
    }

    /// `recv.name(*args)` when `recv` is a user object, class or `super`,
    /// or a generator (`send`/`throw`/`close`); `None`: not handled here.
    pub fn call_method_user(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<Option<CallOut>> {
        let Value::Obj(r) = recv else { return Ok(None) };
        let module = self.module.clone();
        if self.heap.has_header(r) {
            return self.call_method_header(recv, r, name, args, kwargs, in_async);
        }
        match self.heap.get(r) {
            Object::Instance(i) => {
                let (cls, dict) = (i.class, i.dict);
                // Fast path: a plain function on the class, not shadowed.
                if let Some(f) = self.class_lookup(cls, name) {
                    if let Some(Object::Function(_)) = self.heap.obj(f) {
                        if self.dict_get_str(dict, name).is_none() {
                            let mut a = Vec::with_capacity(args.len() + 1);
                            a.push(recv);
                            a.extend_from_slice(args);
                            return self.call_value(&module, f, &a, kwargs, in_async).map(Some);
                        }
                    }
                }
            }
            Object::UserClass(_) | Object::Super { .. } | Object::BoundMethod { .. } => {}
            Object::Exception(e) => {
                if e.user_class.is_none() {
                    return Ok(None);
                }
                if matches!(name, "with_traceback" | "add_note")
                    && self.user_special(recv, name).is_none()
                {
                    return Ok(None);
                }
            }
            Object::Generator(_) => {
                return match name {
                    "send" => {
                        self.arity("send", args, 1, 1)?;
                        self.gen_send(r, args[0]).map(Some)
                    }
                    "__next__" => self.gen_send(r, Value::None).map(Some),
                    "throw" => {
                        self.arity("throw", args, 1, 3)?;
                        let e = match (args[0], args.get(1)) {
                            (c, Some(&v)) if self.is_class(c) && !matches!(v, Value::None) => v,
                            (c, _) => c,
                        };
                        self.gen_throw(r, e, false).map(Some)
                    }
                    "close" => {
                        let e = Value::Obj(ClassId::GeneratorExit.obj());
                        self.gen_throw(r, e, true).map(Some)
                    }
                    "__iter__" => Ok(Some(CallOut::Value(recv))),
                    _ => Ok(None),
                };
            }
            _ => return Ok(None),
        }
        let f = self.get_attr(recv, name)?;
        self.call_value(&module, f, args, kwargs, in_async)
            .map(Some)
    }

    /// `recv.name(*args)` for an instance of a user subclass of a built-in
    /// type: its own methods, else the built-in base's (`None`).
    #[inline(never)]
    fn call_method_header(
        &mut self,
        recv: Value,
        r: ObjRef,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<Option<CallOut>> {
        let module = self.module.clone();
        let Some(&crate::heap::UserHeader { class: cls, dict }) = self.heap.header(r) else {
            return Ok(None);
        };
        // A user subclass of a built-in type: its own methods, else
        // the built-in base's (`Stack().append(x)`).
        let own = self.dict_get_str(dict, name).is_some();
        match self.class_lookup(cls, name) {
            Some(f) if !own && matches!(self.heap.obj(f), Some(Object::Function(_))) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(recv);
                a.extend_from_slice(args);
                return self.call_value(&module, f, &a, kwargs, in_async).map(Some);
            }
            Some(_) => {}
            None if own => {}
            None => {
                let base = self.heap.class_of(recv);
                if crate::builtins::attrs::has_method(base, name)
                    || self.class_lookup(cls, "__getattr__").is_none()
                {
                    return Ok(None);
                }
            }
        }
        let f = self.get_attr(recv, name)?;
        self.call_value(&module, f, args, kwargs, in_async)
            .map(Some)
    }

    /// Calling a user class: `__new__` (if overridden), then `__init__`.
    pub fn construct_user(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<CallOut> {
        // A metaclass `__call__` stand-in (see `crate::modules::classhooks`).
        if let Some(f) = self.class_lookup(cls, "__class_call__") {
            let bound = self.bind_attr(f, Value::Obj(cls), cls)?;
            let module = self.module.clone();
            return self.call_value(&module, bound, args, kwargs, false);
        }
        let new = self.class_lookup(cls, "__new__");
        let header_base = self.header_class_base(cls);
        let inst = match new {
            Some(n) => {
                let f = match self.heap.obj(n) {
                    Some(Object::StaticMethod(f)) => *f,
                    _ => n,
                };
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(Value::Obj(cls));
                a.extend_from_slice(args);
                let inst = self.call_sync_kw(f, &a, kwargs)?;
                if !self.is_instance_of(inst, cls) {
                    return Ok(CallOut::Value(inst));
                }
                inst
            }
            None => {
                if let Some(b) = header_base {
                    self.builtin_new(Value::Obj(cls), b, args, kwargs)?
                } else {
                    let inst = self.new_instance(cls)?;
                    if let Some(Object::Exception(e)) = inst.as_obj().map(|r| self.heap.get_mut(r))
                    {
                        e.args = args.to_vec();
                    }
                    inst
                }
            }
        };
        let init = self.class_lookup(cls, "__init__");
        if let (None, Some(b)) = (init, header_base) {
            self.builtin_init(inst, b, args, kwargs)?;
            return Ok(CallOut::Value(inst));
        }
        let Some(init) = init else {
            let is_exc = matches!(self.heap.obj(inst), Some(Object::Exception(_)));
            if new.is_none() && !is_exc && (!args.is_empty() || !kwargs.is_empty()) {
                let n = self.heap.class_name(cls);
                return Err(self.type_error(format!("{n}() takes no arguments")));
            }
            return Ok(CallOut::Value(inst));
        };
        let bound = self.bind_attr(init, inst, cls)?;
        let module = self.module.clone();
        let out = self.call_value(&module, bound, args, kwargs, false)?;
        let init_cont = NativeCont::new(NativeKind::Proto(ProtoCont::Init { inst }));
        Ok(match out {
            CallOut::Value(Value::None) => CallOut::Value(inst),
            CallOut::Value(v) => {
                let t = self.heap.type_name(v);
                return Err(self.type_error(format!("__init__() should return None, not '{t}'")));
            }
            CallOut::Push(f) => CallOut::Native(f, init_cont),
            CallOut::Native(f, mut c) => {
                c.parent = Some(Box::new(init_cont));
                CallOut::Native(f, c)
            }
        })
    }
}

/// `(__op__, __rop__, __iop__)` of a binary operator.
fn binop_names(op: pycps_ir::BinaryOp) -> (&'static str, &'static str, &'static str) {
    use pycps_ir::BinaryOp as B;
    match op {
        B::Add => ("__add__", "__radd__", "__iadd__"),
        B::Sub => ("__sub__", "__rsub__", "__isub__"),
        B::Mul => ("__mul__", "__rmul__", "__imul__"),
        B::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        B::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        B::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        B::Mod => ("__mod__", "__rmod__", "__imod__"),
        B::Pow => ("__pow__", "__rpow__", "__ipow__"),
        B::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        B::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        B::BitAnd => ("__and__", "__rand__", "__iand__"),
        B::BitOr => ("__or__", "__ror__", "__ior__"),
        B::BitXor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

impl Interp {
    /// `type(name, bases, dict)`.
    pub fn type_new(&mut self, args: &[Value]) -> PyResult<Value> {
        let Some(name) = self.heap.as_str(args[0]).map(String::from) else {
            return Err(self.type_error("type.__new__() argument 1 must be str"));
        };
        let bases = match self.heap.obj(args[1]) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => return Err(self.type_error("type.__new__() argument 2 must be tuple")),
        };
        let Some(Object::Dict(d)) = self.heap.obj(args[2]) else {
            return Err(self.type_error("type.__new__() argument 3 must be dict"));
        };
        let ns = self.heap.alloc(Object::Dict(d.clone()));
        if self.dict_get_str(ns, "__module__").is_none() {
            let m = self.heap.str("__main__");
            self.dict_set_str(ns, "__module__", m)?;
        }
        self.create_class(&name, &name, &bases, ns)
    }

    /// `property(...)`, `staticmethod(f)`, `classmethod(f)`, `super(t, o)`.
    pub fn construct_descriptor(
        &mut self,
        cls: ClassId,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let name = cls.name();
        match cls {
            ClassId::Property => {
                self.only_kwargs(name, kwargs, &["fget", "fset", "fdel", "doc"])?;
                self.arity(name, args, 0, 4)?;
                let get = |i: usize, k: &str| {
                    args.get(i)
                        .copied()
                        .or(Interp::kwarg(kwargs, k))
                        .unwrap_or(Value::None)
                };
                let p = crate::instance::PropertyObj {
                    fget: get(0, "fget"),
                    fset: get(1, "fset"),
                    fdel: get(2, "fdel"),
                    doc: get(3, "doc"),
                };
                Ok(Value::Obj(self.heap.alloc(Object::Property(Box::new(p)))))
            }
            ClassId::StaticMethod | ClassId::ClassMethod => {
                self.no_kwargs(name, kwargs)?;
                self.arity(name, args, 1, 1)?;
                let o = if cls == ClassId::StaticMethod {
                    Object::StaticMethod(args[0])
                } else {
                    Object::ClassMethod(args[0])
                };
                Ok(Value::Obj(self.heap.alloc(o)))
            }
            _ => {
                if args.len() != 2 {
                    return Err(self.err(ClassId::RuntimeError, "super(): no arguments"));
                }
                let Some(c) = args[0].as_obj().filter(|_| self.is_class(args[0])) else {
                    let t = self.heap.type_name(args[0]);
                    return Err(
                        self.type_error(format!("super() argument 1 must be a type, not {t}"))
                    );
                };
                let obj = args[1];
                let ok = if self.is_class(obj) {
                    obj.as_obj().is_some_and(|o| self.class_is_subclass(o, c))
                } else {
                    self.is_instance_of(obj, c)
                };
                if !ok {
                    return Err(self.type_error(
                        "super(type, obj): obj must be an instance or subtype of type",
                    ));
                }
                Ok(Value::Obj(self.heap.alloc(Object::Super { cls: c, obj })))
            }
        }
    }

    /// `isinstance`, `issubclass`, `setattr`, `delattr`, `vars`.
    pub fn object_builtin(
        &mut self,
        b: crate::builtins::BuiltinFn,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        use crate::builtins::BuiltinFn as F;
        let name = b.name();
        self.no_kwargs(name, kwargs)?;
        match b {
            F::IsInstance | F::IsSubclass => {
                self.arity(name, args, 2, 2)?;
                if b == F::IsSubclass && !self.is_class(args[0]) {
                    return Err(self.type_error("issubclass() arg 1 must be a class"));
                }
                let targets: Vec<Value> = match self.heap.obj(args[1]) {
                    Some(Object::Tuple(items)) => items.clone(),
                    _ => vec![args[1]],
                };
                let mut r = false;
                for t in targets {
                    let Some(tr) = t.as_obj().filter(|_| self.is_class(t)) else {
                        return Err(self.type_error(format!(
                            "{name}() arg 2 must be a type, a tuple of types, or a union"
                        )));
                    };
                    r |= if b == F::IsInstance {
                        self.is_instance_of(args[0], tr)
                    } else {
                        args[0]
                            .as_obj()
                            .is_some_and(|a| self.class_is_subclass(a, tr))
                    };
                }
                Ok(Value::Bool(r))
            }
            F::SetAttr | F::DelAttr => {
                let n = if b == F::SetAttr { 3 } else { 2 };
                self.arity(name, args, n, n)?;
                let Some(attr) = self.heap.as_str(args[1]).map(String::from) else {
                    let t = self.heap.type_name(args[1]);
                    return Err(
                        self.type_error(format!("attribute name must be string, not '{t}'"))
                    );
                };
                if b == F::SetAttr {
                    self.set_attr(args[0], &attr, args[2])?;
                } else if !self.instance_delattr(args[0], &attr)? {
                    let t = self.heap.type_name(args[0]);
                    return Err(self.err(
                        ClassId::AttributeError,
                        format!("'{t}' object has no attribute '{attr}'"),
                    ));
                }
                Ok(Value::None)
            }
            _ => {
                self.arity(name, args, 1, 1)?;
                match self.get_attr(args[0], "__dict__") {
                    Ok(d) => Ok(d),
                    Err(Raise::Exc(_)) => {
                        Err(self.type_error("vars() argument must have __dict__ attribute"))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }
}

impl Interp {
    /// `needle in container` when a user object is involved (`None`: the
    /// built-in containers' fast paths apply).
    pub fn user_contains(&mut self, container: Value, needle: Value) -> PyResult<Option<bool>> {
        if self.is_user_obj(container) {
            if let Some(r) = self.call_special(container, "__contains__", &[needle])? {
                return self.truthy(r).map(Some);
            }
            if self.heap.header_of(container).is_none() {
                let items = self.iterate(container)?;
                for i in items {
                    if self.py_eq(i, needle)? {
                        return Ok(Some(true));
                    }
                }
                return Ok(Some(false));
            }
        }
        // Whether any header object exists, hoisted out of the item scan.
        let headers = self.heap.any_headers();
        let heap = &self.heap;
        let user = |v: Value| match v {
            Value::Obj(r) => match heap.get(r) {
                Object::Instance(_) => true,
                Object::Exception(e) => e.user_class.is_some(),
                _ => headers && heap.has_header(r),
            },
            _ => false,
        };
        let items = match heap.obj(container) {
            Some(Object::List(items) | Object::Tuple(items)) => {
                if !user(needle) && !items.iter().any(|&i| user(i)) {
                    return Ok(None);
                }
                items.clone()
            }
            _ => return Ok(None),
        };
        for i in items {
            if self.py_eq(i, needle)? {
                return Ok(Some(true));
            }
        }
        Ok(Some(false))
    }

    /// `next(gen)` from inside a synchronous operation.
    pub fn gen_next_sync(&mut self, gen: ObjRef) -> PyResult<Option<Value>> {
        let m = Value::Obj(self.heap.alloc(Object::Method {
            recv: Value::Obj(gen),
            owner: ClassId::Generator,
            name: "__next__".into(),
        }));
        match self.call_sync(m, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(Raise::Exc(e)) if self.heap.class_of(e).is_subclass(ClassId::StopIteration) => {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Stable merge sort by `<` on keys that include user objects.
    pub fn sort_user(
        &mut self,
        items: Vec<Value>,
        keys: Vec<Value>,
        reverse: bool,
    ) -> PyResult<Vec<Value>> {
        let mut idx: Vec<usize> = (0..items.len()).collect();
        if reverse {
            idx.reverse();
        }
        let mut width = 1;
        let n = idx.len();
        let mut buf = Vec::with_capacity(n);
        while width < n {
            buf.clear();
            let mut lo = 0;
            while lo < n {
                let mid = (lo + width).min(n);
                let hi = (lo + 2 * width).min(n);
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    // Take from the right only if right < left (stability).
                    let v = self.compare(pycps_ir::CompareOp::Lt, keys[idx[j]], keys[idx[i]])?;
                    if self.truthy(v)? {
                        buf.push(idx[j]);
                        j += 1;
                    } else {
                        buf.push(idx[i]);
                        i += 1;
                    }
                }
                buf.extend_from_slice(&idx[i..mid]);
                buf.extend_from_slice(&idx[j..hi]);
                lo = hi;
            }
            std::mem::swap(&mut idx, &mut buf);
            width *= 2;
        }
        if reverse {
            idx.reverse();
        }
        Ok(idx.into_iter().map(|i| items[i]).collect())
    }
}

impl Interp {
    /// For a user-object key with a user `__eq__`: the stored key of dict
    /// (or set) `d` equal to it (by `py_eq` over the same-hash entries),
    /// else `key`.
    pub fn user_key(&mut self, d: ObjRef, h: u64, key: Value) -> PyResult<Value> {
        if !self.is_user_obj(key) || self.user_special(key, "__eq__").is_none() {
            return Ok(key);
        }
        let mut cands = Vec::new();
        match self.heap.get(d) {
            Object::Dict(dict) => {
                dict.find(h, |k| {
                    cands.push(k);
                    false
                });
            }
            Object::Set(t) | Object::FrozenSet(t) => {
                t.find(h, |k| {
                    cands.push(k);
                    false
                });
            }
            _ => {}
        }
        for c in cands {
            if self.py_eq(c, key)? {
                return Ok(c);
            }
        }
        Ok(key)
    }
}

impl Interp {
    /// Runs the user `__str__`/`__repr__` methods an uncaught exception's
    /// rendering needs (nested mode: no instruction is executing), filling
    /// `str_memo`/`repr_memo`.
    pub fn prepare_exception_render(&mut self, exc: Value) {
        let mut cur = exc;
        let mut seen = Vec::new();
        while let Value::Obj(r) = cur {
            if seen.contains(&r) || seen.len() > 50 {
                break;
            }
            seen.push(r);
            let Object::Exception(e) = self.heap.get(r) else {
                break;
            };
            let args = e.args.clone();
            let next = if !matches!(e.cause, Value::None) {
                e.cause
            } else if !e.suppress_context {
                e.context
            } else {
                Value::None
            };
            if self.user_special(cur, "__str__").is_some() {
                if let Ok(Some(s)) = self.nested(|it| it.user_str(cur)) {
                    self.str_memo.push((r, s));
                }
            }
            for a in args {
                let mut users = Vec::new();
                let mut st = Vec::new();
                self.collect_user_objs_pub(a, &mut users, &mut st);
                for u in users {
                    if let Ok(Some(s)) = self.nested(|it| it.user_repr(Value::Obj(u))) {
                        self.repr_memo.push((u, s));
                    }
                }
            }
            cur = next;
        }
    }
}
