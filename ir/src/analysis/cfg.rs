//! The control-flow graph as a petgraph view, reachability and block order.
//!
//! Invariant of [`cfg`]: node index `i` is `BlockId(i)` for every block, so
//! `NodeIndex::new(b.index())` finds a block's node. Edges whose target is
//! out of range (malformed IR) are left out rather than panicking; the
//! verifier reports them.

use crate::{BlockId, Function, StateId, Terminator};
use petgraph::graph::{DiGraph, NodeIndex};

/// Why control can go from one block to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum EdgeKind {
    /// `Jump`, `Branch`, `ForIter` successors.
    Normal,
    /// From a suspending block to its resume block.
    Resume(StateId),
    /// From a block to its `handler`.
    Exception,
}

/// Successors of `block` with their edge kinds: normal successors in
/// terminator order, then the handler. Out-of-range targets are skipped.
pub(crate) fn successors(func: &Function, block: BlockId) -> Vec<(BlockId, EdgeKind)> {
    let Some(b) = func.blocks.get(block.index()) else {
        return Vec::new();
    };
    let kind = match &b.term {
        Terminator::Suspend { state, .. } => EdgeKind::Resume(*state),
        _ => EdgeKind::Normal,
    };
    let n = func.blocks.len();
    let mut out: Vec<(BlockId, EdgeKind)> = b
        .term
        .successors()
        .into_iter()
        .filter(|s| s.index() < n)
        .map(|s| (s, kind))
        .collect();
    if let Some(h) = b.handler.filter(|h| h.index() < n) {
        out.push((h, EdgeKind::Exception));
    }
    out
}

/// The CFG: one node per block (node index = block index), normal, resume
/// and exception edges.
pub fn cfg(func: &Function) -> DiGraph<BlockId, EdgeKind> {
    let mut g = DiGraph::with_capacity(func.blocks.len(), func.blocks.len() * 2);
    for i in 0..func.blocks.len() {
        g.add_node(BlockId::new(i));
    }
    for i in 0..func.blocks.len() {
        for (s, kind) in successors(func, BlockId::new(i)) {
            g.add_edge(NodeIndex::new(i), NodeIndex::new(s.index()), kind);
        }
    }
    g
}

/// Predecessors of every block (indexed by block), with edge kinds, in
/// ascending order of the predecessor.
pub fn predecessors(func: &Function) -> Vec<Vec<(BlockId, EdgeKind)>> {
    let mut preds = vec![Vec::new(); func.blocks.len()];
    for i in 0..func.blocks.len() {
        for (s, kind) in successors(func, BlockId::new(i)) {
            preds[s.index()].push((BlockId::new(i), kind));
        }
    }
    preds
}

/// Blocks reachable from the entry along any edge (indexed by block).
pub fn reachable(func: &Function) -> Vec<bool> {
    let mut seen = vec![false; func.blocks.len()];
    for b in reverse_postorder(func) {
        seen[b.index()] = true;
    }
    seen
}

/// Reachable blocks in reverse postorder of a depth-first walk from the
/// entry (successors in terminator order, then the handler).
pub fn reverse_postorder(func: &Function) -> Vec<BlockId> {
    let n = func.blocks.len();
    if func.entry.index() >= n {
        return Vec::new();
    }
    let mut seen = vec![false; n];
    let mut post = Vec::with_capacity(n);
    // Iterative DFS: (block, its successors, next successor to visit).
    let mut stack = vec![(func.entry, successors(func, func.entry), 0usize)];
    seen[func.entry.index()] = true;
    while let Some((b, succs, i)) = stack.last_mut() {
        if let Some(&(s, _)) = succs.get(*i) {
            *i += 1;
            if !seen[s.index()] {
                seen[s.index()] = true;
                let ss = successors(func, s);
                stack.push((s, ss, 0));
            }
        } else {
            post.push(*b);
            stack.pop();
        }
    }
    post.reverse();
    post
}
