//! `repr()` and `str()` of built-in values, exactly as CPython prints them.
//!
//! The walk is read-only over the heap (`&self`): containers are visited in
//! place, cycles print as `[...]`/`{...}`, and nesting deeper than
//! `MAX_DEPTH` raises `RecursionError` instead of overflowing the Rust stack.
//! A walk cannot return to the dispatch loop, so it checks the memory and
//! time limits itself every [`WALK_CHECK`] visited nodes or output bytes
//! (the repr of a shared structure nested 40 deep has 2**40 leaves).

use crate::classes::ClassId;
use crate::format::{bytes_repr, float_repr, str_repr};
use crate::interp::{Interp, PyResult};
use crate::object::{CoroState, FutureKind, IterObj, Object, ViewKind};
use crate::value::{ObjRef, Value};
use std::fmt::Write;
use std::sync::atomic::Ordering::Relaxed;

const MAX_DEPTH: usize = 800;

/// Nodes visited (or output bytes written) between two limit checks of a
/// repr walk.
pub const WALK_CHECK: usize = 1 << 16;

/// Why a walk stopped: nesting deeper than `MAX_DEPTH` (`Deep`), or a
/// limit (`Limit`; [`Interp::walk_limit`] says which).
enum TooDeep {
    Deep,
    Limit,
    /// An int with more digits than `sys.get_int_max_str_digits()`.
    IntDigits,
}

impl Interp {
    /// `repr(v)`. Instances of user classes inside `v` are asked for
    /// their `__repr__` first (in the order the walk meets them, through
    /// [`Interp::call_sync`]); the walk itself then reads the results.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        self.walk_budget.store(WALK_CHECK, Relaxed);
        let mut users = Vec::new();
        let mut seen = Vec::new();
        self.collect_user_objs(v, &mut users, &mut seen, 0);
        self.walk_limit(0)?;
        let mut memo = Vec::new();
        for u in users {
            if memo.iter().any(|(r, _)| *r == u) {
                continue;
            }
            if let Some(s) = self.user_repr(Value::Obj(u))? {
                memo.push((u, s));
            }
        }
        let saved = std::mem::replace(&mut self.repr_memo, memo);
        let mut out = String::new();
        let mut stack = Vec::new();
        let r = self.repr_into(v, &mut out, &mut stack, 0);
        self.repr_memo = saved;
        match r {
            Ok(()) => Ok(out),
            Err(TooDeep::Deep) => Err(self.err(
                ClassId::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            )),
            Err(TooDeep::Limit) => {
                self.walk_limit(out.len())?;
                Err(self.err(ClassId::MemoryError, ""))
            }
            Err(TooDeep::IntDigits) => Err(self.int_digits_error()),
        }
    }

    /// CPython's `ValueError` for an int too long to convert to text.
    fn int_digits_error(&mut self) -> crate::interp::Raise {
        self.text_error(crate::text::int_digits_error())
    }

    /// Counts `n` units of walk work; every [`WALK_CHECK`] units, checks
    /// the time limit and that `out_len` more bytes fit the memory limit.
    fn walk_tick(&self, n: usize) -> Result<(), TooDeep> {
        let left = self.walk_budget.load(Relaxed);
        if left > n {
            self.walk_budget.store(left - n, Relaxed);
            return Ok(());
        }
        self.walk_budget.store(WALK_CHECK, Relaxed);
        if self.check_time().is_err() {
            self.walk_budget.store(0, Relaxed);
            return Err(TooDeep::Limit);
        }
        Ok(())
    }

    /// One node of a native walk (`json.dumps`, ...) that has written
    /// `out_len` bytes: every [`WALK_CHECK`] nodes, the time limit and
    /// whether the output still fits the memory limit.
    pub(crate) fn walk_step(&mut self, out_len: usize) -> PyResult<()> {
        let left = self.walk_budget.load(Relaxed);
        if left > 1 {
            self.walk_budget.store(left - 1, Relaxed);
            return Ok(());
        }
        self.walk_budget.store(WALK_CHECK, Relaxed);
        self.walk_limit(out_len)
    }

    /// The limit error of a walk that stopped (or is `out_len` bytes
    /// into its output), if a limit is exceeded.
    fn walk_limit(&mut self, out_len: usize) -> PyResult<()> {
        self.check_time().map_err(crate::interp::Raise::Limit)?;
        self.reserve(out_len)
    }

    /// Instances of user classes reachable through built-in containers.
    pub fn collect_user_objs_pub(&self, v: Value, out: &mut Vec<ObjRef>, seen: &mut Vec<ObjRef>) {
        self.collect_user_objs(v, out, seen, 0)
    }

    fn collect_user_objs(
        &self,
        v: Value,
        out: &mut Vec<ObjRef>,
        seen: &mut Vec<ObjRef>,
        depth: usize,
    ) {
        let Value::Obj(r) = v else { return };
        if depth > MAX_DEPTH || self.walk_tick(1).is_err() {
            return;
        }
        if self.heap.header(r).is_some() && self.user_special(v, "__repr__").is_some() {
            out.push(r);
            return;
        }
        match self.heap.get(r) {
            Object::Instance(_) => out.push(r),
            Object::Exception(e) => {
                if e.user_class.is_some() {
                    out.push(r);
                }
                for &a in &e.args {
                    self.collect_user_objs(a, out, seen, depth + 1);
                }
            }
            Object::BoundMethod { recv, .. } => self.collect_user_objs(*recv, out, seen, depth + 1),
            Object::List(items) | Object::Tuple(items) => {
                if seen.contains(&r) {
                    return;
                }
                seen.push(r);
                for &i in items {
                    self.collect_user_objs(i, out, seen, depth + 1);
                }
                seen.pop();
            }
            Object::Dict(d) => {
                if seen.contains(&r) {
                    return;
                }
                seen.push(r);
                for e in d.iter() {
                    self.collect_user_objs(e.key, out, seen, depth + 1);
                    self.collect_user_objs(e.value, out, seen, depth + 1);
                }
                seen.pop();
            }
            Object::Set(t) | Object::FrozenSet(t) => {
                for e in t.iter() {
                    self.collect_user_objs(e.key, out, seen, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// `repr(v)`, never failing (for diagnostics).
    pub fn repr_lossy(&self, v: Value) -> String {
        let mut out = String::new();
        let mut stack = Vec::new();
        match self.repr_into(v, &mut out, &mut stack, 0) {
            Ok(()) => out,
            Err(_) => "...".into(),
        }
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = self.user_str(v)? {
            return Ok(s);
        }
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => Ok(s.clone()),
                Object::Native(_) => match self.native_str(r)? {
                    Some(s) => Ok(s),
                    None => self.repr(v),
                },
                Object::Exception(_) => {
                    let mut out = String::new();
                    let mut stack = Vec::new();
                    match self.exc_str_into(r, &mut out, &mut stack, 0) {
                        Ok(()) => Ok(out),
                        Err(TooDeep::Deep) => Err(self.err(
                            ClassId::RecursionError,
                            "maximum recursion depth exceeded while getting the str of an object",
                        )),
                        Err(TooDeep::Limit) => {
                            self.walk_limit(out.len())?;
                            Err(self.err(ClassId::MemoryError, ""))
                        }
                        Err(TooDeep::IntDigits) => Err(self.int_digits_error()),
                    }
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `str(exc)`: empty, the single argument's `str`, or the args tuple.
    pub fn exception_message(&self, exc: Value) -> String {
        let mut out = String::new();
        if let Value::Obj(r) = exc {
            let mut stack = Vec::new();
            let _ = self.exc_str_into(r, &mut out, &mut stack, 0);
        }
        out
    }

    fn exc_str_into(
        &self,
        r: ObjRef,
        out: &mut String,
        stack: &mut Vec<ObjRef>,
        depth: usize,
    ) -> Result<(), TooDeep> {
        let Object::Exception(e) = self.heap.get(r) else {
            return Ok(());
        };
        if let Some((_, s)) = self.str_memo.iter().find(|(m, _)| *m == r) {
            out.push_str(s);
            return Ok(());
        }
        if e.class.is_subclass(ClassId::BaseExceptionGroup) {
            // `msg (N sub-exception[s])`.
            if let [m, l] = e.args.as_slice() {
                let n = match self.heap.obj(*l) {
                    Some(Object::List(v) | Object::Tuple(v)) => v.len(),
                    _ => 0,
                };
                if let Some(Object::Str(s)) = self.heap.obj(*m) {
                    out.push_str(s);
                }
                let _ = write!(out, " ({n} sub-exception{})", if n == 1 { "" } else { "s" });
                return Ok(());
            }
        }
        if let Some(s) = self.exception_field_str(r) {
            out.push_str(&s);
            return Ok(());
        }
        match e.args.as_slice() {
            [] => Ok(()),
            [a] if e.class == ClassId::KeyError => self.repr_into(*a, out, stack, depth + 1),
            [a] => match self.heap.obj(*a) {
                Some(Object::Str(s)) => {
                    out.push_str(s);
                    Ok(())
                }
                Some(Object::Exception(_)) => {
                    self.exc_str_into(a.as_obj().unwrap_or(r), out, stack, depth + 1)
                }
                _ => self.repr_into(*a, out, stack, depth + 1),
            },
            args => self.seq_repr(args, "(", ")", true, out, stack, depth),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn seq_repr(
        &self,
        items: &[Value],
        open: &str,
        close: &str,
        tuple: bool,
        out: &mut String,
        stack: &mut Vec<ObjRef>,
        depth: usize,
    ) -> Result<(), TooDeep> {
        out.push_str(open);
        for (i, &item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.repr_into(item, out, stack, depth + 1)?;
        }
        if tuple && items.len() == 1 {
            out.push(',');
        }
        out.push_str(close);
        Ok(())
    }

    fn repr_into(
        &self,
        v: Value,
        out: &mut String,
        stack: &mut Vec<ObjRef>,
        depth: usize,
    ) -> Result<(), TooDeep> {
        if depth > MAX_DEPTH {
            return Err(TooDeep::Deep);
        }
        let r = match v {
            Value::Unbound => {
                out.push_str("<unbound>");
                return Ok(());
            }
            Value::None => {
                out.push_str("None");
                return Ok(());
            }
            Value::Bool(true) => {
                out.push_str("True");
                return Ok(());
            }
            Value::Bool(false) => {
                out.push_str("False");
                return Ok(());
            }
            Value::Int(i) => {
                let _ = write!(out, "{i}");
                return Ok(());
            }
            Value::Float(f) => {
                out.push_str(&float_repr(f));
                return Ok(());
            }
            Value::Obj(r) => r,
        };
        self.walk_tick(1)?;
        let room = self
            .limits
            .max_memory
            .map_or(1 << 34, |m| m.saturating_sub(self.heap.bytes));
        if out.len() > room {
            return Err(TooDeep::Limit);
        }
        if self.heap.header(r).is_some() {
            // A user subclass of a built-in type with its own `__repr__`.
            if let Some((_, s)) = self.repr_memo.iter().find(|(m, _)| *m == r) {
                out.push_str(s);
                return Ok(());
            }
        }
        let addr = 0x7f00_0000_0000u64 + r.0 as u64 * 0x30;
        let obj = self.heap.get(r);
        let container = matches!(
            obj,
            Object::List(_)
                | Object::Tuple(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::DictView(..)
        );
        if container {
            if stack.contains(&r) {
                out.push_str(match obj {
                    Object::List(_) => "[...]",
                    Object::Tuple(_) => "(...)",
                    _ => "{...}",
                });
                return Ok(());
            }
            stack.push(r);
        }
        let result = (|| -> Result<(), TooDeep> {
            match obj {
                Object::Str(s) => out.push_str(&str_repr(s)),
                Object::Bytes(b) => out.push_str(&bytes_repr(b)),
                Object::ByteArray(b) => {
                    let _ = write!(out, "bytearray({})", bytes_repr(b));
                }
                Object::BigInt(b) => match crate::text::int_to_str(b) {
                    Ok(s) => out.push_str(&s),
                    Err(_) => return Err(TooDeep::IntDigits),
                },
                Object::List(items) => self.seq_repr(items, "[", "]", false, out, stack, depth)?,
                Object::Tuple(items) => self.seq_repr(items, "(", ")", true, out, stack, depth)?,
                Object::Dict(d) if d.flavor.is_some() => {
                    self.flavored_dict_repr(d, out, &mut |v, out| {
                        self.repr_into(v, out, stack, depth + 1)
                    })?;
                }
                Object::Dict(d) => {
                    out.push('{');
                    for (i, e) in d.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        self.repr_into(e.key, out, stack, depth + 1)?;
                        out.push_str(": ");
                        self.repr_into(e.value, out, stack, depth + 1)?;
                    }
                    out.push('}');
                }
                Object::Set(d) | Object::FrozenSet(d) => {
                    let frozen = matches!(obj, Object::FrozenSet(_));
                    if d.is_empty() {
                        out.push_str(if frozen { "frozenset()" } else { "set()" });
                    } else {
                        if frozen {
                            out.push_str("frozenset(");
                        }
                        let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
                        self.seq_repr(&keys, "{", "}", false, out, stack, depth)?;
                        if frozen {
                            out.push(')');
                        }
                    }
                }
                Object::BigRange(rg) => {
                    if rg.step == num_bigint::BigInt::from(1) {
                        let _ = write!(out, "range({}, {})", rg.start, rg.stop);
                    } else {
                        let _ = write!(out, "range({}, {}, {})", rg.start, rg.stop, rg.step);
                    }
                }
                Object::Range(rg) => {
                    if rg.step == 1 {
                        let _ = write!(out, "range({}, {})", rg.start, rg.stop);
                    } else {
                        let _ = write!(out, "range({}, {}, {})", rg.start, rg.stop, rg.step);
                    }
                }
                Object::Slice(a, b, c) => {
                    out.push_str("slice(");
                    self.repr_into(*a, out, stack, depth + 1)?;
                    out.push_str(", ");
                    self.repr_into(*b, out, stack, depth + 1)?;
                    out.push_str(", ");
                    self.repr_into(*c, out, stack, depth + 1)?;
                    out.push(')');
                }
                Object::Function(f) => {
                    let q = &self.module.function(f.func).qualname;
                    let _ = write!(out, "<function {q} at {addr:#x}>");
                }
                Object::Builtin(b) => match b {
                    // `site`'s Quitter objects.
                    crate::builtins::BuiltinFn::Exit | crate::builtins::BuiltinFn::Quit => {
                        let _ = write!(out, "Use {}() or Ctrl-D (i.e. EOF) to exit", b.name());
                    }
                    _ => {
                        let _ = write!(out, "<built-in function {}>", b.name());
                    }
                },
                Object::Method { recv, owner, name } => {
                    if matches!(recv, Value::Unbound) {
                        let _ = write!(out, "<method '{name}' of '{}' objects>", owner.name());
                    } else {
                        let _ = write!(
                            out,
                            "<built-in method {name} of {} object at {:#x}>",
                            self.heap.type_name(*recv),
                            addr
                        );
                    }
                }
                Object::Cell(_) => {
                    let _ = write!(out, "<cell at {addr:#x}>");
                }
                Object::Coroutine(c) => {
                    let q = &self.module.function(c.func).qualname;
                    let _ = write!(out, "<coroutine object {q} at {addr:#x}>");
                }
                Object::Generator(c) => {
                    let q = &self.module.function(c.func).qualname;
                    let _ = write!(out, "<generator object {q} at {addr:#x}>");
                    let _ = matches!(c.state, CoroState::Done);
                }
                Object::Asyncio(a) => {
                    let c = a.class();
                    match c.module() {
                        Some(m) => {
                            let _ = write!(out, "<{m}.{} object at {addr:#x}>", c.name());
                        }
                        None => {
                            let _ = write!(out, "<{} object at {addr:#x}>", c.name());
                        }
                    }
                }
                Object::Future(f) => {
                    let state = match &f.result {
                        None => "pending",
                        Some(Ok(_)) => "finished",
                        Some(Err(_)) => "finished",
                    };
                    match &f.kind {
                        FutureKind::Task { name, .. } => {
                            let _ = write!(out, "<Task {state} name='{name}'>");
                        }
                        FutureKind::Gather { .. } => {
                            let _ = write!(out, "<_GatheringFuture {state}>");
                        }
                        _ => {
                            let _ = write!(out, "<Future {state}>");
                        }
                    }
                }
                Object::Module(crate::object::ModuleKind::Std(m)) => {
                    let _ = write!(out, "<module '{}' (built-in)>", m.name());
                }
                Object::Module(_) => out.push_str("<module 'asyncio'>"),
                Object::ModFn(f) => {
                    let _ = write!(out, "<built-in function {}>", f.name());
                }
                Object::Native(n) => {
                    self.native_repr(n, addr, out, &mut |v, out| {
                        self.repr_into(v, out, stack, depth + 1)
                    })?;
                }
                Object::Exception(e) if e.user_class.is_some() => {
                    match self.repr_memo.iter().find(|(m, _)| *m == r) {
                        Some((_, s)) => out.push_str(s),
                        None => {
                            out.push_str(&self.heap.type_name(v));
                            let args = e.args.clone();
                            if args.len() == 1 {
                                out.push('(');
                                self.repr_into(args[0], out, stack, depth + 1)?;
                                out.push(')');
                            } else {
                                self.seq_repr(&args, "(", ")", false, out, stack, depth)?;
                            }
                        }
                    }
                }
                Object::Instance(_) => match self.repr_memo.iter().find(|(m, _)| *m == r) {
                    Some((_, s)) => out.push_str(s),
                    None => out.push_str(&self.default_repr(v)),
                },
                Object::UserClass(c) => match self.class_repr_kind(r) {
                    Some(kind) => {
                        let _ = write!(out, "<{kind} '{}'>", c.name);
                    }
                    None => {
                        let _ = write!(out, "<class '{}'>", self.user_class_path(r));
                    }
                },
                Object::BoundMethod { func, recv } => {
                    let q = match self.heap.get(func.as_obj().unwrap_or(r)) {
                        Object::Function(f) => self.module.function(f.func).qualname.clone(),
                        _ => "?".into(),
                    };
                    let _ = write!(out, "<bound method {q} of ");
                    self.repr_into(*recv, out, stack, depth + 1)?;
                    out.push('>');
                }
                Object::Property(_) => {
                    let _ = write!(out, "<property object at {addr:#x}>");
                }
                Object::StaticMethod(f) | Object::ClassMethod(f) => {
                    let k = if matches!(obj, Object::StaticMethod(_)) {
                        "staticmethod"
                    } else {
                        "classmethod"
                    };
                    let _ = write!(out, "<{k}(");
                    self.repr_into(*f, out, stack, depth + 1)?;
                    out.push_str(")>");
                }
                Object::Super { cls, .. } => {
                    let n = self.heap.class_name(*cls);
                    let _ = write!(out, "<super: <class '{n}'>, <{n} object>>");
                }
                Object::NotImplemented => out.push_str("NotImplemented"),
                Object::Exception(e) => {
                    out.push_str(e.class.name());
                    let args = e.args.clone();
                    if args.len() == 1 {
                        out.push('(');
                        self.repr_into(args[0], out, stack, depth + 1)?;
                        out.push(')');
                    } else {
                        self.seq_repr(&args, "(", ")", false, out, stack, depth)?;
                    }
                }
                Object::Class(c) => {
                    let _ = write!(out, "<class '{}'>", c.qualified_name());
                }
                Object::Iter(it) => {
                    let name = match it {
                        IterObj::Seq { seq, .. } => match self.heap.get(*seq) {
                            Object::Tuple(_) => "tuple_iterator",
                            _ => "list_iterator",
                        },
                        IterObj::Str { .. } => "str_ascii_iterator",
                        IterObj::Range { .. } | IterObj::BigRange(_) => "range_iterator",
                        IterObj::Dict {
                            kind: ViewKind::Keys,
                            ..
                        } => "dict_keyiterator",
                        IterObj::Dict {
                            kind: ViewKind::Values,
                            ..
                        } => "dict_valueiterator",
                        IterObj::Dict {
                            kind: ViewKind::Items,
                            ..
                        } => "dict_itemiterator",
                        IterObj::Enumerate { .. } => "enumerate",
                        IterObj::Zip { .. } => "zip",
                        IterObj::Map { .. } => "map",
                        IterObj::Filter { .. } => "filter",
                        IterObj::Reversed { .. } => "list_reverseiterator",
                        IterObj::Values { .. } => "iterator",
                    };
                    let _ = write!(out, "<{name} object at {addr:#x}>");
                }
                Object::DictView(d, kind) => {
                    let (name, _) = match kind {
                        ViewKind::Keys => ("dict_keys", 0),
                        ViewKind::Values => ("dict_values", 1),
                        ViewKind::Items => ("dict_items", 2),
                    };
                    out.push_str(name);
                    out.push_str("([");
                    if let Object::Dict(dict) = self.heap.get(*d) {
                        for (i, e) in dict.iter().enumerate() {
                            if i > 0 {
                                out.push_str(", ");
                            }
                            match kind {
                                ViewKind::Keys => self.repr_into(e.key, out, stack, depth + 1)?,
                                ViewKind::Values => {
                                    self.repr_into(e.value, out, stack, depth + 1)?
                                }
                                ViewKind::Items => {
                                    out.push('(');
                                    self.repr_into(e.key, out, stack, depth + 1)?;
                                    out.push_str(", ");
                                    self.repr_into(e.value, out, stack, depth + 1)?;
                                    out.push(')');
                                }
                            }
                        }
                    }
                    out.push_str("])");
                }
                Object::Capability(name) => {
                    let _ = write!(out, "<function {name} at {addr:#x}>");
                }
                Object::Ellipsis => out.push_str("Ellipsis"),
            }
            Ok(())
        })();
        if container {
            stack.pop();
        }
        result
    }
}
