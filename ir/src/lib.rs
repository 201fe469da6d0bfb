//! pycps IR: functions as state machines of basic blocks.
//!
//! Design (after cranelift's `ir`): entities are `u32` newtypes printed with
//! a prefix (`bb3`, `v7`, `s1`, `f2`) with `Debug == Display`; definitions
//! (instructions) are kept apart from analyses (CFG, liveness) which are
//! derived views.
//!
//! Values are *registers*, not SSA names: a Python local is one register
//! assigned many times, and temporaries are registers assigned once. This
//! is what the interpreter executes directly (a frame is a register file),
//! and joins (short-circuit `and`/`or`, conditional expressions) simply write
//! the same temporary on both arms, so no block parameters are needed.
//!
//! Every `await` and `yield` ends its block with [`Terminator::Suspend`]; each
//! suspend is a numbered [`StateId`] and [`Function::states`] records, per
//! state, the registers live across it: the coroutine's saved frame. State
//! `s0` is the function start and is implicit.

pub mod analysis;
pub mod builder;
pub mod entities;
pub mod function;
pub mod inst;
mod opcode;
pub mod print;
pub mod verify;

/// A half-open byte range in the module's source. The IR keeps plain byte
/// ranges so it does not depend on the frontend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

pub use builder::FunctionBuilder;
pub use entities::{BlockId, ConstId, FuncId, NameId, StateId, ValueId};
pub use function::{
    Block, CaretAnchor, CompRegion, Const, Function, FunctionKind, Module, Params, SuspendPoint,
};
pub use inst::{BinaryOp, CompareOp, Conversion, Inst, InstKind, SuspendKind, Terminator, UnaryOp};
pub use verify::{verify, VerifyError};
