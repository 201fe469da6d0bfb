//! CFG clean-up after lowering: jump threading through empty blocks,
//! removal of unreachable blocks, and dense renumbering of blocks (in the
//! order lowering placed them, which follows the source) and of states.
//!
//! Invariant kept: every state `sN` still names its suspending block and
//! resume block, numbered `s1..` in order.

use pycps_ir as ir;
use pycps_ir::{BlockId, StateId, Terminator};
use std::collections::HashMap;

/// Tidies the CFG: threads jumps through empty blocks (a block with no
/// instructions that only jumps), removes blocks no path reaches (code after
/// `return`, empty joins), and renumbers blocks in placement order and
/// states densely.
pub(super) fn tidy_blocks(
    blocks: &mut Vec<ir::Block>,
    states: &mut Vec<ir::SuspendPoint>,
    placed: &[BlockId],
) {
    let n = blocks.len();
    // Where control really goes when it reaches each block.
    let forward: Vec<BlockId> = (0..n)
        .map(|start| {
            let mut b = BlockId::new(start);
            for _ in 0..n {
                match &blocks[b.index()] {
                    ir::Block {
                        insts,
                        term: Terminator::Jump { target },
                        ..
                    } if insts.is_empty() && *target != b => b = *target,
                    _ => break,
                }
            }
            b
        })
        .collect();
    let fwd = |b: BlockId| forward[b.index()];
    for blk in blocks.iter_mut() {
        retarget(&mut blk.term, &fwd);
    }
    let mut seen = vec![false; n];
    // The entry stays block 0 even when it only jumps.
    let mut stack = vec![0usize];
    while let Some(b) = stack.pop() {
        if b >= n || seen[b] {
            continue;
        }
        seen[b] = true;
        let blk = &blocks[b];
        stack.extend(blk.term.successors().iter().map(|s| s.index()));
        if let Some(h) = blk.handler {
            stack.push(h.index());
        }
    }
    let mut remap = vec![None; n];
    let mut order = Vec::new();
    for b in placed.iter().map(|b| b.index()).chain(0..n) {
        if b < n && seen[b] && remap[b].is_none() {
            remap[b] = Some(BlockId::new(order.len()));
            order.push(b);
        }
    }
    let map = |b: BlockId| remap[b.index()].unwrap_or(b);
    let mut state_remap: HashMap<StateId, StateId> = HashMap::new();
    let mut kept_states = Vec::new();
    for sp in states.drain(..) {
        if seen[sp.block.index()] {
            let new_id = StateId::new(kept_states.len() + 1);
            state_remap.insert(sp.state, new_id);
            kept_states.push(ir::SuspendPoint {
                state: new_id,
                block: map(sp.block),
                resume: map(fwd(sp.resume)),
                ..sp
            });
        }
    }
    *states = kept_states;
    let mut old: Vec<Option<ir::Block>> = std::mem::take(blocks).into_iter().map(Some).collect();
    for b in order {
        let Some(mut blk) = old[b].take() else {
            continue;
        };
        blk.handler = blk.handler.map(map);
        retarget(&mut blk.term, &map);
        if let Terminator::Suspend { state, .. } = &mut blk.term {
            *state = state_remap.get(state).copied().unwrap_or(*state);
        }
        blocks.push(blk);
    }
}

/// Rewrites the block targets of a terminator.
fn retarget(term: &mut Terminator, f: &dyn Fn(BlockId) -> BlockId) {
    match term {
        Terminator::Jump { target } => *target = f(*target),
        Terminator::Branch {
            then_to, else_to, ..
        } => {
            *then_to = f(*then_to);
            *else_to = f(*else_to);
        }
        Terminator::ForIter { body, exit, .. } => {
            *body = f(*body);
            *exit = f(*exit);
        }
        Terminator::Suspend { resume, .. } => *resume = f(*resume),
        Terminator::Return { .. }
        | Terminator::Raise { .. }
        | Terminator::Reraise { .. }
        | Terminator::Unreachable => {}
    }
}
