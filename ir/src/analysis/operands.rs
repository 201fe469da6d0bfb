//! Operands of instructions and terminators: which registers each reads
//! (uses) and writes (defs). The single place that knows every variant's
//! operand roles; liveness, definite assignment, the verifier and the
//! interpreter's tests all go through it.

use crate::{BlockId, InstKind, Terminator, ValueId};

/// Calls `f` on every register `inst` reads, in operand order.
pub fn for_each_use(inst: &InstKind, mut f: impl FnMut(ValueId)) {
    use InstKind::*;
    match inst {
        Const { .. }
        | LoadGlobal { .. }
        | LoadBuiltin { .. }
        | LoadName { .. }
        | DeleteName { .. }
        | DeleteGlobal { .. }
        | MakeCell { .. }
        | Import { .. }
        | LoadException { .. }
        | PopHandled
        | LoadHandled { .. }
        | Unbind { .. } => {}
        Move { src, .. }
        | StoreGlobal { src, .. }
        | Unary { src, .. }
        | Truthy { src, .. }
        | BinaryConst { lhs: src, .. }
        | CompareConst { lhs: src, .. }
        | ListToTuple { src, .. }
        | GetIter { src, .. }
        | UnpackSequence { src, .. }
        | UnpackEx { src, .. }
        | GetAwaitable { src, .. }
        | StoreName { src, .. }
        | TypeOf { src, .. }
        | GetAIter { src, .. }
        | GetANext { src, .. }
        | GetYieldFromIter { src, .. } => f(*src),
        MatchSequence { subject, .. } | MatchMapping { subject, .. } => f(*subject),
        MatchClass { subject, cls, .. } => {
            f(*subject);
            f(*cls)
        }
        PrepareWith { mgr, .. } => f(*mgr),
        BuildClass { body, args, .. } => {
            f(*body);
            args.iter().copied().for_each(f);
        }
        CheckBound { var, .. } => f(*var),
        LoadCell { cell, .. } => f(*cell),
        StoreCell { cell, src } => {
            f(*cell);
            f(*src)
        }
        MakeFunction {
            defaults,
            kwdefaults,
            closure,
            ..
        } => {
            defaults.iter().copied().for_each(&mut f);
            kwdefaults.iter().for_each(|&(_, v)| f(v));
            closure.iter().copied().for_each(&mut f);
        }
        Call { func, args, .. } => {
            f(*func);
            args.iter().copied().for_each(f);
        }
        CallEx {
            func, args, kwargs, ..
        } => {
            f(*func);
            f(*args);
            kwargs.iter().copied().for_each(f);
        }
        CallMethod { obj, args, .. } => {
            f(*obj);
            args.iter().copied().for_each(f);
        }
        GetAttr { obj, .. } | DelAttr { obj, .. } => f(*obj),
        SetAttr { obj, src, .. } => {
            f(*obj);
            f(*src)
        }
        GetItem { obj, key, .. } | DelItem { obj, key } => {
            f(*obj);
            f(*key)
        }
        SetItem { obj, key, src } => {
            f(*obj);
            f(*key);
            f(*src)
        }
        BuildSlice {
            lower, upper, step, ..
        } => {
            for v in [lower, upper, step].into_iter().flatten() {
                f(*v)
            }
        }
        Binary { lhs, rhs, .. } | Compare { lhs, rhs, .. } => {
            f(*lhs);
            f(*rhs)
        }
        BuildList { items, .. } | BuildTuple { items, .. } | BuildSet { items, .. } => {
            items.iter().copied().for_each(f)
        }
        BuildDict { items, .. } => items.iter().for_each(|&(k, v)| {
            f(k);
            f(v)
        }),
        ListAppend { list, src } | ListExtend { list, src } => {
            f(*list);
            f(*src)
        }
        SetAdd { set, src } => {
            f(*set);
            f(*src)
        }
        DictSet { dict, key, value } => {
            f(*dict);
            f(*key);
            f(*value)
        }
        DictUpdate { dict, src } => {
            f(*dict);
            f(*src)
        }
        FormatValue { src, spec, .. } => {
            f(*src);
            spec.iter().copied().for_each(f)
        }
        BuildString { parts, .. } => parts.iter().copied().for_each(f),
        ImportFrom { module, .. } => f(*module),
        ExceptionMatch { exc, ty, .. } => {
            f(*exc);
            f(*ty)
        }
        PushHandled { exc } => f(*exc),
        ExceptStarMatch { state, ty, .. } => {
            f(*state);
            f(*ty)
        }
        ExceptStarReraise { state, .. } => f(*state),
    }
}

/// Calls `f` on every register `inst` writes, in operand order.
pub fn for_each_def(inst: &InstKind, mut f: impl FnMut(ValueId)) {
    use InstKind::*;
    match inst {
        Const { dst, .. }
        | Move { dst, .. }
        | LoadGlobal { dst, .. }
        | LoadBuiltin { dst, .. }
        | LoadName { dst, .. }
        | BuildClass { dst, .. }
        | TypeOf { dst, .. }
        | GetAIter { dst, .. }
        | GetANext { dst, .. }
        | GetYieldFromIter { dst, .. }
        | MakeCell { dst }
        | LoadCell { dst, .. }
        | MakeFunction { dst, .. }
        | Call { dst, .. }
        | CallEx { dst, .. }
        | CallMethod { dst, .. }
        | GetAttr { dst, .. }
        | GetItem { dst, .. }
        | BuildSlice { dst, .. }
        | Binary { dst, .. }
        | Unary { dst, .. }
        | Compare { dst, .. }
        | BinaryConst { dst, .. }
        | CompareConst { dst, .. }
        | Truthy { dst, .. }
        | BuildList { dst, .. }
        | BuildTuple { dst, .. }
        | BuildSet { dst, .. }
        | BuildDict { dst, .. }
        | ListToTuple { dst, .. }
        | FormatValue { dst, .. }
        | BuildString { dst, .. }
        | GetIter { dst, .. }
        | Import { dst, .. }
        | ImportFrom { dst, .. }
        | GetAwaitable { dst, .. }
        | LoadException { dst }
        | ExceptionMatch { dst, .. }
        | LoadHandled { dst }
        | MatchSequence { dst, .. }
        | MatchMapping { dst, .. }
        | MatchClass { dst, .. }
        | ExceptStarMatch { dst, .. }
        | ExceptStarReraise { dst, .. } => f(*dst),
        Unbind { var } => f(*var),
        PrepareWith { enter, exit, .. } => {
            f(*enter);
            f(*exit)
        }
        UnpackSequence { dsts, .. } => dsts.iter().copied().for_each(f),
        UnpackEx {
            before,
            star,
            after,
            ..
        } => {
            before.iter().copied().for_each(&mut f);
            f(*star);
            after.iter().copied().for_each(f);
        }
        CheckBound { .. }
        | StoreName { .. }
        | DeleteName { .. }
        | StoreGlobal { .. }
        | DeleteGlobal { .. }
        | StoreCell { .. }
        | SetAttr { .. }
        | DelAttr { .. }
        | SetItem { .. }
        | DelItem { .. }
        | ListAppend { .. }
        | ListExtend { .. }
        | SetAdd { .. }
        | DictSet { .. }
        | DictUpdate { .. }
        | PushHandled { .. }
        | PopHandled => {}
    }
}

/// Registers `inst` reads and writes, each in operand order.
pub fn uses_defs(inst: &InstKind) -> (Vec<ValueId>, Vec<ValueId>) {
    let (mut uses, mut defs) = (Vec::new(), Vec::new());
    for_each_use(inst, |v| uses.push(v));
    for_each_def(inst, |v| defs.push(v));
    (uses, defs)
}

/// Calls `f` on every register `term` reads (before leaving the block).
pub fn for_each_term_use(term: &Terminator, mut f: impl FnMut(ValueId)) {
    match term {
        Terminator::Jump { .. } | Terminator::Unreachable => {}
        Terminator::Branch { cond, .. } => f(*cond),
        Terminator::ForIter { iter, .. } => f(*iter),
        Terminator::Return { value } => f(*value),
        Terminator::Raise { exc, cause } => {
            f(*exc);
            cause.iter().copied().for_each(f)
        }
        Terminator::Reraise { exc } => f(*exc),
        Terminator::Suspend { value, .. } => f(*value),
    }
}

/// A register a terminator writes on entry to one of its successors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EdgeDef {
    /// The successor at whose start `value` is defined.
    pub block: BlockId,
    pub value: ValueId,
}

/// Calls `f(block, value)` for each register `term` defines at the start of
/// successor `block` (`Suspend`: `dst` in `resume`; `ForIter`: `dst` in `body`).
pub fn for_each_term_def(term: &Terminator, mut f: impl FnMut(BlockId, ValueId)) {
    match term {
        Terminator::ForIter { dst, body, .. } => f(*body, *dst),
        Terminator::Suspend { dst, resume, .. } => f(*resume, *dst),
        _ => {}
    }
}

/// Registers `term` reads, and those it defines on an edge.
pub fn term_uses_defs(term: &Terminator) -> (Vec<ValueId>, Vec<EdgeDef>) {
    let (mut uses, mut defs) = (Vec::new(), Vec::new());
    for_each_term_use(term, |v| uses.push(v));
    for_each_term_def(term, |block, value| defs.push(EdgeDef { block, value }));
    (uses, defs)
}
