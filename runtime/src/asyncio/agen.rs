//! Async generators (`async def` with `yield`) and the `async for`
//! protocol (`GetAIter`/`GetANext`, `aiter()`/`anext()`).
//!
//! An async generator keeps its frame inside the object between items.
//! `__anext__()`/`asend(v)`/`athrow(e)`/`aclose()` return an
//! [`AGenOp`] awaitable; awaiting it pushes the generator's frame on the
//! awaiting task with `ReturnTo::AGen`, so awaits inside the generator
//! block that task like any coroutine. A `yield` pops the frame back into
//! the object and delivers the value as the await's result; a return
//! raises `StopAsyncIteration` at the await (or, for `aclose()`, gives
//! `None`); an exception propagates to the awaiter and finishes the
//! generator. Objects of other types iterate through their
//! `__aiter__`/`__anext__` methods.

use super::AsyncObj;
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::exec::{deliver_suspend, AwaitOut};
use crate::interp::frame::{Frame, ReturnTo};
use crate::interp::{Interp, PyResult, Raise};
use crate::object::{CoroState, Object};
use crate::value::{ObjRef, Value};
use pycps_ir::{FuncId, Module};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AsyncGenState {
    pub func: FuncId,
    pub state: CoroState,
    /// What the running `anext(gen, default)` gives if the generator ends
    /// (`None`: it raises `StopAsyncIteration`). Set when an operation is
    /// awaited; operations on one generator never overlap.
    #[serde(default)]
    pub stop_default: Option<Value>,
}

/// `anext(it, default)` over an object that is not an async generator:
/// awaits what `it.__anext__()` returned and turns `StopAsyncIteration`
/// into `default`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AnextDefault {
    pub inner: Value,
    pub default: Value,
    pub used: bool,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum AGenOpKind {
    Next,
    Send(Value),
    Throw(Value),
    Close,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AGenOp {
    pub gen: ObjRef,
    pub kind: AGenOpKind,
    pub used: bool,
    /// `anext(gen, default)`: the value given when the generator ends.
    #[serde(default)]
    pub default: Option<Value>,
}

impl Interp {
    /// A new async generator object over a bound frame.
    pub(crate) fn new_async_gen(&mut self, mut frame: Frame) -> Value {
        frame.in_async = true;
        let func = frame.func;
        let size = frame.regs.len() * 16;
        self.heap.account(size);
        Value::Obj(
            self.heap
                .alloc(Object::Asyncio(Box::new(AsyncObj::AsyncGen(Box::new(
                    AsyncGenState {
                        func,
                        state: CoroState::Created(Box::new(frame)),
                        stop_default: None,
                    },
                ))))),
        )
    }

    pub(crate) fn set_agen_state(&mut self, gen: ObjRef, state: CoroState) {
        if let Object::Asyncio(a) = self.heap.get_mut(gen) {
            if let AsyncObj::AsyncGen(g) = &mut **a {
                g.state = state;
            }
        }
    }

    fn agen_op(&mut self, gen: ObjRef, kind: AGenOpKind) -> Value {
        Value::Obj(
            self.heap
                .alloc(Object::Asyncio(Box::new(AsyncObj::AGenOp(AGenOp {
                    gen,
                    kind,
                    used: false,
                    default: None,
                })))),
        )
    }

    /// An async generator returned during an operation: the
    /// `anext(gen, default)` value to deliver, or `None` to raise
    /// `StopAsyncIteration`.
    pub(crate) fn agen_exhausted(&mut self, gen: ObjRef) -> Option<Value> {
        match self.heap.get_mut(gen) {
            Object::Asyncio(a) => match &mut **a {
                AsyncObj::AsyncGen(g) => g.stop_default.take(),
                _ => None,
            },
            _ => None,
        }
    }

    /// The continuation of a frame awaited by `anext(it, default)`.
    pub(crate) fn anext_default_step(
        &mut self,
        default: Value,
        ev: crate::builtins::NativeEvent,
    ) -> PyResult<crate::builtins::NativeStep> {
        use crate::builtins::{NativeEvent, NativeStep};
        match ev {
            NativeEvent::Raised(e)
                if self
                    .heap
                    .class_of(e)
                    .is_subclass(ClassId::StopAsyncIteration) =>
            {
                Ok(NativeStep::Resume(default))
            }
            NativeEvent::Raised(e) => Err(Raise::Exc(e)),
            NativeEvent::Returned(v) | NativeEvent::Yielded(v) => Ok(NativeStep::Resume(v)),
        }
    }

    fn is_async_gen(&self, v: Value) -> Option<ObjRef> {
        match self.heap.obj(v) {
            Some(Object::Asyncio(a)) if matches!(**a, AsyncObj::AsyncGen(_)) => v.as_obj(),
            _ => None,
        }
    }

    /// `GetAIter` / `aiter(x)`.
    pub(crate) fn aiter_of(
        &mut self,
        module: &Module,
        v: Value,
        in_async: bool,
    ) -> PyResult<CallOut> {
        if self.is_async_gen(v).is_some() {
            return Ok(CallOut::Value(v));
        }
        let plain = matches!(
            self.heap.obj(v),
            None | Some(
                Object::Str(_)
                    | Object::List(_)
                    | Object::Tuple(_)
                    | Object::Dict(_)
                    | Object::Set(_)
                    | Object::Range(_)
                    | Object::Coroutine(_)
                    | Object::Generator(_)
                    | Object::Future(_)
                    | Object::Function(_)
                    | Object::Builtin(_)
                    | Object::Asyncio(_)
            )
        );
        let r = if plain {
            Err(self.err(ClassId::AttributeError, ""))
        } else {
            self.call_method(module, v, "__aiter__", &[], &[], in_async)
        };
        match r {
            Err(Raise::Exc(e)) if self.heap.class_of(e) == ClassId::AttributeError => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {t}"
                )))
            }
            r => r,
        }
    }

    /// `GetANext` / `anext(x)`.
    pub(crate) fn anext_of(
        &mut self,
        module: &Module,
        v: Value,
        in_async: bool,
    ) -> PyResult<CallOut> {
        if let Some(g) = self.is_async_gen(v) {
            return Ok(CallOut::Value(self.agen_op(g, AGenOpKind::Next)));
        }
        let plain = matches!(
            self.heap.obj(v),
            None | Some(
                Object::Str(_)
                    | Object::List(_)
                    | Object::Tuple(_)
                    | Object::Dict(_)
                    | Object::Range(_)
                    | Object::Coroutine(_)
                    | Object::Generator(_)
                    | Object::Future(_)
                    | Object::Asyncio(_)
            )
        );
        let r = if plain {
            Err(self.err(ClassId::AttributeError, ""))
        } else {
            self.call_method(module, v, "__anext__", &[], &[], in_async)
        };
        match r {
            Err(Raise::Exc(e)) if self.heap.class_of(e) == ClassId::AttributeError => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!(
                    "'async for' requires an iterator with __anext__ method, got {t}"
                )))
            }
            r => r,
        }
    }

    /// `anext(it[, default])` (builtin).
    pub(crate) fn anext(&mut self, v: Value, default: Option<Value>) -> PyResult<CallOut> {
        if let Some(g) = self.is_async_gen(v) {
            let op = self.agen_op(g, AGenOpKind::Next);
            if let Some(Object::Asyncio(a)) = op.as_obj().map(|r| self.heap.get_mut(r)) {
                if let AsyncObj::AGenOp(o) = &mut **a {
                    o.default = default;
                }
            }
            return Ok(CallOut::Value(op));
        }
        if let Some(default) = default {
            return self.anext_with_default(v, default);
        }
        let module = self.module.clone();
        let out = match self.anext_of(&module, v, true) {
            Err(Raise::Exc(e)) if self.heap.class_of(e) == ClassId::TypeError => {
                let t = self.heap.type_name(v);
                return Err(self.type_error(format!("'{t}' object is not an async iterator")));
            }
            r => r?,
        };
        match (out, default) {
            (CallOut::Value(inner), Some(default)) => Ok(CallOut::Value(self.new_async(
                AsyncObj::AnextDefault(Box::new(AnextDefault {
                    inner,
                    default,
                    used: false,
                })),
            ))),
            (out, _) => Ok(out),
        }
    }

    /// `anext(it, default)` over a non-generator: `it.__anext__()` is
    /// called now (as a synchronous call, so a plain `def __anext__`
    /// returning a future works too) and its awaitable wrapped.
    fn anext_with_default(&mut self, v: Value, default: Value) -> PyResult<CallOut> {
        let plain = matches!(
            self.heap.obj(v),
            None | Some(
                Object::Str(_)
                    | Object::List(_)
                    | Object::Tuple(_)
                    | Object::Dict(_)
                    | Object::Range(_)
                    | Object::Coroutine(_)
                    | Object::Generator(_)
                    | Object::Future(_)
                    | Object::Asyncio(_)
            )
        );
        let method = if plain {
            None
        } else {
            match self.get_attr(v, "__anext__") {
                Ok(m) => Some(m),
                Err(Raise::Exc(e)) if self.heap.class_of(e) == ClassId::AttributeError => None,
                Err(e) => return Err(e),
            }
        };
        let Some(method) = method else {
            let t = self.heap.type_name(v);
            return Err(self.type_error(format!("'{t}' object is not an async iterator")));
        };
        let inner = self.call_sync(method, &[])?;
        Ok(CallOut::Value(self.new_async(AsyncObj::AnextDefault(
            Box::new(AnextDefault {
                inner,
                default,
                used: false,
            }),
        ))))
    }

    /// Awaiting `anext(it, default)` over a non-generator.
    fn await_anext_default(&mut self, r: ObjRef) -> PyResult<AwaitOut> {
        let (inner, default) = match self.heap.get_mut(r) {
            Object::Asyncio(a) => match &mut **a {
                AsyncObj::AnextDefault(d) => {
                    if d.used {
                        return Err(self.err(
                            ClassId::RuntimeError,
                            "cannot reuse already awaited __anext__()/asend()",
                        ));
                    }
                    d.used = true;
                    (d.inner, d.default)
                }
                _ => return Err(self.type_error("not awaitable")),
            },
            _ => return Err(self.type_error("not awaitable")),
        };
        // An async generator's operation carries the default itself.
        if let Some(Object::Asyncio(a)) = inner.as_obj().map(|r| self.heap.get_mut(r)) {
            if let AsyncObj::AGenOp(op) = &mut **a {
                op.default = Some(default);
            }
        }
        let inner = self.get_awaitable(inner)?;
        let out = self.await_value(inner)?;
        if let (AwaitOut::Block, Some(Object::Future(_))) = (&out, self.heap.obj(inner)) {
            // The task now waits on a plain future: a hub watching it
            // turns its `StopAsyncIteration` into `default`.
            let hub = self.new_hub(Value::Obj(r));
            if let Some(f) = inner.as_obj() {
                self.add_waiter(
                    f,
                    crate::object::Waiter::Child {
                        parent: hub,
                        index: self.current as usize,
                    },
                );
            }
            return Ok(out);
        }
        match out {
            AwaitOut::Ready(Err(e))
                if self
                    .heap
                    .class_of(e)
                    .is_subclass(ClassId::StopAsyncIteration) =>
            {
                Ok(AwaitOut::Ready(Ok(default)))
            }
            AwaitOut::Push(mut frame) => {
                let cont =
                    crate::builtins::NativeCont::new(crate::builtins::NativeKind::AnextDefault {
                        default,
                    });
                frame.ret = ReturnTo::Native(Box::new(cont));
                frame.in_async = true;
                Ok(AwaitOut::Resume(frame))
            }
            out => Ok(out),
        }
    }

    /// A future awaited by `anext(it, default)` finished: if it ended
    /// with `StopAsyncIteration`, the waiting task (`task`, woken just
    /// before by the same completion) gets `default` instead. `false` if
    /// `hub` is not such a watcher.
    pub(crate) fn anext_default_rewrite(
        &mut self,
        hub: ObjRef,
        task: usize,
        r: Result<Value, Value>,
    ) -> bool {
        let owner = match self.heap.get(hub) {
            Object::Future(f) => match f.kind {
                crate::object::FutureKind::Hub { owner } => owner,
                _ => return false,
            },
            _ => return false,
        };
        let default = match self.heap.get(owner) {
            Object::Asyncio(a) => match &**a {
                AsyncObj::AnextDefault(d) => d.default,
                _ => return false,
            },
            _ => return false,
        };
        if let Err(e) = r {
            if self
                .heap
                .class_of(e)
                .is_subclass(ClassId::StopAsyncIteration)
            {
                if let Some(t) = self.tasks.get_mut(task) {
                    if matches!(t.resume, Some(Err(x)) if x.is(e)) {
                        t.resume = Some(Ok(default));
                    }
                }
            }
        }
        true
    }

    /// `aiter(x)` (builtin).
    pub(crate) fn aiter(&mut self, v: Value) -> PyResult<CallOut> {
        let module = self.module.clone();
        match self.aiter_of(&module, v, true) {
            Err(Raise::Exc(e)) if self.heap.class_of(e) == ClassId::TypeError => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!("'{t}' object is not an async iterable")))
            }
            r => r,
        }
    }

    /// Methods of async generators and their awaitables.
    pub(crate) fn agen_method(
        &mut self,
        r: ObjRef,
        name: &str,
        args: &[Value],
    ) -> PyResult<CallOut> {
        let v = Value::Obj(r);
        let Some(g) = self.is_async_gen(v) else {
            return Err(self.err(
                ClassId::AttributeError,
                format!("'async_generator_asend' object has no attribute '{name}'"),
            ));
        };
        let kind = match name {
            "__aiter__" => return Ok(CallOut::Value(v)),
            "__anext__" => AGenOpKind::Next,
            "asend" => {
                self.arity("asend", args, 1, 1)?;
                AGenOpKind::Send(args[0])
            }
            "athrow" => {
                self.arity("athrow", args, 1, 3)?;
                let e = self.instantiate_exception(args[0])?;
                AGenOpKind::Throw(e)
            }
            "aclose" => AGenOpKind::Close,
            _ => {
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'async_generator' object has no attribute '{name}'"),
                ))
            }
        };
        Ok(CallOut::Value(self.agen_op(g, kind)))
    }

    /// Awaiting an asyncio object (an async generator operation).
    pub(crate) fn await_async_obj(&mut self, r: ObjRef) -> PyResult<AwaitOut> {
        let (gen, kind, default) = match self.heap.get_mut(r) {
            Object::Asyncio(a) => match &mut **a {
                AsyncObj::AGenOp(op) => {
                    if op.used {
                        return Err(self.err(
                            ClassId::RuntimeError,
                            "cannot reuse already awaited __anext__()/asend()",
                        ));
                    }
                    op.used = true;
                    (op.gen, op.kind, op.default)
                }
                AsyncObj::AnextDefault(_) => return self.await_anext_default(r),
                AsyncObj::LazyOp(_) => return self.await_lazy_op(r),
                _ => {
                    let t = self.heap.get(r).class().name();
                    return Err(
                        self.type_error(format!("object {t} can't be used in 'await' expression"))
                    );
                }
            },
            _ => return Err(self.type_error("not awaitable")),
        };
        let state = match self.heap.get_mut(gen) {
            Object::Asyncio(a) => match &mut **a {
                AsyncObj::AsyncGen(g) => {
                    g.stop_default = default;
                    std::mem::replace(&mut g.state, CoroState::Running)
                }
                _ => CoroState::Done,
            },
            _ => CoroState::Done,
        };
        let closing = matches!(kind, AGenOpKind::Close);
        let ret = ReturnTo::AGen { gen, closing };
        let stop = |it: &mut Interp| match default {
            Some(d) => Ok(AwaitOut::Ready(Ok(d))),
            None => Ok(AwaitOut::Ready(Err(
                it.new_exception(ClassId::StopAsyncIteration, Vec::new())
            ))),
        };
        match state {
            CoroState::Running => {
                self.set_agen_state(gen, CoroState::Running);
                let what = match kind {
                    AGenOpKind::Next | AGenOpKind::Send(_) => {
                        "anext(): asynchronous generator is already running"
                    }
                    AGenOpKind::Throw(_) => "athrow(): asynchronous generator is already running",
                    AGenOpKind::Close => "aclose(): asynchronous generator is already running",
                };
                Err(self.err(ClassId::RuntimeError, what))
            }
            CoroState::Done => {
                self.set_agen_state(gen, CoroState::Done);
                match kind {
                    AGenOpKind::Close => Ok(AwaitOut::Ready(Ok(Value::None))),
                    AGenOpKind::Throw(e) => Ok(AwaitOut::Ready(Err(e))),
                    _ => stop(self),
                }
            }
            CoroState::Created(mut frame) => match kind {
                AGenOpKind::Next | AGenOpKind::Send(Value::None) => {
                    self.register_agen(gen);
                    frame.ret = ret;
                    Ok(AwaitOut::Resume(*frame))
                }
                AGenOpKind::Send(_) => {
                    self.set_agen_state(gen, CoroState::Created(frame));
                    Err(self
                        .type_error("can't send non-None value to a just-started async generator"))
                }
                AGenOpKind::Throw(e) => {
                    self.set_agen_state(gen, CoroState::Done);
                    Ok(AwaitOut::Ready(Err(e)))
                }
                AGenOpKind::Close => {
                    self.set_agen_state(gen, CoroState::Done);
                    Ok(AwaitOut::Ready(Ok(Value::None)))
                }
            },
            CoroState::Suspended(mut frame) => {
                frame.ret = ret;
                let module = self.module.clone();
                match kind {
                    AGenOpKind::Next => {
                        deliver_suspend(&module, &mut frame, Value::None);
                        Ok(AwaitOut::Resume(*frame))
                    }
                    AGenOpKind::Send(v) => {
                        deliver_suspend(&module, &mut frame, v);
                        Ok(AwaitOut::Resume(*frame))
                    }
                    AGenOpKind::Throw(e) => Ok(AwaitOut::Throw(*frame, e)),
                    AGenOpKind::Close => {
                        let e = self.new_exception(ClassId::GeneratorExit, Vec::new());
                        Ok(AwaitOut::Throw(*frame, e))
                    }
                }
            }
        }
    }
}
