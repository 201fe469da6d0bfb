//! Built-in functions, their lookup by name, and native continuations.
//!
//! A built-in that must call back into Python (`sorted(key=f)`, `map(f,
//! xs)`, consuming a generator argument, `next(gen)`) never recurses on the
//! Rust stack: it returns a frame to push together with a [`NativeCont`];
//! when that frame returns (or the generator yields), the interpreter feeds
//! the event back through [`Interp::native_step`], which either asks for
//! another frame or produces the built-in's result.
//!
//! Files: `functions` (print, len, sum, min/max, sorted...), `types`
//! (calling built-in classes: int(), str(), list()...), `methods` (methods
//! of str/list/dict/set/tuple...), `attrs` (attribute access).

pub mod attrs;
pub mod bytes_methods;
pub mod bytes_type;
pub mod dir;
pub mod dir_tables;
pub mod exc_attrs;
pub mod functions;
pub mod introspect;
pub mod methods;
pub mod num_methods;
pub mod percent;
pub mod str_methods;
pub mod str_transform;
pub mod suggest;
pub mod types;

use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::{CoroState, Object};
use crate::value::{ObjRef, Value};
use pycps_ir::{Module, ValueId};
use serde::{Deserialize, Serialize};

macro_rules! builtin_fns {
    ($( $id:ident = $name:literal, )*) => {
        /// A built-in function.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub enum BuiltinFn { $($id,)* }
        impl BuiltinFn {
            pub fn name(self) -> &'static str {
                match self { $(BuiltinFn::$id => $name,)* }
            }
            /// Functions visible in the builtins namespace.
            pub fn by_name(name: &str) -> Option<BuiltinFn> {
                match name {
                    $($name => Some(BuiltinFn::$id),)*
                    _ => None,
                }
            }
        }
    };
}

builtin_fns! {
    Print = "print",
    Len = "len",
    Repr = "repr",
    Abs = "abs",
    Sum = "sum",
    Min = "min",
    Max = "max",
    Sorted = "sorted",
    Reversed = "reversed",
    Enumerate = "enumerate",
    Zip = "zip",
    Map = "map",
    Filter = "filter",
    IsInstance = "isinstance",
    IsSubclass = "issubclass",
    Round = "round",
    HasAttr = "hasattr",
    GetAttr = "getattr",
    Iter = "iter",
    Next = "next",
    Any = "any",
    All = "all",
    Id = "id",
    Hash = "hash",
    Callable = "callable",
    Chr = "chr",
    Ord = "ord",
    Divmod = "divmod",
    Pow = "pow",
    Hex = "hex",
    Bin = "bin",
    Oct = "oct",
    Format = "format",
    SetAttr = "setattr",
    DelAttr = "delattr",
    Vars = "vars",
    Dir = "dir",
    Ascii = "ascii",
    Exit = "exit",
    Quit = "quit",
    AsyncioRun = "run",
    AsyncioGather = "gather",
    AsyncioSleep = "sleep",
    AsyncioCreateTask = "create_task",
    AsyncioEnsureFuture = "ensure_future",
    AsyncioIsCoroutine = "iscoroutine",
    AsyncioWaitFor = "wait_for",
    AsyncioWait = "wait",
    AsyncioAsCompleted = "as_completed",
    AsyncioCurrentTask = "current_task",
    AsyncioTimeout = "timeout",
    AsyncioShield = "shield",
    AsyncioLock = "Lock",
    AsyncioEvent = "Event",
    AsyncioSemaphore = "Semaphore",
    AsyncioBoundedSemaphore = "BoundedSemaphore",
    AsyncioQueue = "Queue",
    AsyncioTaskGroup = "TaskGroup",
    AsyncioIsCoroutineFunction = "iscoroutinefunction",
    AsyncioAnext = "anext",
    AsyncioAiter = "aiter",
    AsyncioGetRunningLoop = "get_running_loop",
    AsyncioAllTasks = "all_tasks",
    AsyncioTimeoutAt = "timeout_at",
    // `asyncio._pycps(op, ...)`: native operations of the Python half of
    // `asyncio` (`cps/src/pystd/_pycps_asyncio.py`).
    AsyncioPycps = "_pycps",
    AsyncioGetEventLoop = "get_event_loop",
}

impl BuiltinFn {
    pub fn is_asyncio(self) -> bool {
        matches!(
            self,
            BuiltinFn::AsyncioRun
                | BuiltinFn::AsyncioGather
                | BuiltinFn::AsyncioSleep
                | BuiltinFn::AsyncioCreateTask
                | BuiltinFn::AsyncioEnsureFuture
                | BuiltinFn::AsyncioIsCoroutine
                | BuiltinFn::AsyncioWaitFor
                | BuiltinFn::AsyncioWait
                | BuiltinFn::AsyncioAsCompleted
                | BuiltinFn::AsyncioCurrentTask
                | BuiltinFn::AsyncioTimeout
                | BuiltinFn::AsyncioShield
                | BuiltinFn::AsyncioLock
                | BuiltinFn::AsyncioEvent
                | BuiltinFn::AsyncioSemaphore
                | BuiltinFn::AsyncioBoundedSemaphore
                | BuiltinFn::AsyncioQueue
                | BuiltinFn::AsyncioTaskGroup
                | BuiltinFn::AsyncioIsCoroutineFunction
                | BuiltinFn::AsyncioGetRunningLoop
                | BuiltinFn::AsyncioAllTasks
                | BuiltinFn::AsyncioTimeoutAt
                | BuiltinFn::AsyncioPycps
                | BuiltinFn::AsyncioGetEventLoop
        )
    }

    /// Built-ins that consume whole iterables: generator arguments are
    /// drained into lists first (stackless). Lazy consumers (`zip`, `map`,
    /// `any`...) step their generators instead.
    pub fn consumes_iterables(self) -> bool {
        matches!(
            self,
            BuiltinFn::Sum | BuiltinFn::Min | BuiltinFn::Max | BuiltinFn::Sorted
        )
    }
}

/// The value of a builtins-namespace name (`Unbound` if none). Host
/// capabilities are builtins too (a program may shadow them).
pub fn lookup_builtin(it: &mut Interp, name: &str) -> Value {
    if it.caps.get(name).is_some() {
        return Value::Obj(it.heap.alloc(Object::Capability(name.to_string())));
    }
    if let Some(b) = BuiltinFn::by_name(name) {
        if !b.is_asyncio() {
            return Value::Obj(it.heap.alloc(Object::Builtin(b)));
        }
    }
    let cls = match name {
        "int" => Some(ClassId::Int),
        "float" => Some(ClassId::Float),
        "str" => Some(ClassId::Str),
        "bool" => Some(ClassId::Bool),
        "list" => Some(ClassId::List),
        "tuple" => Some(ClassId::Tuple),
        "dict" => Some(ClassId::Dict),
        "set" => Some(ClassId::Set),
        "frozenset" => Some(ClassId::FrozenSet),
        "range" => Some(ClassId::Range),
        "type" => Some(ClassId::Type),
        "object" => Some(ClassId::Object),
        "bytes" => Some(ClassId::Bytes),
        "bytearray" => Some(ClassId::ByteArray),
        "slice" => Some(ClassId::Slice),
        "property" => Some(ClassId::Property),
        "staticmethod" => Some(ClassId::StaticMethod),
        "classmethod" => Some(ClassId::ClassMethod),
        "super" => Some(ClassId::Super),
        "IOError" | "EnvironmentError" => Some(ClassId::OSError),
        _ => ClassId::ALL
            .iter()
            .copied()
            .find(|c| c.is_builtin_name() && c.name() == name),
    };
    match (cls, name) {
        (Some(c), _) => Value::Obj(c.obj()),
        (None, "None") => Value::None,
        (None, "True") => Value::Bool(true),
        (None, "False") => Value::Bool(false),
        (None, "NotImplemented") => it.not_implemented,
        (None, "Ellipsis") => Value::Obj(it.heap.alloc(Object::Ellipsis)),
        (None, "__name__") => it.heap.str("__main__"),
        _ => Value::Unbound,
    }
}

/// What a native continuation is waiting for.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum NativeKind {
    /// Draining generator `gen` (positional argument `index` of a call),
    /// then re-dispatching the call with the items as a list.
    Drain {
        gen: ObjRef,
        items: Vec<Value>,
        target: DrainTarget,
        args: Vec<Value>,
        kwargs: Vec<(String, Value)>,
        index: usize,
        in_async: bool,
    },
    /// `next(gen[, default])`.
    Next { gen: ObjRef, default: Option<Value> },
    /// The object protocol's continuations (see [`crate::protocol`]).
    Proto(crate::protocol::ProtoCont),
    /// Calling `func` on each item, then finishing with `then`.
    Apply {
        func: Value,
        items: Vec<Value>,
        results: Vec<Value>,
        then: ApplyThen,
        in_async: bool,
    },
    /// A standard-library function waiting for a Python call it made
    /// (`json.dumps(default=f)`, `re.sub(f, ...)`): see `crate::modules`.
    Std {
        cont: Box<crate::modules::StdCont>,
        in_async: bool,
    },
    /// A frame awaited by `anext(it, default)` (its caller is at the await).
    AnextDefault { default: Value },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum DrainTarget {
    Callable(Value),
    Method(Value, String),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum ApplyThen {
    /// `map(f, xs)`: an iterator over the results.
    Map,
    /// `filter(f, xs)`: the items whose result is truthy.
    Filter,
    /// `sorted(xs, key=f, reverse=r)` (or `list.sort` into `list`).
    Sort { reverse: bool, into: Option<ObjRef> },
    /// `min`/`max(xs, key=f)`.
    MinMax { max: bool, default: Option<Value> },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NativeCont {
    /// The caller's destination register (its call instruction's `dst`).
    pub dst: ValueId,
    pub kind: NativeKind,
    /// The continuation this one's result feeds (continuations nest:
    /// a built-in called by a built-in that called back into Python).
    /// `None`: the result goes to the caller frame's `dst`.
    pub parent: Option<Box<NativeCont>>,
}

/// An event delivered to a native continuation.
pub enum NativeEvent {
    /// The pushed frame returned (a generator: it is exhausted).
    Returned(Value),
    /// The generator being consumed yielded.
    Yielded(Value),
    /// The pushed frame raised (after its own handlers).
    Raised(Value),
}

/// What a native continuation asks next.
pub enum NativeStep {
    Done(Value),
    /// Push this frame (its `ret` becomes `Native(cont)`).
    Push(crate::interp::frame::Frame, NativeCont),
    /// Resume the generator with `Native(cont)` as its route.
    ResumeGen(ObjRef, NativeCont),
    /// The built-in's final call, whose outcome is the caller's result.
    Call(CallOut),
    /// Re-run the caller frame's current instruction (a replay memo is
    /// installed, see [`crate::protocol`]).
    Retry,
    /// The caller frame (at a `yield from`) yields this value.
    Yield(Value),
    /// The caller frame (at a `yield from`) resumes with this value.
    Resume(Value),
    /// Push this frame as is (its continuation chain is already set).
    PushRaw(crate::interp::frame::Frame),
}

impl NativeCont {
    pub fn new(kind: NativeKind) -> Self {
        NativeCont {
            dst: ValueId(0),
            kind,
            parent: None,
        }
    }

    /// The generator this continuation resumes, if any.
    pub fn draining_gen(&self) -> Option<ObjRef> {
        match &self.kind {
            NativeKind::Drain { gen, .. } | NativeKind::Next { gen, .. } => Some(*gen),
            NativeKind::Proto(
                crate::protocol::ProtoCont::YieldFrom { sub: gen }
                | crate::protocol::ProtoCont::Send { gen }
                | crate::protocol::ProtoCont::Close { gen },
            ) => Some(*gen),
            NativeKind::Apply { .. }
            | NativeKind::Std { .. }
            | NativeKind::Proto(_)
            | NativeKind::AnextDefault { .. } => None,
        }
    }
}

impl Interp {
    /// If a positional argument is a generator, starts draining it and
    /// returns the call outcome that does so.
    pub fn drain_generator_args(
        &mut self,
        target: DrainTarget,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> Option<PyResult<CallOut>> {
        let index = args
            .iter()
            .position(|a| matches!(self.heap.obj(*a), Some(Object::Generator(_))))?;
        let Value::Obj(gen) = args[index] else {
            return None;
        };
        let cont = NativeCont::new(NativeKind::Drain {
            gen,
            items: Vec::new(),
            target,
            args: args.to_vec(),
            kwargs: kwargs.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            index,
            in_async,
        });
        Some(self.start_gen_native(gen, cont))
    }

    /// Starts consuming generator `gen` with continuation `cont`.
    pub fn start_gen_native(&mut self, gen: ObjRef, cont: NativeCont) -> PyResult<CallOut> {
        let module = self.module.clone();
        let state = match self.heap.get_mut(gen) {
            Object::Generator(g) => std::mem::replace(&mut g.state, CoroState::Running),
            _ => CoroState::Done,
        };
        match state {
            CoroState::Created(f) => Ok(CallOut::Native(*f, cont)),
            CoroState::Suspended(mut f) => {
                crate::interp::exec::deliver_suspend(&module, &mut f, Value::None);
                Ok(CallOut::Native(*f, cont))
            }
            CoroState::Running => {
                self.set_gen_state(gen, CoroState::Running);
                Err(self.value_error("generator already executing"))
            }
            CoroState::Done => {
                self.set_gen_state(gen, CoroState::Done);
                // Exhausted already: finish right away.
                let step = self.native_step(cont, NativeEvent::Returned(Value::None))?;
                self.step_out(step)
            }
        }
    }

    /// Feeds an event to a native continuation.
    pub fn native_step(&mut self, cont: NativeCont, ev: NativeEvent) -> PyResult<NativeStep> {
        let module = self.module.clone();
        let NativeCont { dst, kind, .. } = cont;
        if let NativeKind::Proto(p) = kind {
            return match ev {
                NativeEvent::Returned(v) => self.proto_step(p, Ok(v), false),
                NativeEvent::Yielded(v) => self.proto_step(p, Ok(v), true),
                NativeEvent::Raised(e) => self.proto_step(p, Err(e), false),
            };
        }
        if let NativeKind::AnextDefault { default } = kind {
            return self.anext_default_step(default, ev);
        }
        if let NativeEvent::Raised(e) = ev {
            return Err(crate::interp::Raise::Exc(e));
        }
        match kind {
            NativeKind::Proto(_) | NativeKind::AnextDefault { .. } => {
                Err(self.type_error("unreachable continuation"))
            }
            NativeKind::Drain {
                gen,
                mut items,
                target,
                mut args,
                kwargs,
                index,
                in_async,
            } => match ev {
                NativeEvent::Yielded(v) => {
                    items.push(v);
                    if items.len() % 4096 == 0 {
                        self.reserve(items.len() * 16)?;
                    }
                    Ok(NativeStep::ResumeGen(
                        gen,
                        NativeCont {
                            dst,
                            kind: NativeKind::Drain {
                                gen,
                                items,
                                target,
                                args,
                                kwargs,
                                index,
                                in_async,
                            },
                            parent: None,
                        },
                    ))
                }
                NativeEvent::Returned(_) => {
                    args[index] = self.heap.list(items);
                    let kw: Vec<(&str, Value)> =
                        kwargs.iter().map(|(k, v)| (k.as_str(), *v)).collect();
                    let out = match target {
                        DrainTarget::Callable(f) => {
                            self.call_value(&module, f, &args, &kw, in_async)?
                        }
                        DrainTarget::Method(recv, name) => {
                            // The built-in method that asked for the drain
                            // (not a user override of the same name).
                            self.call_method_builtin(&module, recv, &name, &args, &kw, in_async)?
                        }
                    };
                    Ok(NativeStep::Call(out))
                }
                NativeEvent::Raised(e) => Err(crate::interp::Raise::Exc(e)),
            },
            NativeKind::Next { default, .. } => match ev {
                NativeEvent::Yielded(v) => Ok(NativeStep::Done(v)),
                NativeEvent::Returned(v) => match default {
                    Some(d) => Ok(NativeStep::Done(d)),
                    // The generator's return value becomes `StopIteration.value`.
                    None => {
                        let args = if matches!(v, Value::None) {
                            Vec::new()
                        } else {
                            vec![v]
                        };
                        Err(crate::interp::Raise::Exc(
                            self.new_exception(ClassId::StopIteration, args),
                        ))
                    }
                },
                NativeEvent::Raised(e) => Err(crate::interp::Raise::Exc(e)),
            },
            NativeKind::Std { cont, in_async } => {
                let v = match ev {
                    NativeEvent::Returned(v) | NativeEvent::Yielded(v) => v,
                    NativeEvent::Raised(e) => return Err(crate::interp::Raise::Exc(e)),
                };
                let out = self.std_resume(*cont, v)?;
                self.std_drive(&module, dst, out, in_async)
            }
            NativeKind::Apply {
                func,
                items,
                mut results,
                then,
                in_async,
            } => {
                if let NativeEvent::Returned(v) = ev {
                    results.push(v);
                }
                // Call the function on the remaining items; built-ins answer inline.
                while results.len() < items.len() {
                    let item = items[results.len()];
                    let saved = std::mem::replace(&mut self.nested_mode, false);
                    let r = self.call_value(&module, func, &[item], &[], in_async);
                    self.nested_mode = saved;
                    let this = NativeCont {
                        dst,
                        kind: NativeKind::Apply {
                            func,
                            items: Vec::new(),
                            results: Vec::new(),
                            then: then.clone(),
                            in_async,
                        },
                        parent: None,
                    };
                    let mut this = this;
                    match r {
                        Ok(CallOut::Value(v)) => {
                            results.push(v);
                            continue;
                        }
                        Ok(_) | Err(crate::interp::Raise::Call(_)) => {}
                        Err(e) => return Err(e),
                    }
                    this.kind = NativeKind::Apply {
                        func,
                        items,
                        results,
                        then,
                        in_async,
                    };
                    return Ok(match r {
                        Ok(CallOut::Push(frame)) => NativeStep::Push(frame, this),
                        Ok(CallOut::Native(mut frame, mut c)) => {
                            c.parent = Some(Box::new(this));
                            frame.ret = crate::interp::frame::ReturnTo::Native(Box::new(c));
                            NativeStep::PushRaw(frame)
                        }
                        Err(crate::interp::Raise::Call(pc)) => {
                            let redo = crate::protocol::Redo::Call {
                                callee: func,
                                args: vec![item],
                                kwargs: Vec::new(),
                            };
                            NativeStep::PushRaw(self.pending_frame(*pc, redo, Some(this)))
                        }
                        _ => NativeStep::Done(Value::None),
                    });
                }
                self.apply_finish(then, items, results)
                    .map(NativeStep::Done)
            }
        }
    }

    /// Starts an `Apply` continuation (or finishes inline when every call
    /// is answered by a built-in).
    pub fn start_apply(
        &mut self,
        func: Value,
        items: Vec<Value>,
        then: ApplyThen,
        in_async: bool,
    ) -> PyResult<CallOut> {
        let cont = NativeCont::new(NativeKind::Apply {
            func,
            items,
            results: Vec::new(),
            then,
            in_async,
        });
        let step = self.native_step(cont, NativeEvent::Yielded(Value::None))?;
        self.step_out(step)
    }

    /// The call outcome of a continuation's first step.
    pub fn step_out(&mut self, step: NativeStep) -> PyResult<CallOut> {
        match step {
            NativeStep::Done(v) => Ok(CallOut::Value(v)),
            NativeStep::Push(f, c) => Ok(CallOut::Native(f, c)),
            NativeStep::Call(out) => Ok(out),
            NativeStep::PushRaw(mut f) => {
                match std::mem::replace(&mut f.ret, crate::interp::frame::ReturnTo::TaskRoot) {
                    crate::interp::frame::ReturnTo::Native(c) => Ok(CallOut::Native(f, *c)),
                    _ => Ok(CallOut::Push(f)),
                }
            }
            NativeStep::ResumeGen(..)
            | NativeStep::Retry
            | NativeStep::Yield(_)
            | NativeStep::Resume(_) => Err(self.type_error("unexpected continuation step")),
        }
    }

    fn apply_finish(
        &mut self,
        then: ApplyThen,
        items: Vec<Value>,
        results: Vec<Value>,
    ) -> PyResult<Value> {
        match then {
            ApplyThen::Map => Ok(self.values_iter(results)),
            ApplyThen::Filter => {
                let mut out = Vec::new();
                for (i, r) in items.into_iter().zip(results) {
                    if self.truthy(r)? {
                        out.push(i);
                    }
                }
                Ok(self.values_iter(out))
            }
            ApplyThen::Sort { reverse, into } => {
                let sorted = self.sort_by_keys(items, results, reverse)?;
                match into {
                    Some(l) => {
                        if let Object::List(items) = self.heap.get_mut(l) {
                            *items = sorted;
                        }
                        Ok(Value::None)
                    }
                    None => Ok(self.heap.list(sorted)),
                }
            }
            ApplyThen::MinMax { max, default } => self.min_max_keys(items, results, max, default),
        }
    }

    /// A fresh iterator over materialised values.
    pub fn values_iter(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(
            self.heap
                .alloc(Object::Iter(crate::object::IterObj::Values {
                    items,
                    idx: 0,
                })),
        )
    }

    /// Calls a built-in function.
    pub fn call_builtin(
        &mut self,
        module: &Module,
        b: BuiltinFn,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        if b.consumes_iterables() {
            let f = Value::Obj(self.heap.alloc(Object::Builtin(b)));
            if let Some(out) =
                self.drain_generator_args(DrainTarget::Callable(f), args, kwargs, in_async)
            {
                return out;
            }
        }
        self.builtin_function(module, b, args, kwargs, in_async)
    }

    /// Rejects keyword arguments for built-ins that take none.
    pub fn no_kwargs(&mut self, name: &str, kwargs: &[(&str, Value)]) -> PyResult<()> {
        if kwargs.is_empty() {
            Ok(())
        } else {
            Err(self.type_error(format!("{name}() takes no keyword arguments")))
        }
    }

    /// Checks a positional argument count range.
    pub fn arity(&mut self, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
        let n = args.len();
        if n >= min && n <= max {
            return Ok(());
        }
        Err(self.type_error(if min == max {
            if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else if min == 0 {
                format!("{name}() takes no arguments ({n} given)")
            } else {
                format!("{name} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        }))
    }

    /// Looks up a keyword argument.
    pub fn kwarg(kwargs: &[(&str, Value)], name: &str) -> Option<Value> {
        kwargs.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
    }

    /// Rejects keyword arguments outside `allowed`.
    pub fn only_kwargs(
        &mut self,
        fname: &str,
        kwargs: &[(&str, Value)],
        allowed: &[&str],
    ) -> PyResult<()> {
        for (k, _) in kwargs {
            if !allowed.contains(k) {
                return Err(self.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
        Ok(())
    }
}
