//! Instructions and terminators, with their semantics.
//!
//! Conventions: `dst` is the register written; every other `ValueId` is
//! read. Any instruction may raise a Python exception; control then goes to
//! the enclosing block's `handler` (or the exception propagates out of the
//! frame). Names (`NameId`) index [`crate::Module::names`].

use crate::entities::{BlockId, ConstId, FuncId, NameId, StateId, ValueId};
use crate::Span;
use serde::{Deserialize, Serialize};

/// One instruction with the source span it came from (for tracebacks).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Inst {
    pub kind: InstKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum InstKind {
    /// `dst = consts[value]`.
    Const {
        dst: ValueId,
        value: ConstId,
    },
    /// `dst = src`.
    Move {
        dst: ValueId,
        src: ValueId,
    },
    /// Raises `UnboundLocalError: cannot access local variable 'name' where
    /// it is not associated with a value` if `var` was never assigned (holds
    /// the runtime's "unbound" marker). Lowering emits one before each read
    /// of a named local; [`crate::analysis::elide_bound_checks`] removes the
    /// ones that definite assignment proves redundant.
    CheckBound {
        var: ValueId,
        name: NameId,
    },
    /// Marks `var` unbound again (`del x`).
    Unbind {
        var: ValueId,
    },
    /// A builtin by name, ignoring globals (what CPython's lowering uses for
    /// `AssertionError`, `StopAsyncIteration`, zero-argument `super`).
    LoadBuiltin {
        dst: ValueId,
        name: NameId,
    },
    /// Class body namespace, then globals, then builtins (`NameError`).
    LoadName {
        dst: ValueId,
        name: NameId,
    },
    /// Stores into the class body namespace.
    StoreName {
        name: NameId,
        src: ValueId,
    },
    /// `del name` in a class body (`NameError` if absent).
    DeleteName {
        name: NameId,
    },
    /// Module global, falling back to builtins; `NameError` if neither.
    LoadGlobal {
        dst: ValueId,
        name: NameId,
    },
    StoreGlobal {
        name: NameId,
        src: ValueId,
    },
    DeleteGlobal {
        name: NameId,
    },
    /// `dst = new cell` (empty). Cells hold variables captured by closures.
    MakeCell {
        dst: ValueId,
    },
    /// Reads the cell in `cell`; if empty raises `NameError: cannot access
    /// free variable 'name' where it is not associated with a value in
    /// enclosing scope` (or `UnboundLocalError` when `local` is true).
    LoadCell {
        dst: ValueId,
        cell: ValueId,
        name: NameId,
        local: bool,
    },
    StoreCell {
        cell: ValueId,
        src: ValueId,
    },
    /// Creates a function object for `func`. `defaults` are the values of
    /// the trailing positional parameters' defaults, in order; `kwdefaults`
    /// those of keyword-only parameters; `closure` the cells (registers
    /// holding cells) for the callee's [`crate::Function::freevars`], in order.
    MakeFunction {
        dst: ValueId,
        func: FuncId,
        defaults: Vec<ValueId>,
        kwdefaults: Vec<(NameId, ValueId)>,
        closure: Vec<ValueId>,
    },
    /// `dst = func(*args)` where the last `kwnames.len()` entries of `args`
    /// are keyword arguments with those names (CPython's calling convention).
    /// Calling an `async def` creates a coroutine object without running it.
    Call {
        dst: ValueId,
        func: ValueId,
        args: Vec<ValueId>,
        kwnames: Vec<NameId>,
    },
    /// `dst = func(*args, **kwargs)` where `args` holds a tuple and `kwargs`
    /// (if any) a dict: the general form for `*`/`**` in calls.
    CallEx {
        dst: ValueId,
        func: ValueId,
        args: ValueId,
        kwargs: Option<ValueId>,
    },
    /// `dst = obj.name(*args)`, same keyword convention as `Call`, without
    /// materialising the bound method. Lowering only uses this when no
    /// argument suspends (so the attribute lookup order is unobservable).
    CallMethod {
        dst: ValueId,
        obj: ValueId,
        name: NameId,
        args: Vec<ValueId>,
        kwnames: Vec<NameId>,
    },
    /// `class C(*bases, **kw)`: `body` holds a function of kind
    /// [`crate::FunctionKind::ClassBody`]; the runtime calls it with a fresh
    /// namespace (its `LoadName`/`StoreName` target), and when it returns
    /// (its value is the class's `__class__` cell, or `None`) creates the
    /// class from the namespace with the metaclass (`type` unless a
    /// `metaclass=` keyword says otherwise), named after the body function,
    /// stores the class in that cell, and writes it to `dst`. `args` are the
    /// bases, then the keyword values named by `kwnames` (as `Call`).
    BuildClass {
        dst: ValueId,
        body: ValueId,
        args: Vec<ValueId>,
        kwnames: Vec<NameId>,
    },
    /// `dst = type(src)`.
    TypeOf {
        dst: ValueId,
        src: ValueId,
    },
    GetAttr {
        dst: ValueId,
        obj: ValueId,
        name: NameId,
    },
    SetAttr {
        obj: ValueId,
        name: NameId,
        src: ValueId,
    },
    DelAttr {
        obj: ValueId,
        name: NameId,
    },
    /// `dst = obj[key]`.
    GetItem {
        dst: ValueId,
        obj: ValueId,
        key: ValueId,
    },
    /// `obj[key] = src`.
    SetItem {
        obj: ValueId,
        key: ValueId,
        src: ValueId,
    },
    DelItem {
        obj: ValueId,
        key: ValueId,
    },
    /// `dst = slice(lower, upper, step)`; a `None` operand is Python `None`.
    BuildSlice {
        dst: ValueId,
        lower: Option<ValueId>,
        upper: Option<ValueId>,
        step: Option<ValueId>,
    },
    /// `dst = lhs op rhs`; `inplace` selects `op=` semantics (`list += x`
    /// extends in place and yields the same object).
    Binary {
        dst: ValueId,
        op: BinaryOp,
        lhs: ValueId,
        rhs: ValueId,
        inplace: bool,
    },
    Unary {
        dst: ValueId,
        op: UnaryOp,
        src: ValueId,
    },
    /// One comparison (chains are lowered to branches); the result is
    /// whatever the comparison returns (a bool for built-in types).
    Compare {
        dst: ValueId,
        op: CompareOp,
        lhs: ValueId,
        rhs: ValueId,
    },
    /// `dst = lhs op consts[rhs]`: [`InstKind::Binary`] with a constant
    /// right operand (`i += 1`, `n - 2`, `s + ","`), so the constant needs no
    /// register and no instruction of its own. Same semantics as `Binary`
    /// on a register holding the constant. Made by the peephole pass
    /// (`pycps_cps`'s `lower::fold`), never by lowering directly.
    BinaryConst {
        dst: ValueId,
        op: BinaryOp,
        lhs: ValueId,
        rhs: ConstId,
        inplace: bool,
    },
    /// `dst = lhs op consts[rhs]`: [`InstKind::Compare`] with a constant
    /// right operand (`x == 0`, `i < 10`, `x is None`).
    CompareConst {
        dst: ValueId,
        op: CompareOp,
        lhs: ValueId,
        rhs: ConstId,
    },
    /// `dst = bool(src)` as Python truthiness.
    Truthy {
        dst: ValueId,
        src: ValueId,
    },
    BuildList {
        dst: ValueId,
        items: Vec<ValueId>,
    },
    BuildTuple {
        dst: ValueId,
        items: Vec<ValueId>,
    },
    BuildSet {
        dst: ValueId,
        items: Vec<ValueId>,
    },
    /// `dst = {k0: v0, k1: v1, ...}` in order.
    BuildDict {
        dst: ValueId,
        items: Vec<(ValueId, ValueId)>,
    },
    /// `list.append(src)` on a list built by the lowering (comprehensions).
    ListAppend {
        list: ValueId,
        src: ValueId,
    },
    /// `list.extend(iterable)` (starred items in displays and calls).
    ListExtend {
        list: ValueId,
        src: ValueId,
    },
    SetAdd {
        set: ValueId,
        src: ValueId,
    },
    /// `dict[key] = value` on a dict built by the lowering.
    DictSet {
        dict: ValueId,
        key: ValueId,
        value: ValueId,
    },
    /// `dict.update(mapping)` for `**mapping` in displays and calls;
    /// `TypeError` if `src` is not a mapping.
    DictUpdate {
        dict: ValueId,
        src: ValueId,
    },
    /// `dst = tuple(list)`.
    ListToTuple {
        dst: ValueId,
        src: ValueId,
    },
    /// f-string replacement field: `dst = format(conv(src), spec)` as a str;
    /// `spec` holds a str when present.
    FormatValue {
        dst: ValueId,
        src: ValueId,
        conversion: Option<Conversion>,
        spec: Option<ValueId>,
    },
    /// `dst = "".join(parts)`; every part holds a str.
    BuildString {
        dst: ValueId,
        parts: Vec<ValueId>,
    },
    /// `dst = iter(src)`.
    GetIter {
        dst: ValueId,
        src: ValueId,
    },
    /// `dst = src.__aiter__()` (`async for`); `TypeError: 'async for'
    /// requires an object with __aiter__ method, got int` otherwise.
    GetAIter {
        dst: ValueId,
        src: ValueId,
    },
    /// `dst = src.__anext__()`: an awaitable for the next item; awaiting it
    /// raises `StopAsyncIteration` at the end.
    GetANext {
        dst: ValueId,
        src: ValueId,
    },
    /// The iterator `yield from src` delegates to: `src` itself when it is
    /// a generator, else `iter(src)`.
    GetYieldFromIter {
        dst: ValueId,
        src: ValueId,
    },
    /// Looks up the context manager protocol on `type(mgr)` and binds it to
    /// `mgr`: `enter` = `mgr.__enter__` / `__aenter__`, `exit` =
    /// `mgr.__exit__` / `__aexit__` (when `is_async`). `TypeError: 'int'
    /// object does not support the (asynchronous) context manager protocol`
    /// if either is missing. Calling `enter` (and awaiting it when async) is
    /// left to the following instructions.
    PrepareWith {
        enter: ValueId,
        exit: ValueId,
        mgr: ValueId,
        is_async: bool,
    },
    /// Unpacks exactly `dsts.len()` items from the iterable `src`
    /// (`ValueError: not enough values to unpack (expected 2, got 1)` /
    /// `too many values to unpack (expected 2)`).
    UnpackSequence {
        dsts: Vec<ValueId>,
        src: ValueId,
    },
    /// `a, *b, c = src`: `before` items, the middle as a list into `star`,
    /// then `after` items.
    UnpackEx {
        before: Vec<ValueId>,
        star: ValueId,
        after: Vec<ValueId>,
        src: ValueId,
    },
    /// `import module` (a built-in module); `ModuleNotFoundError` otherwise.
    Import {
        dst: ValueId,
        module: NameId,
    },
    /// `from module import name`: attribute of an imported module, or
    /// `ImportError: cannot import name 'x' from 'm'`.
    ImportFrom {
        dst: ValueId,
        module: ValueId,
        name: NameId,
    },
    /// `dst = the awaitable behind src` (`__await__`): a coroutine, task,
    /// future or capability call. `TypeError: object int can't be used in
    /// 'await' expression` otherwise; `RuntimeError: cannot reuse already
    /// awaited coroutine` for a finished coroutine.
    GetAwaitable {
        dst: ValueId,
        src: ValueId,
    },
    /// First instruction of a handler block: `dst` = the exception that is
    /// propagating into this handler.
    LoadException {
        dst: ValueId,
    },
    /// `dst = isinstance(exc, ty)` where `ty` is an exception class or a
    /// tuple of them (`TypeError: catching classes that do not inherit from
    /// BaseException is not allowed` otherwise).
    ExceptionMatch {
        dst: ValueId,
        exc: ValueId,
        ty: ValueId,
    },
    /// Enters an `except` body: `exc` becomes the exception being handled
    /// (what a bare `raise` re-raises and what new exceptions get as
    /// `__context__`).
    PushHandled {
        exc: ValueId,
    },
    /// Leaves an `except` body, restoring the previously handled exception.
    PopHandled,
    /// `dst` = the exception currently being handled;
    /// `RuntimeError: No active exception to reraise` if none.
    LoadHandled {
        dst: ValueId,
    },
    /// `match` statements (CPython's `MATCH_SEQUENCE`): `dst = True` if
    /// `subject` is a sequence for pattern matching (list, tuple, range,
    /// `collections.deque` and their subclasses), never for str, bytes or
    /// bytearray.
    MatchSequence {
        dst: ValueId,
        subject: ValueId,
    },
    /// `match` statements (CPython's `MATCH_MAPPING`): `dst = True` if
    /// `subject` is a dict or another mapping.
    MatchMapping {
        dst: ValueId,
        subject: ValueId,
    },
    /// A class pattern `cls(p0, ..., a=p, ...)` (CPython's `MATCH_CLASS`):
    /// `TypeError: called match pattern must be a type` unless `cls` is a
    /// class; `dst = None` if `isinstance(subject, cls)` is false or an
    /// attribute is missing (`AttributeError` is swallowed), else a tuple of
    /// the `nargs` positional attributes (named by `cls.__match_args__`;
    /// `TypeError: C() accepts 0 positional sub-patterns (1 given)` when it
    /// has too few, `__match_args__` must be a tuple of str) followed by
    /// the attributes named by `kwnames`. The self-matching built-ins
    /// (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str,
    /// tuple) accept one positional sub-pattern: the subject itself.
    MatchClass {
        dst: ValueId,
        subject: ValueId,
        cls: ValueId,
        nargs: u32,
        kwnames: Vec<NameId>,
    },
    /// One `except* ty` clause (PEP 654). `state` is the list the lowering
    /// built as `[caught, rest]` (raised exceptions are appended to it):
    /// splits `rest` by `ty` (a naked exception that matches is wrapped in
    /// `ExceptionGroup('', [e])`), stores the unmatched part back as `rest`
    /// and sets `dst` to the matched subgroup, or `None` when nothing
    /// matched. `TypeError: catching ExceptionGroup with except* is not
    /// allowed. Use except instead.` for a group type.
    ExceptStarMatch {
        dst: ValueId,
        state: ValueId,
        ty: ValueId,
    },
    /// End of the `except*` clauses: `dst` = what must be raised (the
    /// exceptions the clauses raised and the unmatched rest, merged as
    /// CPython's `_PyExc_PrepReraiseStar`), or `None` when all were handled.
    ExceptStarReraise {
        dst: ValueId,
        state: ValueId,
    },
}

/// How a block ends. Exactly one per block.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Terminator {
    Jump {
        target: BlockId,
    },
    /// Branch on the truthiness of `cond`.
    Branch {
        cond: ValueId,
        then_to: BlockId,
        else_to: BlockId,
    },
    /// `dst = next(iter)` then go to `body`; on exhaustion go to `exit`.
    ForIter {
        iter: ValueId,
        dst: ValueId,
        body: BlockId,
        exit: BlockId,
    },
    Return {
        value: ValueId,
    },
    /// `raise exc [from cause]`; `exc` may be a class (instantiated with no
    /// arguments) or an instance. Sets `__context__` from the handled exception.
    Raise {
        exc: ValueId,
        cause: Option<ValueId>,
    },
    /// Re-raises `exc` keeping its traceback (bare `raise`, end of `finally`).
    Reraise {
        exc: ValueId,
    },
    /// Suspends the frame: state `state`. For `Await`, `value` holds an
    /// awaitable (from `GetAwaitable`); the runtime drives it to completion
    /// and resumes at `resume` with its result in `dst`, or raises its
    /// exception here (to this block's handler). For `Yield`, `value` is
    /// yielded and `dst` receives the value sent back in.
    Suspend {
        state: StateId,
        kind: SuspendKind,
        value: ValueId,
        resume: BlockId,
        dst: ValueId,
    },
    /// Control cannot reach here (placeholder while building; the verifier
    /// rejects it in a reachable block).
    Unreachable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SuspendKind {
    Await,
    Yield,
    /// `yield from value`: `value` is an iterator (from `GetYieldFromIter`)
    /// that the runtime drives: each item it yields is yielded by this
    /// generator, values sent and exceptions thrown in are forwarded to it,
    /// and when it finishes its return value is written to `dst`.
    YieldFrom,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinaryOp {
    /// The Python operator symbol (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::MatMul => "@",
            BinaryOp::TrueDiv => "/",
            BinaryOp::FloorDiv => "//",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "**",
            BinaryOp::LShift => "<<",
            BinaryOp::RShift => ">>",
            BinaryOp::BitAnd => "&",
            BinaryOp::BitOr => "|",
            BinaryOp::BitXor => "^",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CompareOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CompareOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
            CompareOp::Is => "is",
            CompareOp::IsNot => "is not",
            CompareOp::In => "in",
            CompareOp::NotIn => "not in",
        }
    }
}

/// f-string conversion `!s`, `!r`, `!a`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conversion {
    Str,
    Repr,
    Ascii,
}

impl Terminator {
    /// Successor blocks in a fixed order (normal control flow only).
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Jump { target } => vec![*target],
            Terminator::Branch {
                then_to, else_to, ..
            } => vec![*then_to, *else_to],
            Terminator::ForIter { body, exit, .. } => vec![*body, *exit],
            Terminator::Suspend { resume, .. } => vec![*resume],
            Terminator::Return { .. }
            | Terminator::Raise { .. }
            | Terminator::Reraise { .. }
            | Terminator::Unreachable => vec![],
        }
    }
}
