//! Modules, functions, blocks and suspend points.

use crate::entities::{BlockId, FuncId, StateId, ValueId};
use crate::inst::{Inst, Terminator};
use crate::Span;
use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

/// A compiled program: every function (the module body is one of them,
/// `entry`), the constant pool and the interned names, plus the source so
/// tracebacks can quote lines.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Module {
    pub filename: String,
    pub source: String,
    pub functions: Vec<Function>,
    pub entry: FuncId,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    /// Debug info for tracebacks: where the caret line of a failing binary
    /// operation or subscript splits into `~` and `^`, by expression span.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anchors: Vec<(Span, CaretAnchor)>,
    /// Where the bundled Python-source standard library begins in
    /// `source` (it is appended after the program): tracebacks leave its
    /// frames out, as CPython's C-implemented equivalents have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub library_start: Option<u32>,
}

/// The operand boundaries CPython's traceback needs to draw `~~~^^^~~~`
/// under a failing expression (`traceback._extract_caret_anchors_from_line_segment`):
/// absolute byte offsets into the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CaretAnchor {
    /// `left OP right`: where the left operand ends, where the right starts.
    BinOp { left_end: u32, right_start: u32 },
    /// `value[slice]`: where the value ends, where the slice ends.
    Subscript { value_end: u32, slice_end: u32 },
    /// `obj.name(args)` lowered to one `call_method`: where `obj.name`
    /// ends (a failed lookup is reported at `obj.name`, as CPython's
    /// `LOAD_METHOD`).
    MethodCall { attr_end: u32 },
}

/// A list/set/dict comprehension inlined into its enclosing function: its
/// instructions (all but those of its first iterable) belong, in a
/// traceback, to a frame of their own named `name` (`<listcomp>`), as in
/// CPython 3.11 where comprehensions are functions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompRegion {
    pub name: String,
    /// The whole comprehension expression.
    pub span: Span,
    /// Its first iterable, evaluated in the enclosing frame.
    pub first_iter: Span,
}

impl Module {
    pub fn function(&self, id: FuncId) -> &Function {
        &self.functions[id.index()]
    }

    pub fn name(&self, id: crate::NameId) -> &str {
        &self.names[id.index()]
    }

    /// 1-based source line of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        let end = (offset as usize).min(self.source.len());
        self.source.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32
            + 1
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FunctionKind {
    /// The module body. `is_async` when it contains a top-level `await`
    /// (pycps extension): the runtime then runs it as a coroutine.
    Module { is_async: bool },
    /// A plain `def` or `lambda`.
    Function,
    /// `async def`: calling creates a coroutine object.
    Coroutine,
    /// A `def` containing `yield`: calling creates a generator.
    Generator,
    /// An `async def` containing `yield`.
    AsyncGenerator,
    /// A class body: run once by `BuildClass` with a fresh namespace that
    /// its `LoadName`/`StoreName` use; returns the `__class__` cell or None.
    ClassBody,
}

/// Parameter layout. Parameters occupy the first registers, in this order:
/// positional (posonly first), `*args` if any, keyword-only, `**kwargs` if any.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Params {
    /// All parameter names in register order.
    pub names: Vec<String>,
    /// How many of the positional parameters are positional-only.
    pub posonly: u32,
    /// Positional parameters, including the positional-only ones.
    pub positional: u32,
    pub vararg: bool,
    pub kwonly: u32,
    pub kwarg: bool,
}

impl Params {
    /// Number of registers the parameters occupy.
    pub fn count(&self) -> usize {
        self.names.len()
    }
}

/// A suspend point: one state of the function's state machine.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SuspendPoint {
    pub state: StateId,
    /// The block whose terminator suspends.
    pub block: BlockId,
    /// Where execution continues when resumed.
    pub resume: BlockId,
    /// Registers live across the suspend (read after resuming before being
    /// written), sorted: the frame that must be saved.
    pub live: Vec<ValueId>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Terminator,
    pub term_span: Span,
    /// Where exceptions raised in this block (including by its terminator
    /// or on resuming a suspend) go; `None` propagates out of the frame.
    pub handler: Option<BlockId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Function {
    pub id: FuncId,
    pub name: String,
    /// Dotted path for tracebacks and reprs (`outer.<locals>.inner`).
    pub qualname: String,
    pub kind: FunctionKind,
    pub params: Params,
    /// Size of the frame's register file.
    pub num_values: u32,
    /// The Python variable name a register holds, if it is a named local
    /// (`None` for temporaries). Length `num_values`.
    pub value_names: Vec<Option<String>>,
    /// Registers that receive the closure's cells at frame creation, in
    /// `MakeFunction::closure` order.
    pub freevars: Vec<ValueId>,
    pub blocks: Vec<Block>,
    pub entry: BlockId,
    /// Suspend states `s1..`, in numbering order.
    pub states: Vec<SuspendPoint>,
    pub span: Span,
    /// The docstring (first statement a string literal) of a `def` or
    /// `class` body: the function's `__doc__`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// Inlined comprehensions, outermost first (debug info for tracebacks).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comprehensions: Vec<CompRegion>,
}

impl Span {
    /// Whether `other` lies within `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl Function {
    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id.index()]
    }

    /// Display name of a register: its variable name or `vN`.
    pub fn value_label(&self, v: ValueId) -> String {
        match self.value_names.get(v.index()).and_then(|n| n.as_ref()) {
            Some(name) => name.clone(),
            None => v.to_string(),
        }
    }

    pub fn state(&self, id: StateId) -> Option<&SuspendPoint> {
        self.states.iter().find(|s| s.state == id)
    }
}
