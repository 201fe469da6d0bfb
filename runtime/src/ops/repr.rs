//! `repr()` and `str()` of built-in values, exactly as CPython prints them.
//!
//! The walk is read-only over the heap (`&self`): containers are visited in
//! place, cycles print as `[...]`/`{...}`, and nesting deeper than
//! `MAX_DEPTH` raises `RecursionError` instead of overflowing the Rust stack.

use crate::classes::ClassId;
use crate::format::{bytes_repr, float_repr, str_repr};
use crate::interp::{Interp, PyResult};
use crate::object::{CoroState, FutureKind, IterObj, Object, ViewKind};
use crate::value::{ObjRef, Value};
use std::fmt::Write;

const MAX_DEPTH: usize = 800;

struct TooDeep;

impl Interp {
    /// `repr(v)`.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        let mut stack = Vec::new();
        match self.repr_into(v, &mut out, &mut stack, 0) {
            Ok(()) => Ok(out),
            Err(TooDeep) => Err(self.err(
                ClassId::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            )),
        }
    }

    /// `repr(v)`, never failing (for diagnostics).
    pub fn repr_lossy(&self, v: Value) -> String {
        let mut out = String::new();
        let mut stack = Vec::new();
        match self.repr_into(v, &mut out, &mut stack, 0) {
            Ok(()) => out,
            Err(TooDeep) => "...".into(),
        }
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: Value) -> PyResult<String> {
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
                        Err(TooDeep) => Err(self.err(
                            ClassId::RecursionError,
                            "maximum recursion depth exceeded while getting the str of an object",
                        )),
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
            return Err(TooDeep);
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
                Object::BigInt(b) => {
                    let _ = write!(out, "{b}");
                }
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
                Object::Builtin(b) => {
                    let _ = write!(out, "<built-in function {}>", b.name());
                }
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
