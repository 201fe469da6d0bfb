//! Register liveness and the suspend live sets (the coroutine's saved frame).
//!
//! Classic backward dataflow over the CFG of [`super::cfg`]:
//!
//! ```text
//! live_out(B) = ∪ over normal/resume edges B→S of (live_in(S) − edge_defs(B→S))
//!             ∪ live_in(handler(B))
//! live_in(B)  = uses-before-defs of B's body and terminator, backwards from live_out(B)
//!             ∪ live_in(handler(B))
//! ```
//!
//! Edge defs are `ForIter::dst` on the `body` edge and `Suspend::dst` on the
//! `resume` edge. Whatever the handler needs is conservatively live
//! throughout the protected block, since an exception may be raised by any
//! of its instructions (or thrown in on resume).

use super::cfg::{reverse_postorder, successors, EdgeKind};
use super::operands::{for_each_def, for_each_term_def, for_each_term_use, for_each_use};
use super::valueset::ValueSet;
use crate::{BlockId, Function, SuspendPoint, Terminator, ValueId};

/// Live-in and live-out register sets of every block of one function.
#[derive(Clone, Debug)]
pub struct Liveness {
    live_in: Vec<ValueSet>,
    live_out: Vec<ValueSet>,
}

impl Liveness {
    /// Registers live on entry to `block`, ascending.
    pub fn live_in(&self, block: BlockId) -> Vec<ValueId> {
        self.live_in_set(block).to_vec()
    }

    /// Registers live on exit from `block`, ascending.
    pub fn live_out(&self, block: BlockId) -> Vec<ValueId> {
        self.live_out_set(block).to_vec()
    }

    pub fn live_in_set(&self, block: BlockId) -> &ValueSet {
        &self.live_in[block.index()]
    }

    pub fn live_out_set(&self, block: BlockId) -> &ValueSet {
        &self.live_out[block.index()]
    }
}

/// Computes liveness for every block (reachable or not) of `func`.
pub fn liveness(func: &Function) -> Liveness {
    let n = func.blocks.len();
    let mut live_in = vec![ValueSet::new(); n];
    let mut live_out = vec![ValueSet::new(); n];
    // Postorder first (fast convergence), then unreachable blocks.
    let mut order: Vec<BlockId> = reverse_postorder(func);
    order.reverse();
    let mut listed = vec![false; n];
    order.iter().for_each(|b| listed[b.index()] = true);
    order.extend((0..n).filter(|&i| !listed[i]).map(BlockId::new));

    let mut changed = true;
    while changed {
        changed = false;
        for &b in &order {
            let block = &func.blocks[b.index()];
            let mut out = ValueSet::new();
            let mut handler_in = ValueSet::new();
            for (s, kind) in successors(func, b) {
                let mut from = live_in[s.index()].clone();
                if kind == EdgeKind::Exception {
                    handler_in.union_with(&from);
                } else {
                    for_each_term_def(&block.term, |target, v| {
                        if target == s {
                            from.remove(v);
                        }
                    });
                }
                out.union_with(&from);
            }
            let mut live = out.clone();
            for_each_term_use(&block.term, |v| {
                live.insert(v);
            });
            for inst in block.insts.iter().rev() {
                for_each_def(&inst.kind, |v| {
                    live.remove(v);
                });
                for_each_use(&inst.kind, |v| {
                    live.insert(v);
                });
            }
            live.union_with(&handler_in);
            if !live.same_as(&live_in[b.index()]) {
                live_in[b.index()] = live;
                changed = true;
            }
            if !out.same_as(&live_out[b.index()]) {
                live_out[b.index()] = out;
                changed = true;
            }
        }
    }
    Liveness { live_in, live_out }
}

/// The saved frame of one suspend point: registers live-in at `resume`,
/// minus the suspend's `dst`, plus those live-in at the suspending block's
/// handler (an exception thrown in on resume goes there). Ascending.
pub fn suspend_live_set(func: &Function, live: &Liveness, sp: &SuspendPoint) -> Vec<ValueId> {
    let n = func.blocks.len();
    let mut set = ValueSet::new();
    if sp.resume.index() < n {
        set.union_with(live.live_in_set(sp.resume));
    }
    if let Some(block) = func.blocks.get(sp.block.index()) {
        if let Terminator::Suspend { dst, .. } = &block.term {
            set.remove(*dst);
        }
        if let Some(h) = block.handler.filter(|h| h.index() < n) {
            set.union_with(live.live_in_set(h));
        }
    }
    set.to_vec()
}

/// Fills [`SuspendPoint::live`] of every state of `func` (see
/// [`suspend_live_set`]).
pub fn compute_suspend_live_sets(func: &mut Function) {
    let live = liveness(func);
    let sets: Vec<Vec<ValueId>> = func
        .states
        .iter()
        .map(|sp| suspend_live_set(func, &live, sp))
        .collect();
    for (sp, set) in func.states.iter_mut().zip(sets) {
        sp.live = set;
    }
}
