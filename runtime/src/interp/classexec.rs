//! Instructions of the object model and delegation, called from the
//! dispatch loop: `BuildClass` (runs the class body as a frame whose
//! namespace is a fresh dict, then creates the class in a
//! [`ProtoCont::BuildClass`] continuation), `LoadName`/`StoreName`/
//! `DeleteName` (the class namespace), `PrepareWith`, and the `yield from`
//! suspend (driving a delegate generator as a child frame routed through
//! [`ProtoCont::YieldFrom`], or any other iterator by `next()` calls).
//!
//! Generator methods `send`/`throw`/`close` are here too: they resume a
//! generator frame with a value or an exception, descending through the
//! `yield from` delegates it is suspended in.

use super::call::CallOut;
use super::exec::Flow;
use super::frame::{Frame, ReturnTo};
use super::{Interp, PyResult, Raise};
use crate::builtins::{NativeCont, NativeKind};
use crate::classes::ClassId;
use crate::dict::Dict;
use crate::object::{CoroState, Object};
use crate::protocol::ProtoCont;
use crate::value::{ObjRef, Value};
use pycps_ir::{Module, NameId, SuspendKind, Terminator, ValueId};

impl Interp {
    /// `BuildClass`: the outcome of "calling" the class body.
    pub(crate) fn build_class(
        &mut self,
        module: &Module,
        body: Value,
        args: &[Value],
        kwnames: &[NameId],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let npos = args.len() - kwnames.len();
        let mut extra_base = None;
        for (n, v) in kwnames.iter().zip(&args[npos..]) {
            let n = module.name(*n);
            if n == "metaclass" {
                // `metaclass=abc.ABCMeta`: the Python `abc` module's stand-in
                // class names the base that does ABCMeta's work (`ABC`).
                let base = match self.heap.obj(*v) {
                    Some(Object::UserClass(k)) => self.dict_get_str(k.dict, "_pycps_base"),
                    _ => None,
                };
                if let Some(b) = base {
                    extra_base = Some(b);
                } else if !v.is(Value::Obj(ClassId::Type.obj())) {
                    return Err(self.type_error("pycps does not support custom metaclasses yet"));
                }
            } else {
                return Err(self.type_error(format!(
                    "__init_subclass__() takes no keyword arguments (got '{n}')"
                )));
            }
        }
        let mut bases = args[..npos].to_vec();
        if let Some(b) = extra_base {
            if !bases.iter().any(|x| x.is(b)) {
                bases.push(b);
            }
        }
        let Some(Object::Function(fo)) = self.heap.obj(body) else {
            return Err(self.type_error("class body is not a function"));
        };
        let f = module.function(fo.func);
        let (name, qualname) = (f.name.clone(), f.qualname.clone());
        let ns = self.heap.alloc(Object::Dict(Dict::new()));
        self.dict_set_str(ns, "__module__", Value::Unbound)?;
        let m = self.heap.str("__main__");
        self.dict_set_str(ns, "__module__", m)?;
        let q = self.heap.str(qualname.as_str());
        self.dict_set_str(ns, "__qualname__", q)?;
        let Value::Obj(br) = body else {
            return Err(self.type_error("class body is not a function"));
        };
        let mut frame = self.bind(module, br, &[], &[], in_async)?;
        frame.ns = Some(ns);
        let cont = NativeCont::new(NativeKind::Proto(ProtoCont::BuildClass {
            name,
            qualname,
            bases,
            ns,
        }));
        Ok(CallOut::Native(frame, cont))
    }

    /// `LoadName`: class namespace, then globals, then builtins.
    pub(crate) fn load_name(
        &mut self,
        module: &Module,
        ns: Option<ObjRef>,
        name: NameId,
    ) -> PyResult<Value> {
        let n = module.name(name);
        if let Some(ns) = ns {
            if let Some(v) = self.dict_get_str(ns, n) {
                return Ok(v);
            }
        }
        let mut v = self.globals[name.index()];
        if matches!(v, Value::Unbound) {
            v = self.builtins[name.index()];
        }
        if matches!(v, Value::Unbound) {
            return Err(self.name_error(n));
        }
        Ok(v)
    }

    pub(crate) fn store_name(
        &mut self,
        module: &Module,
        ns: Option<ObjRef>,
        name: NameId,
        v: Value,
    ) -> PyResult<()> {
        match ns {
            Some(ns) => self.dict_set_str(ns, module.name(name), v),
            None => {
                self.globals[name.index()] = v;
                Ok(())
            }
        }
    }

    pub(crate) fn delete_name(
        &mut self,
        module: &Module,
        ns: Option<ObjRef>,
        name: NameId,
    ) -> PyResult<()> {
        let n = module.name(name);
        let removed = match ns {
            Some(ns) => {
                let k = self.heap.str(n);
                self.dict_remove(ns, k)?.is_some()
            }
            None => !matches!(
                std::mem::replace(&mut self.globals[name.index()], Value::Unbound),
                Value::Unbound
            ),
        };
        if !removed {
            return Err(self.name_error(n));
        }
        Ok(())
    }

    /// `PrepareWith`: the bound `__enter__`/`__exit__` of `mgr`.
    pub(crate) fn prepare_with(&mut self, mgr: Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (en, ex) = if is_async {
            ("__aenter__", "__aexit__")
        } else {
            ("__enter__", "__exit__")
        };
        if let Some(r) = mgr.as_obj() {
            // asyncio objects (Lock, Semaphore, TaskGroup, timeout()): their
            // `__aenter__`/`__aexit__` are built-in bound methods.
            if matches!(self.heap.get(r), crate::object::Object::Asyncio(_)) {
                if let (Some(e), Some(x)) =
                    (self.asyncio_obj_attr(r, en)?, self.asyncio_obj_attr(r, ex)?)
                {
                    return Ok((e, x));
                }
            }
        }
        let found = (self.user_special(mgr, en), self.user_special(mgr, ex));
        let (Some(e), Some(x)) = found else {
            let t = self.heap.type_name(mgr);
            let what = if is_async {
                "asynchronous context manager"
            } else {
                "context manager"
            };
            return Err(
                self.type_error(format!("'{t}' object does not support the {what} protocol"))
            );
        };
        let cls = self.heap.type_of(mgr);
        let e = self.bind_attr(e, mgr, cls)?;
        let x = self.bind_attr(x, mgr, cls)?;
        Ok((e, x))
    }

    /// The `yield from` suspend: advance the delegate in `value` with the
    /// value sent in (kept in `dst`, `Unbound`/`None` for `next`).
    pub(crate) fn yield_from_step(
        &mut self,
        frame: &mut Frame,
        value: ValueId,
        dst: ValueId,
    ) -> PyResult<Option<Flow>> {
        let it = frame.regs[value.index()];
        let sent = std::mem::replace(&mut frame.regs[dst.index()], Value::None);
        let Value::Obj(sub) = it else {
            return Err(self.type_error("yield from: not an iterator"));
        };
        if let Object::Generator(_) = self.heap.get(sub) {
            let mut sf = match self.take_gen_frame(sub, sent)? {
                Some(f) => f,
                None => {
                    let module = self.module.clone();
                    super::exec::finish_yield_from(&module, frame, Value::None);
                    return Ok(None);
                }
            };
            sf.ret = ReturnTo::Native(Box::new(NativeCont::new(NativeKind::Proto(
                ProtoCont::YieldFrom { sub },
            ))));
            return Ok(Some(Flow::Push(sf)));
        }
        match self.iter_next(sub)? {
            Some(v) => Ok(Some(Flow::Yield(v))),
            None => {
                let module = self.module.clone();
                super::exec::finish_yield_from(&module, frame, Value::None);
                Ok(None)
            }
        }
    }

    /// Takes the frame of generator `gen` to resume it with `sent`
    /// (`None`: the generator is exhausted).
    fn take_gen_frame(&mut self, gen: ObjRef, sent: Value) -> PyResult<Option<Frame>> {
        let module = self.module.clone();
        let state = match self.heap.get_mut(gen) {
            Object::Generator(g) => std::mem::replace(&mut g.state, CoroState::Running),
            _ => CoroState::Done,
        };
        match state {
            CoroState::Created(f) => {
                if !matches!(sent, Value::None | Value::Unbound) {
                    self.set_gen_state(gen, CoroState::Created(f));
                    return Err(
                        self.type_error("can't send non-None value to a just-started generator")
                    );
                }
                Ok(Some(*f))
            }
            CoroState::Suspended(mut f) => {
                let v = if matches!(sent, Value::Unbound) {
                    Value::None
                } else {
                    sent
                };
                super::exec::deliver_suspend(&module, &mut f, v);
                Ok(Some(*f))
            }
            CoroState::Running => {
                self.set_gen_state(gen, CoroState::Running);
                Err(self.value_error("generator already executing"))
            }
            CoroState::Done => {
                self.set_gen_state(gen, CoroState::Done);
                Ok(None)
            }
        }
    }

    /// `gen.send(v)` / `gen.__next__()`.
    pub(crate) fn gen_send(&mut self, gen: ObjRef, v: Value) -> PyResult<CallOut> {
        match self.take_gen_frame(gen, v)? {
            Some(f) => Ok(CallOut::Native(
                f,
                NativeCont::new(NativeKind::Proto(ProtoCont::Send { gen })),
            )),
            None => Err(Raise::Exc(
                self.new_exception(ClassId::StopIteration, vec![]),
            )),
        }
    }

    /// `gen.throw(exc)` / `gen.close()`: resumes the generator with `exc`
    /// pending (raised at its suspend, or forwarded to the delegate of its
    /// `yield from`, see [`Interp::pending_throw`]).
    pub(crate) fn gen_throw(&mut self, gen: ObjRef, exc: Value, close: bool) -> PyResult<CallOut> {
        let exc = self.instantiate_exception(exc)?;
        let state = match self.heap.get_mut(gen) {
            Object::Generator(g) => std::mem::replace(&mut g.state, CoroState::Running),
            _ => CoroState::Done,
        };
        let mut f = match state {
            CoroState::Suspended(f) => *f,
            CoroState::Created(_) | CoroState::Done => {
                self.set_gen_state(gen, CoroState::Done);
                return if close {
                    Ok(CallOut::Value(Value::None))
                } else {
                    Err(Raise::Exc(exc))
                };
            }
            CoroState::Running => {
                self.set_gen_state(gen, CoroState::Running);
                return Err(self.value_error("generator already executing"));
            }
        };
        f.pending_throw = Some(exc);
        let kind = if close {
            ProtoCont::Close { gen }
        } else {
            ProtoCont::Send { gen }
        };
        Ok(CallOut::Native(f, NativeCont::new(NativeKind::Proto(kind))))
    }

    /// A frame resumed by `throw`: raise the exception at its suspend, or
    /// forward it to the generator its `yield from` delegates to.
    pub(crate) fn pending_throw(&mut self, module: &Module, frame: &mut Frame, exc: Value) -> Flow {
        let block = module.function(frame.func).block(frame.block);
        if let Terminator::Suspend {
            kind: SuspendKind::YieldFrom,
            value,
            ..
        } = &block.term
        {
            if let Value::Obj(sub) = frame.regs[value.index()] {
                if let Object::Generator(g) = self.heap.get_mut(sub) {
                    if let CoroState::Suspended(_) = g.state {
                        if let CoroState::Suspended(mut sf) =
                            std::mem::replace(&mut g.state, CoroState::Running)
                        {
                            sf.pending_throw = Some(exc);
                            sf.ret = ReturnTo::Native(Box::new(NativeCont::new(
                                NativeKind::Proto(ProtoCont::YieldFrom { sub }),
                            )));
                            return Flow::Push(*sf);
                        }
                    }
                }
            }
        }
        Flow::Raise(exc, true)
    }
}
