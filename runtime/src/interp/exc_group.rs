//! Exception groups at run time (PEP 654): `split` by a type or by a
//! set of leaves, and the `except*` machinery (CPython's
//! `exception_group_match` and `_PyExc_PrepReraiseStar`).
//!
//! A group is an exception whose class is a `BaseExceptionGroup` and whose
//! `args` are `(message, exceptions)`. Splitting never mutates a group: it
//! builds new groups (`derive`) that carry the original's `__cause__`,
//! `__context__` and traceback, while the leaves stay the same objects, so
//! leaf identity tells which parts of a caught group a clause re-raised.
//! Recursion over nested groups uses an explicit work list.

use super::{Interp, PyResult};
use crate::classes::ClassId;
use crate::object::Object;
use crate::value::{ObjRef, Value};

/// How leaves are selected when splitting.
enum Matcher<'a> {
    /// `isinstance(e, ty)` (a class or a tuple of classes).
    Type(Value),
    /// `pred(e)` is true (applied to groups too, as CPython).
    Pred(Value),
    /// The leaf is one of these objects.
    Leaves(&'a [ObjRef]),
}

/// One node of a split in progress: the group and its children's results.
struct Node {
    group: Value,
    children: Vec<Value>,
    next: usize,
    matched: Vec<Value>,
    rest: Vec<Value>,
}

impl Interp {
    /// The member exceptions of a group, `None` for any other value.
    pub fn group_members(&self, v: Value) -> Option<Vec<Value>> {
        let Some(Object::Exception(e)) = self.heap.obj(v) else {
            return None;
        };
        if !e.class.is_subclass(ClassId::BaseExceptionGroup) {
            return None;
        }
        match e.args.as_slice() {
            [_, l] => match self.heap.obj(*l) {
                Some(Object::List(v) | Object::Tuple(v)) => Some(v.clone()),
                _ => Some(Vec::new()),
            },
            _ => Some(Vec::new()),
        }
    }

    /// `group.derive(excs)` with the group's metadata copied (what
    /// `split`/`subgroup` build).
    fn derive_group(&mut self, group: Value, excs: Vec<Value>) -> Value {
        let msg = match self.heap.obj(group) {
            Some(Object::Exception(e)) => e.args.first().copied(),
            _ => None,
        };
        let msg = msg.unwrap_or_else(|| self.heap.str(""));
        let all_exc = excs
            .iter()
            .all(|&e| self.heap.class_of(e).is_subclass(ClassId::Exception));
        let cls = if all_exc {
            ClassId::ExceptionGroup
        } else {
            ClassId::BaseExceptionGroup
        };
        let l = self.heap.list(excs);
        let new = self.new_exception(cls, vec![msg, l]);
        let meta = match self.heap.obj(group) {
            Some(Object::Exception(e)) => {
                Some((e.cause, e.context, e.suppress_context, e.traceback.clone()))
            }
            _ => None,
        };
        if let (Some((cause, context, sup, tb)), Some(r)) = (meta, new.as_obj()) {
            if let Object::Exception(x) = self.heap.get_mut(r) {
                x.cause = cause;
                x.context = context;
                x.suppress_context = sup;
                x.traceback = tb;
            }
        }
        new
    }

    fn leaf_matches(&mut self, e: Value, m: &Matcher) -> PyResult<bool> {
        match m {
            Matcher::Type(ty) => self.exception_match(e, *ty),
            Matcher::Pred(f) => {
                let r = self.call_sync(*f, &[e])?;
                self.truthy(r)
            }
            Matcher::Leaves(ls) => Ok(e.as_obj().is_some_and(|r| ls.contains(&r))),
        }
    }

    /// `(match, rest)` of `exc` (either may be `None`), as
    /// `BaseExceptionGroup.split`; a non-group is matched whole or not.
    fn split_exc(&mut self, exc: Value, m: &Matcher) -> PyResult<(Value, Value)> {
        let whole = match m {
            Matcher::Type(_) | Matcher::Pred(_) => self.leaf_matches(exc, m)?,
            Matcher::Leaves(_) => false,
        };
        if whole {
            return Ok((exc, Value::None));
        }
        let Some(children) = self.group_members(exc) else {
            return Ok(if self.leaf_matches(exc, m)? {
                (exc, Value::None)
            } else {
                (Value::None, exc)
            });
        };
        let mut stack = vec![Node {
            group: exc,
            children,
            next: 0,
            matched: Vec::new(),
            rest: Vec::new(),
        }];
        loop {
            let Some(top) = stack.last_mut() else {
                return Ok((Value::None, exc));
            };
            if top.next < top.children.len() {
                let c = top.children[top.next];
                top.next += 1;
                let is_group = self.group_members(c).is_some();
                let whole = match m {
                    Matcher::Type(_) => self.leaf_matches(c, m)?,
                    Matcher::Pred(_) if is_group => self.leaf_matches(c, m)?,
                    _ => false,
                };
                if whole {
                    if let Some(top) = stack.last_mut() {
                        top.matched.push(c);
                    }
                    continue;
                }
                match self.group_members(c) {
                    Some(children) => stack.push(Node {
                        group: c,
                        children,
                        next: 0,
                        matched: Vec::new(),
                        rest: Vec::new(),
                    }),
                    None => {
                        let hit = self.leaf_matches(c, m)?;
                        if let Some(top) = stack.last_mut() {
                            if hit {
                                top.matched.push(c);
                            } else {
                                top.rest.push(c);
                            }
                        }
                    }
                }
                continue;
            }
            let Some(done) = stack.pop() else {
                return Ok((Value::None, exc));
            };
            let matched = if done.matched.is_empty() {
                Value::None
            } else {
                self.derive_group(done.group, done.matched)
            };
            let rest = if done.rest.is_empty() {
                Value::None
            } else {
                self.derive_group(done.group, done.rest)
            };
            match stack.last_mut() {
                Some(parent) => {
                    if !matches!(matched, Value::None) {
                        parent.matched.push(matched);
                    }
                    if !matches!(rest, Value::None) {
                        parent.rest.push(rest);
                    }
                }
                None => return Ok((matched, rest)),
            }
        }
    }

    /// `eg.split(condition)`, `eg.subgroup(condition)`, `eg.derive(excs)`.
    pub(crate) fn exception_group_method(
        &mut self,
        eg: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Value> {
        self.arity(name, args, 1, 1)?;
        if name == "derive" {
            let excs = self.iterate(args[0])?;
            let msg = match self.heap.obj(eg) {
                Some(Object::Exception(e)) => e.args.first().copied(),
                _ => None,
            };
            let msg = msg.unwrap_or_else(|| self.heap.str(""));
            let all_exc = excs
                .iter()
                .all(|&e| self.heap.class_of(e).is_subclass(ClassId::Exception));
            let cls = if all_exc {
                ClassId::ExceptionGroup
            } else {
                ClassId::BaseExceptionGroup
            };
            let l = self.heap.list(excs);
            return Ok(self.new_exception(cls, vec![msg, l]));
        }
        let cond = args[0];
        let is_type = match self.heap.obj(cond) {
            Some(Object::Class(c)) => c.is_exception(),
            Some(Object::UserClass(k)) => k.base.is_exception(),
            Some(Object::Tuple(items)) => items.iter().all(|&i| {
                matches!(self.heap.obj(i), Some(Object::Class(c)) if c.is_exception())
                    || matches!(self.heap.obj(i), Some(Object::UserClass(k)) if k.base.is_exception())
            }),
            _ => false,
        };
        let matcher = if is_type {
            Matcher::Type(cond)
        } else if self.is_callable(cond) {
            Matcher::Pred(cond)
        } else {
            return Err(
                self.type_error("expected a function, exception type or tuple of exception types")
            );
        };
        let (m, rest) = self.split_exc(eg, &matcher)?;
        Ok(if name == "split" {
            self.heap.tuple(vec![m, rest])
        } else {
            m
        })
    }

    /// The non-group exceptions inside `exc` (itself if it is not a group).
    fn leaves(&self, exc: Value, out: &mut Vec<ObjRef>) {
        let mut work = vec![exc];
        while let Some(e) = work.pop() {
            if out.len() > 1_000_000 {
                return;
            }
            match self.group_members(e) {
                Some(children) => work.extend(children.into_iter().rev()),
                None => {
                    if let Some(r) = e.as_obj() {
                        out.push(r);
                    }
                }
            }
        }
    }

    /// `TypeError`s of an `except*` clause's type.
    fn check_except_star_type(&mut self, ty: Value) -> PyResult<()> {
        let classes = match self.heap.obj(ty) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => vec![ty],
        };
        let mut group = false;
        for c in classes {
            let base =
                match self.heap.obj(c) {
                    Some(Object::Class(cls)) if cls.is_exception() => *cls,
                    Some(Object::UserClass(k)) if k.base.is_exception() => k.base,
                    _ => return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    )),
                };
            group |= base.is_subclass(ClassId::BaseExceptionGroup);
        }
        if group {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    }

    /// `ExceptStarMatch`: `state` is `[caught, rest, raised...]`.
    pub(crate) fn except_star_match(&mut self, state: Value, ty: Value) -> PyResult<Value> {
        self.check_except_star_type(ty)?;
        let rest = match self.heap.obj(state) {
            Some(Object::List(v)) => v.get(1).copied().unwrap_or(Value::None),
            _ => Value::None,
        };
        if matches!(rest, Value::None) {
            return Ok(Value::None);
        }
        let (matched, rest) = if self.exception_match(rest, ty)? {
            if self.group_members(rest).is_some() {
                (rest, Value::None)
            } else {
                // A naked exception is wrapped: `ExceptionGroup('', [e])`.
                let cls = if self.heap.class_of(rest).is_subclass(ClassId::Exception) {
                    ClassId::ExceptionGroup
                } else {
                    ClassId::BaseExceptionGroup
                };
                let (m, l) = (self.heap.str(""), self.heap.tuple(vec![rest]));
                let wrapped = self.new_exception(cls, vec![m, l]);
                let tb = match self.heap.obj(rest) {
                    Some(Object::Exception(e)) => e.traceback.clone(),
                    _ => Vec::new(),
                };
                if let Some(Object::Exception(x)) = wrapped.as_obj().map(|r| self.heap.get_mut(r)) {
                    x.traceback = tb;
                }
                (wrapped, Value::None)
            }
        } else if self.group_members(rest).is_some() {
            self.split_exc(rest, &Matcher::Type(ty))?
        } else {
            (Value::None, rest)
        };
        if let Some(Object::List(v)) = state.as_obj().map(|r| self.heap.get_mut(r)) {
            if let Some(slot) = v.get_mut(1) {
                *slot = rest;
            }
        }
        Ok(matched)
    }

    /// Same `__cause__`, `__context__` and traceback: `e` is (part of) the
    /// caught exception re-raised, not a new one.
    fn same_metadata(&self, a: Value, b: Value) -> bool {
        match (self.heap.obj(a), self.heap.obj(b)) {
            (Some(Object::Exception(x)), Some(Object::Exception(y))) => {
                x.cause.is(y.cause) && x.context.is(y.context) && x.traceback == y.traceback
            }
            _ => false,
        }
    }

    /// `ExceptStarReraise`: what leaves the `except*` clauses.
    pub(crate) fn except_star_reraise(&mut self, state: Value) -> Value {
        let items = match self.heap.obj(state) {
            Some(Object::List(v)) if v.len() >= 2 => v.clone(),
            _ => return Value::None,
        };
        let (orig, rest) = (items[0], items[1]);
        let mut excs: Vec<Value> = items[2..].to_vec();
        excs.push(rest);
        if self.group_members(orig).is_none() {
            // A naked exception: at most one clause ran.
            return excs[0];
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for e in excs {
            if matches!(e, Value::None) {
                continue;
            }
            if self.same_metadata(e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let reraised_eg = if reraised.is_empty() {
            Value::None
        } else {
            let mut ls = Vec::new();
            for e in reraised {
                self.leaves(e, &mut ls);
            }
            match self.split_exc(orig, &Matcher::Leaves(&ls)) {
                Ok((m, _)) => m,
                Err(_) => Value::None,
            }
        };
        if raised.is_empty() {
            return reraised_eg;
        }
        if !matches!(reraised_eg, Value::None) {
            raised.push(reraised_eg);
        }
        if raised.len() == 1 {
            return raised[0];
        }
        self.exception_group("", raised)
    }
}
