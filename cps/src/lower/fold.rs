//! Constant-operand folding: a peephole pass after [`super::tidy`].
//!
//! Lowering evaluates every operand into a register of its own, so `i += 1`
//! is `v9 = const 1; v2 = binary v2 += v9`: two dispatches in the
//! interpreter where one does. This pass rewrites a `Binary`/`Compare`
//! whose right operand is a temporary holding a constant into
//! [`InstKind::BinaryConst`]/[`InstKind::CompareConst`] and drops the
//! `Const`.
//!
//! Conditions (each keeps the program's meaning exactly): the register is
//! an unnamed temporary written once (by the `Const`) and read once, by the
//! rewritten instruction, later in the same block. So no other path can
//! observe the register being left unbound, no suspend can keep it alive
//! (a block's only suspend is its terminator, after the use), and an
//! exception between the two goes to a handler that never reads it. The
//! `Const` cannot raise, so dropping it moves no traceback line.
//!
//! Only runs with optimisations on (`--stage cps` shows the IR before it).

use pycps_ir as ir;
use pycps_ir::analysis::{for_each_def, for_each_term_def, for_each_term_use, for_each_use};
use pycps_ir::{ConstId, InstKind, ValueId};

/// Folds single-use constant right operands into their instruction.
pub(super) fn fold_const_operands(func: &mut ir::Function) {
    let n = func.num_values as usize;
    let (mut uses, mut defs) = (vec![0u32; n], vec![0u32; n]);
    let bump = |counts: &mut [u32], v: ValueId| {
        if let Some(c) = counts.get_mut(v.index()) {
            *c = c.saturating_add(1);
        }
    };
    for block in &func.blocks {
        for inst in &block.insts {
            for_each_use(&inst.kind, |v| bump(&mut uses, v));
            for_each_def(&inst.kind, |v| bump(&mut defs, v));
        }
        for_each_term_use(&block.term, |v| bump(&mut uses, v));
        for_each_term_def(&block.term, |_, v| bump(&mut defs, v));
    }
    // A parameter or free variable is written on entry, not by an instruction.
    let foldable = |v: ValueId| {
        let i = v.index();
        i < n
            && uses[i] == 1
            && defs[i] == 1
            && func.value_names.get(i).is_some_and(|name| name.is_none())
            && !func.freevars.contains(&v)
    };
    for block in &mut func.blocks {
        // Positions of the folded consts, ascending.
        let mut dead: Vec<usize> = Vec::new();
        for i in 0..block.insts.len() {
            let InstKind::Const { dst: c, value } = block.insts[i].kind else {
                continue;
            };
            if !foldable(c) {
                continue;
            }
            // The single use, if it is in this block after the const.
            let Some(j) = (i + 1..block.insts.len()).find(|&j| {
                let mut reads = false;
                for_each_use(&block.insts[j].kind, |v| reads |= v == c);
                reads
            }) else {
                continue;
            };
            if let Some(kind) = with_const_rhs(&block.insts[j].kind, c, value) {
                block.insts[j].kind = kind;
                dead.push(i);
            }
        }
        if !dead.is_empty() {
            let mut k = 0;
            block.insts.retain(|_| {
                k += 1;
                dead.binary_search(&(k - 1)).is_err()
            });
        }
    }
}

/// `inst` with its right operand `c` replaced by constant `value`, when it
/// has a constant-operand form and reads `c` only there.
fn with_const_rhs(inst: &InstKind, c: ValueId, value: ConstId) -> Option<InstKind> {
    match *inst {
        InstKind::Binary {
            dst,
            op,
            lhs,
            rhs,
            inplace,
        } if rhs == c && lhs != c => Some(InstKind::BinaryConst {
            dst,
            op,
            lhs,
            rhs: value,
            inplace,
        }),
        InstKind::Compare { dst, op, lhs, rhs } if rhs == c && lhs != c => {
            Some(InstKind::CompareConst {
                dst,
                op,
                lhs,
                rhs: value,
            })
        }
        _ => None,
    }
}
