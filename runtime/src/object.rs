//! Heap objects. Every variant is plain data (no `Rc`, no closures) so the
//! heap is `Send` and serializable; references between objects are
//! [`ObjRef`] handles.

use crate::builtins::BuiltinFn;
use crate::capability::{CallArgs, CallId};
use crate::classes::ClassId;
use crate::dict::Dict;
use crate::interp::frame::Frame;
use crate::settable::SetTable;
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use pycps_ir::{FuncId, NameId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Object {
    Str(String),
    Bytes(Vec<u8>),
    /// A `bytearray`: mutable bytes.
    ByteArray(Vec<u8>),
    /// Only ints that do not fit `i64` (see [`crate::value`]).
    BigInt(BigInt),
    List(Vec<Value>),
    Tuple(Vec<Value>),
    Dict(Dict),
    /// A set: CPython's open-addressing table (slot-order iteration).
    Set(SetTable),
    FrozenSet(SetTable),
    Range(RangeObj),
    /// A range whose bounds do not all fit `i64` (rare; kept off the
    /// fast path of [`RangeObj`]).
    BigRange(Box<BigRangeObj>),
    Slice(Value, Value, Value),
    Function(Box<FunctionObj>),
    Builtin(BuiltinFn),
    /// A built-in method bound to `recv` (`xs.append`), or unbound
    /// (`str.lower`, `recv == Unbound`, `owner` the class).
    Method {
        recv: Value,
        owner: ClassId,
        name: String,
    },
    Cell(Value),
    Coroutine(Box<CoroutineObj>),
    Generator(Box<CoroutineObj>),
    Future(Box<FutureObj>),
    Module(ModuleKind),
    /// A function of a built-in standard-library module (`math.sqrt`).
    ModFn(crate::modules::ModFn),
    /// An object created by a standard-library module (see `crate::modules`).
    Native(Box<crate::modules::NativeObj>),
    /// asyncio primitives and async generators (see `crate::asyncio`).
    Asyncio(Box<crate::asyncio::AsyncObj>),
    Exception(Box<ExceptionObj>),
    Class(ClassId),
    Iter(IterObj),
    DictView(ObjRef, ViewKind),
    /// A host capability, by name.
    Capability(String),
    Ellipsis,
    /// A class created by a `class` statement (see [`crate::instance`]).
    UserClass(Box<crate::instance::ClassObj>),
    /// An instance of a user class that is not an exception.
    Instance(Box<crate::instance::InstanceObj>),
    /// A Python function bound to its receiver (`obj.method`).
    BoundMethod {
        func: Value,
        recv: Value,
    },
    Property(Box<crate::instance::PropertyObj>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(cls, obj)`: attribute lookup starts after `cls` in the MRO
    /// of `type(obj)` (or of `obj` itself when it is a class).
    Super {
        cls: ObjRef,
        obj: Value,
    },
    /// The `NotImplemented` singleton (one per heap, see `Interp::not_implemented`).
    NotImplemented,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            ((self.stop as i128 - self.start as i128 - 1) / self.step as i128 + 1) as i64
        } else if self.step < 0 && self.start > self.stop {
            ((self.start as i128 - self.stop as i128 - 1) / (-(self.step as i128)) + 1) as i64
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// `range` over big ints. Invariant: `step != 0`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BigRangeObj {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRangeObj {
    /// Number of items (`0` when empty).
    pub fn len(&self) -> BigInt {
        use num_traits::Zero;
        let zero = BigInt::zero();
        let one = BigInt::from(1);
        if self.step > zero && self.start < self.stop {
            (&self.stop - &self.start - &one) / &self.step + &one
        } else if self.step < zero && self.start > self.stop {
            (&self.start - &self.stop - &one) / (-&self.step) + &one
        } else {
            zero
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FunctionObj {
    pub func: FuncId,
    /// Defaults of the trailing positional parameters.
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(NameId, Value)>,
    /// Cells for the callee's freevars, in order.
    pub closure: Vec<Value>,
    /// The function's `__dict__` (`f.calls = 0`, `__wrapped__`), created on
    /// the first attribute assignment.
    #[serde(default)]
    pub dict: Option<ObjRef>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum CoroState {
    /// Created, not started: the frame with its arguments bound.
    Created(Box<Frame>),
    /// Suspended generator (its frame is back here between `next` calls).
    Suspended(Box<Frame>),
    /// Being run (its frame is on some task's stack).
    Running,
    Done,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CoroutineObj {
    pub func: FuncId,
    pub state: CoroState,
}

/// Who waits for a future.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Waiter {
    /// A task blocked at an await of this future.
    Task(u32),
    /// Child `index` of a combinator future (`gather`, `wait_for`, `wait`,
    /// `as_completed`, a task group): its completion is routed to
    /// `Interp::child_done`.
    Child { parent: ObjRef, index: usize },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum FutureKind {
    /// `loop.create_future()`-style plain future.
    Plain,
    /// A pending or finished operation of a lock, event, queue, task
    /// group...: a coroutine in CPython (so `create_task(q.get())` works).
    Op,
    /// The future of task `id`.
    Task { id: u32, name: String },
    /// `asyncio.gather(...)`.
    Gather {
        children: Vec<ObjRef>,
        results: Vec<Value>,
        remaining: usize,
        return_exceptions: bool,
        /// `cancel()` was called: ends with `CancelledError` once every
        /// child is done.
        #[serde(default)]
        cancel_requested: bool,
    },
    /// `asyncio.wait_for(inner, timeout)`: child 0 is `inner`, child 1 the
    /// timer.
    WaitFor {
        inner: ObjRef,
        timer: Option<ObjRef>,
        timed_out: bool,
        cancelled: bool,
    },
    /// `asyncio.wait(children, return_when=...)`; child `children.len()`
    /// is the timer.
    Wait {
        children: Vec<ObjRef>,
        return_when: crate::asyncio::ReturnWhen,
        timer: Option<ObjRef>,
    },
    /// The hub of `asyncio.as_completed`: the k-th child to complete
    /// completes `outs[k]`.
    AsCompleted { outs: Vec<ObjRef>, filled: usize },
    /// Routes child completions to an asyncio object (a task group, a
    /// `timeout()`); never completes itself.
    Hub { owner: ObjRef },
    /// A call of an awaitable capability; `args` is taken when the call is
    /// issued to the host (on first await or when wrapped by gather/create_task).
    Capability {
        id: CallId,
        name: String,
        args: Option<CallArgs>,
    },
    /// `asyncio.sleep(delay, result)`; `started` once its timer is armed.
    Sleep {
        delay: f64,
        result: Value,
        started: bool,
    },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FutureObj {
    pub kind: FutureKind,
    /// `Ok(value)` or `Err(exception)` once done.
    pub result: Option<Result<Value, Value>>,
    pub waiters: Vec<Waiter>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ModuleKind {
    Asyncio,
    /// A standard-library module implemented in `crate::modules`.
    Std(crate::modules::StdModule),
}

/// One traceback entry: the function and the byte span executing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TbEntry {
    pub func: FuncId,
    pub offset: u32,
    /// End of the executing instruction's span (for the caret line).
    #[serde(default)]
    pub end: u32,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExceptionObj {
    pub class: ClassId,
    pub args: Vec<Value>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Innermost first (the order the exception unwound through frames).
    pub traceback: Vec<TbEntry>,
    /// The user class of an instance of a user-defined exception class
    /// (`class E(ValueError)`); `class` is then its nearest built-in base.
    #[serde(default)]
    pub user_class: Option<ObjRef>,
    /// The instance attribute dict (a `Dict` object), created on first store.
    #[serde(default)]
    pub dict: Option<ObjRef>,
    /// The C-level attributes of built-in exception classes that are not
    /// derived from `args` (`AttributeError.name`/`obj`, `OSError.filename`,
    /// `StopIteration.value` once assigned): see `builtins::exc_attrs`.
    #[serde(default)]
    pub slots: Vec<(String, Value)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum IterObj {
    /// Over a list or tuple by index (sees appends, like CPython).
    Seq {
        seq: ObjRef,
        idx: usize,
    },
    /// Over a str by byte offset.
    Str {
        s: ObjRef,
        byte: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    BigRange(Box<BigRangeObj>),
    /// Over a dict or set's entries; `len` is the size at creation
    /// (`RuntimeError: dictionary changed size during iteration`).
    Dict {
        dict: ObjRef,
        idx: usize,
        len: usize,
        kind: ViewKind,
    },
    Enumerate {
        inner: ObjRef,
        count: i64,
    },
    /// `zip(*its, strict=...)`; `strict` raises when lengths differ.
    Zip {
        inners: Vec<ObjRef>,
        #[serde(default)]
        strict: bool,
    },
    /// `map(func, *its)`, lazy: one call per `next`.
    Map {
        func: Value,
        inners: Vec<ObjRef>,
    },
    /// `filter(func, it)`, lazy (`func` `None`: truthiness).
    Filter {
        func: Value,
        inner: ObjRef,
    },
    Reversed {
        seq: ObjRef,
        idx: usize,
    },
    /// A materialised sequence of values (iterators over snapshots).
    Values {
        items: Vec<Value>,
        idx: usize,
    },
}

impl Object {
    /// The built-in class of the object.
    pub fn class(&self) -> ClassId {
        match self {
            Object::Str(_) => ClassId::Str,
            Object::Bytes(_) => ClassId::Bytes,
            Object::ByteArray(_) => ClassId::ByteArray,
            Object::BigInt(_) => ClassId::Int,
            Object::List(_) => ClassId::List,
            Object::Tuple(_) => ClassId::Tuple,
            Object::Dict(_) => ClassId::Dict,
            Object::Set(_) => ClassId::Set,
            Object::FrozenSet(_) => ClassId::FrozenSet,
            Object::Range(_) | Object::BigRange(_) => ClassId::Range,
            Object::Slice(..) => ClassId::Slice,
            Object::Function(_) => ClassId::Function,
            Object::Builtin(_) => ClassId::BuiltinFunction,
            Object::Method { recv, .. } => {
                if matches!(recv, Value::Unbound) {
                    ClassId::MethodDescriptor
                } else {
                    ClassId::BuiltinFunction
                }
            }
            Object::Cell(_) => ClassId::Cell,
            Object::Coroutine(_) => ClassId::Coroutine,
            Object::Generator(_) => ClassId::Generator,
            Object::Future(f) => match f.kind {
                FutureKind::Task { .. } => ClassId::Task,
                _ => ClassId::Future,
            },
            Object::Module(_) => ClassId::Module,
            Object::ModFn(_) => ClassId::BuiltinFunction,
            Object::Native(n) => n.class(),
            Object::Asyncio(a) => a.class(),
            Object::Exception(e) => e.class,
            Object::Class(_) => ClassId::Type,
            Object::Iter(it) => match it {
                IterObj::Enumerate { .. } => ClassId::Enumerate,
                IterObj::Zip { .. } => ClassId::Zip,
                IterObj::Map { .. } => ClassId::Map,
                IterObj::Filter { .. } => ClassId::Filter,
                IterObj::Reversed { .. } => ClassId::Reversed,
                _ => ClassId::Iterator,
            },
            Object::DictView(_, ViewKind::Keys) => ClassId::DictKeys,
            Object::DictView(_, ViewKind::Values) => ClassId::DictValues,
            Object::DictView(_, ViewKind::Items) => ClassId::DictItems,
            Object::Capability(_) => ClassId::Capability,
            Object::Ellipsis => ClassId::Ellipsis,
            Object::UserClass(_) => ClassId::Type,
            Object::Instance(i) => i.base,
            Object::BoundMethod { .. } => ClassId::BoundMethod,
            Object::Property(_) => ClassId::Property,
            Object::StaticMethod(_) => ClassId::StaticMethod,
            Object::ClassMethod(_) => ClassId::ClassMethod,
            Object::Super { .. } => ClassId::Super,
            Object::NotImplemented => ClassId::NotImplementedType,
        }
    }

    /// Rough size in bytes, for the memory limit.
    pub fn size_estimate(&self) -> usize {
        const BASE: usize = 32;
        BASE + match self {
            Object::Str(s) => s.len(),
            Object::Bytes(b) | Object::ByteArray(b) => b.len(),
            Object::BigInt(b) => (b.bits() / 8) as usize,
            Object::List(v) | Object::Tuple(v) => v.len() * 16,
            Object::Dict(d) => d.capacity_bytes(),
            Object::Set(t) | Object::FrozenSet(t) => t.capacity_bytes(),
            Object::Function(f) => (f.defaults.len() + f.closure.len()) * 16,
            Object::Coroutine(c) | Object::Generator(c) => match &c.state {
                CoroState::Created(f) | CoroState::Suspended(f) => f.regs.len() * 16,
                _ => 0,
            },
            Object::Exception(e) => e.args.len() * 16,
            Object::Native(n) => match &**n {
                crate::modules::NativeObj::Hash(h) => h.data.len(),
                _ => 0,
            },
            _ => 0,
        }
    }
}
