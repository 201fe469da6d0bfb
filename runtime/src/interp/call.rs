//! Calling: Python functions (argument binding into a new frame, with
//! CPython's error messages), coroutine/generator creation, and dispatch to
//! built-in functions, methods, classes and capabilities.

use super::frame::Frame;
use super::{Interp, PyResult};
use crate::builtins::NativeCont;
use crate::classes::ClassId;
use crate::object::{CoroState, CoroutineObj, FunctionObj, Object};
use crate::value::{ObjRef, Value};
use pycps_ir::{FunctionKind, Module};

/// The outcome of calling a callable.
pub enum CallOut {
    /// Finished immediately with a value.
    Value(Value),
    /// A Python frame to push; its result is the call's result.
    Push(Frame),
    /// A Python frame to push whose result feeds a built-in's continuation.
    Native(Frame, NativeCont),
}

/// The frame of a plain function call bound positionally, or `None` when
/// the call needs the general binder: `fo` is a plain function (not a
/// generator or coroutine) without `*args`, `**kwargs` or keyword-only
/// parameters, and `recv` (a method's `self`, if any) plus `args` (read
/// from `regs`) fill its positional parameters, the missing trailing ones
/// from its defaults. Registers come from `pool` (no allocation in steady
/// state); the frame returns to `ret`. Same result as
/// [`Interp::call_value`] for such calls.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
pub(crate) fn fast_frame(
    pool: &mut super::frame::RegPool,
    module: &Module,
    fo: &FunctionObj,
    recv: Option<Value>,
    args: &[pycps_ir::ValueId],
    regs: &[Value],
    in_async: bool,
    ret: super::frame::ReturnTo,
) -> Option<Frame> {
    let f = module.function(fo.func);
    let p = &f.params;
    let npos = p.positional as usize;
    let nargs = args.len() + usize::from(recv.is_some());
    let ndef = fo.defaults.len();
    if f.kind != FunctionKind::Function
        || p.vararg
        || p.kwarg
        || p.kwonly != 0
        || nargs > npos
        || ndef > npos
        || nargs + ndef < npos
    {
        return None;
    }
    let mut nregs = pool.take();
    super::frame::fill_unbound(&mut nregs, (f.num_values as usize).max(npos));
    let mut first = 0;
    if let Some(r) = recv {
        // `nregs` holds at least `npos >= nargs >= 1` registers.
        nregs[0] = r;
        first = 1;
    }
    for (slot, a) in nregs[first..].iter_mut().zip(args) {
        *slot = regs[a.index()];
    }
    if nargs < npos {
        let skip = nargs - (npos - ndef);
        nregs[nargs..npos].copy_from_slice(&fo.defaults[skip..]);
    }
    for (i, fv) in f.freevars.iter().enumerate() {
        nregs[fv.index()] = fo.closure.get(i).copied().unwrap_or(Value::Unbound);
    }
    Some(Frame::returning(fo.func, nregs, f.entry, in_async, ret))
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` (CPython's missing-args list).
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Interp {
    /// Calls any callable.
    pub fn call_value(
        &mut self,
        module: &Module,
        callee: Value,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let Value::Obj(r) = callee else {
            return Err(self.not_callable(callee));
        };
        match self.heap.get(r) {
            Object::Function(_) => self.call_function(module, r, args, kwargs, in_async),
            Object::Builtin(b) => {
                let b = *b;
                self.call_builtin(module, b, args, kwargs, in_async)
            }
            Object::BoundMethod { func, recv } => {
                let (func, recv) = (*func, *recv);
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(recv);
                a.extend_from_slice(args);
                self.call_value(module, func, &a, kwargs, in_async)
            }
            Object::UserClass(_) => self.construct_user(r, args, kwargs),
            Object::Instance(_) | Object::Exception(_) if self.is_user_obj(callee) => {
                match self.user_special(callee, "__call__") {
                    Some(f) => {
                        let cls = self.heap.type_of(callee);
                        let bound = self.bind_attr(f, callee, cls)?;
                        self.call_value(module, bound, args, kwargs, in_async)
                    }
                    None => Err(self.not_callable(callee)),
                }
            }
            Object::StaticMethod(f) => {
                let f = *f;
                self.call_value(module, f, args, kwargs, in_async)
            }
            Object::Method {
                recv,
                owner: ClassId::Type,
                name,
            } if !matches!(recv, Value::Unbound) => {
                let (recv, name) = (*recv, name.clone());
                self.call_type_method(recv, &name, args).map(CallOut::Value)
            }
            Object::Method { recv, owner, name }
                if crate::subclass::header_base(*owner)
                    && (name.starts_with("__")
                        || self.heap.header_of(*recv).is_some()
                        || args.first().is_some_and(|&a| {
                            matches!(recv, Value::Unbound) && self.heap.header_of(a).is_some()
                        })) =>
            {
                let (recv, owner, name) = (*recv, *owner, name.clone());
                self.builtin_base_method(owner, recv, &name, args, kwargs)
            }
            Object::Method { recv, owner, name }
                if *owner == ClassId::Property
                    || (name.starts_with("__") && crate::protocol::is_object_method(name)) =>
            {
                let (recv, owner, name) = (*recv, *owner, name.clone());
                self.call_dunder_method(owner, recv, &name, args)
                    .map(CallOut::Value)
            }
            Object::Method { recv, owner, name } => {
                let (recv, owner, name) = (*recv, *owner, name.clone());
                if matches!(recv, Value::Unbound) {
                    let Some((&first, rest)) = args.split_first() else {
                        return Err(self.type_error(format!(
                            "unbound method {}.{name}() needs an argument",
                            owner.name()
                        )));
                    };
                    if !self.heap.class_of(first).is_subclass(owner) {
                        let t = self.heap.type_name(first);
                        return Err(self.type_error(format!(
                            "descriptor '{name}' for '{}' objects doesn't apply to a '{t}' object",
                            owner.name()
                        )));
                    }
                    return self.call_method(module, first, &name, rest, kwargs, in_async);
                }
                self.call_method(module, recv, &name, args, kwargs, in_async)
            }
            Object::Class(c) if crate::modules::collections::is_collections_class(*c) => {
                let c = *c;
                // `OrderedDict(gen)`, `deque(gen)`: drain the generator
                // first (it runs Python frames), then construct.
                let target = crate::builtins::DrainTarget::Callable(callee);
                if let Some(out) = self.drain_generator_args(target, args, kwargs, in_async) {
                    return out;
                }
                crate::modules::collections::construct(self, module, c, args, kwargs, in_async)
                    .map(CallOut::Value)
            }
            Object::Class(c) => {
                let c = *c;
                self.construct(module, c, args, kwargs, in_async)
            }
            Object::ModFn(f) => {
                let f = *f;
                self.call_mod_fn(module, f, args, kwargs, in_async)
            }
            Object::Native(_) => self.call_native(module, r, args, kwargs, in_async),
            Object::Capability(name) => {
                let name = name.clone();
                self.call_capability(&name, args, kwargs)
                    .map(CallOut::Value)
            }
            _ => Err(self.not_callable(callee)),
        }
    }

    pub fn not_callable(&mut self, v: Value) -> super::Raise {
        let t = self.heap.type_name(v);
        self.type_error(format!("'{t}' object is not callable"))
    }

    fn call_function(
        &mut self,
        module: &Module,
        r: ObjRef,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let frame = self.bind(module, r, args, kwargs, in_async)?;
        let f = module.function(frame.func);
        match f.kind {
            FunctionKind::Function | FunctionKind::Module { .. } => Ok(CallOut::Push(frame)),
            FunctionKind::Coroutine => {
                let co = CoroutineObj {
                    func: frame.func,
                    state: CoroState::Created(Box::new(frame)),
                };
                Ok(CallOut::Value(Value::Obj(
                    self.heap.alloc(Object::Coroutine(Box::new(co))),
                )))
            }
            FunctionKind::Generator => {
                let co = CoroutineObj {
                    func: frame.func,
                    state: CoroState::Created(Box::new(frame)),
                };
                Ok(CallOut::Value(Value::Obj(
                    self.heap.alloc(Object::Generator(Box::new(co))),
                )))
            }
            FunctionKind::ClassBody => Err(self.err(
                ClassId::NotImplementedError,
                "class definitions are not supported by the runtime yet",
            )),
            FunctionKind::AsyncGenerator => Ok(CallOut::Value(self.new_async_gen(frame))),
        }
    }

    /// Binds arguments to a new frame for function object `r`.
    pub fn bind(
        &mut self,
        module: &Module,
        r: ObjRef,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<Frame> {
        let Object::Function(fo) = self.heap.get(r) else {
            return Err(self.type_error("not a function"));
        };
        let FunctionObj {
            func,
            ref defaults,
            ref kwdefaults,
            ref closure,
            ..
        } = **fo;
        let f = module.function(func);
        let p = &f.params;
        let npos = p.positional as usize;
        let mut regs = self.reg_pool.take_unbound(f.num_values as usize);
        for (i, fv) in f.freevars.iter().enumerate() {
            regs[fv.index()] = closure.get(i).copied().unwrap_or(Value::Unbound);
        }
        let in_async = in_async || matches!(f.kind, FunctionKind::Coroutine);
        if kwargs.is_empty() && !p.vararg && !p.kwarg && p.kwonly == 0 && args.len() == npos {
            regs[..npos].copy_from_slice(args);
            return Ok(Frame::new(func, regs, f.entry, in_async));
        }
        let defaults = defaults.clone();
        let kwdefaults = kwdefaults.clone();
        let qual = f.qualname.clone();
        let names = &p.names;
        // Positional arguments.
        if args.len() > npos && !p.vararg {
            let given = args.len();
            let ndef = defaults.len();
            let takes = if ndef > 0 {
                format!("from {} to {} positional arguments", npos - ndef, npos)
            } else {
                plural(npos, "positional argument")
            };
            let was = if given == 1 { "was" } else { "were" };
            return Err(self.type_error(format!("{qual}() takes {takes} but {given} {was} given")));
        }
        let n = args.len().min(npos);
        regs[..n].copy_from_slice(&args[..n]);
        let mut idx = npos;
        if p.vararg {
            let extra = if args.len() > npos {
                args[npos..].to_vec()
            } else {
                Vec::new()
            };
            regs[idx] = self.heap.tuple(extra);
            idx += 1;
        }
        let kwonly_start = idx;
        let kwonly_end = kwonly_start + p.kwonly as usize;
        let kwarg_dict = if p.kwarg {
            let d = self.new_dict();
            regs[kwonly_end] = d;
            Some(d)
        } else {
            None
        };
        // Keyword arguments.
        let mut posonly_kw: Vec<&str> = Vec::new();
        for &(name, v) in kwargs {
            let slot = names
                .iter()
                .enumerate()
                .find(|(i, n)| {
                    n.as_str() == name
                        && ((*i >= p.posonly as usize && *i < npos)
                            || (*i >= kwonly_start && *i < kwonly_end))
                })
                .map(|(i, _)| i);
            match slot {
                Some(i) => {
                    if !matches!(regs[i], Value::Unbound) {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    regs[i] = v;
                }
                None => {
                    if let Some(d) = kwarg_dict {
                        let k = self.heap.str(name);
                        self.dict_set(d, k, v)?;
                    } else if names[..p.posonly as usize].iter().any(|n| n == name) {
                        posonly_kw.push(name);
                    } else {
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                }
            }
        }
        if !posonly_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_kw.join(", ")
            )));
        }
        // Defaults and missing arguments.
        let first_default = npos - defaults.len().min(npos);
        let mut missing: Vec<&str> = Vec::new();
        for i in 0..npos {
            if matches!(regs[i], Value::Unbound) {
                if i >= first_default {
                    regs[i] = defaults[i - first_default];
                } else {
                    missing.push(names[i].as_str());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        for i in kwonly_start..kwonly_end {
            if matches!(regs[i], Value::Unbound) {
                let name = names[i].as_str();
                match kwdefaults.iter().find(|(n, _)| module.name(*n) == name) {
                    Some((_, d)) => regs[i] = *d,
                    None => missing.push(name),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(Frame::new(func, regs, f.entry, in_async))
    }

    /// Calls a host capability: builtin ones inline, awaitable ones
    /// produce a pending capability-call future.
    pub fn call_capability(
        &mut self,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let call_args = crate::capability::CallArgs {
            args: args.iter().map(|&a| self.value_to_host(a)).collect(),
            kwargs: kwargs
                .iter()
                .map(|&(k, v)| (k.to_string(), self.value_to_host(v)))
                .collect(),
        };
        match self.caps.get(name).cloned() {
            Some(crate::capability::Capability::Builtin(f)) => match f(call_args) {
                Ok(h) => self.from_host(&h),
                Err(e) => Err(super::Raise::Exc(self.capability_exception(&e))),
            },
            Some(
                crate::capability::Capability::Awaitable(_)
                | crate::capability::Capability::Batched(_),
            ) => Ok(self.new_capability_call(name, call_args)),
            None => Err(self.name_error(name)),
        }
    }

    /// `import name`.
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        self.import_module(name)
    }
}
