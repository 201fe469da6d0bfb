//! Definite assignment and the elision of redundant `CheckBound`s.
//!
//! Forward "must" dataflow: a register is definitely assigned at a point if
//! every path from the entry writes it. At entry the parameters and the
//! `freevars` are assigned. Every def assigns (including the edge defs of
//! `ForIter`/`Suspend`), `Unbind` un-assigns, and a passing `CheckBound var`
//! proves `var` assigned afterwards. A handler block starts with the meet
//! over *every program point* of every block it protects (an exception can
//! leave from any instruction, before that instruction's defs happen, or be
//! thrown in on resume); since only `Unbind` shrinks the state within a
//! block, that is the block's in-state intersected with the state after each
//! `Unbind`.

use super::cfg::{reverse_postorder, successors, EdgeKind};
use super::operands::{for_each_def, for_each_term_def};
use super::valueset::ValueSet;
use crate::{Function, InstKind};

/// One step of the transfer function.
fn step(state: &mut ValueSet, inst: &InstKind) {
    match inst {
        InstKind::Unbind { var } => {
            state.remove(*var);
        }
        InstKind::CheckBound { var, .. } => {
            state.insert(*var);
        }
        _ => for_each_def(inst, |v| {
            state.insert(v);
        }),
    }
}

/// Definitely-assigned registers on entry to each block (indexed by
/// block); `None` for blocks unreachable from the entry.
pub fn definitely_assigned(func: &Function) -> Vec<Option<ValueSet>> {
    let n = func.blocks.len();
    let mut ins: Vec<Option<ValueSet>> = vec![None; n];
    if func.entry.index() >= n {
        return ins;
    }
    let mut init: ValueSet = (0..func.params.count()).map(crate::ValueId::new).collect();
    func.freevars.iter().for_each(|&v| {
        init.insert(v);
    });
    ins[func.entry.index()] = Some(init);
    let rpo = reverse_postorder(func);

    let mut changed = true;
    while changed {
        changed = false;
        for &b in &rpo {
            let Some(start) = ins[b.index()].clone() else {
                continue;
            };
            let block = &func.blocks[b.index()];
            let mut cur = start.clone();
            let mut meet = start;
            for inst in &block.insts {
                step(&mut cur, &inst.kind);
                meet.intersect_with(&cur);
            }
            for (s, kind) in successors(func, b) {
                let contrib = if kind == EdgeKind::Exception {
                    meet.clone()
                } else {
                    let mut c = cur.clone();
                    for_each_term_def(&block.term, |target, v| {
                        if target == s {
                            c.insert(v);
                        }
                    });
                    c
                };
                match &mut ins[s.index()] {
                    slot @ None => {
                        *slot = Some(contrib);
                        changed = true;
                    }
                    Some(existing) => changed |= existing.intersect_with(&contrib),
                }
            }
        }
    }
    ins
}

/// Removes every `CheckBound { var, .. }` whose `var` is definitely
/// assigned at that point (which includes a repeated check of the same
/// variable). Blocks unreachable from the entry are left untouched.
pub fn elide_bound_checks(func: &mut Function) {
    let ins = definitely_assigned(func);
    for (block, state) in func.blocks.iter_mut().zip(ins) {
        let Some(mut state) = state else { continue };
        block.insts.retain(|inst| {
            let redundant = matches!(&inst.kind,
                InstKind::CheckBound { var, .. } if state.contains(*var));
            step(&mut state, &inst.kind);
            !redundant
        });
    }
}
