//! Graphviz DOT form: one `subgraph cluster_fN` per function, one box per
//! block (its id, then its instructions and terminator as in the text
//! form, left-aligned), and edges from [`crate::analysis::cfg`]:
//! - normal edges plain (`T`/`F` on branches, `next`/`done` on `for_iter`);
//! - suspend edges bold blue, labelled with the state, its kind and the
//!   registers live across it (the saved frame);
//! - exception edges dashed red, to the block's handler.
//!
//! Node ids are `fN_bbM` (plain identifiers); labels are quoted strings with
//! `"` and `\` escaped and lines ended by `\l`. Block labels are cut after
//! [`MAX_LINES`] instructions so large functions stay legible.

use super::text::{inst_to_text, term_to_text};
use crate::analysis::{cfg, EdgeKind};
use crate::{Function, Module, SuspendKind, Terminator};
use petgraph::visit::EdgeRef;
use std::fmt::Write;

/// Instructions shown per block before `... (N more)`.
pub const MAX_LINES: usize = 12;

/// The module as one Graphviz digraph.
pub fn to_dot(module: &Module) -> String {
    let mut out = String::from("digraph pycps {\n");
    out.push_str("  graph [fontname=\"monospace\"];\n");
    out.push_str("  node [shape=box, fontname=\"monospace\", fontsize=10];\n");
    out.push_str("  edge [fontname=\"monospace\", fontsize=9];\n");
    for func in &module.functions {
        function_dot(module, func, &mut out);
    }
    out.push_str("}\n");
    out
}

use super::text::kind_text;

/// Escapes text for a double-quoted DOT string; newlines become `\l`.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\l"),
            c => out.push(c),
        }
    }
    out
}

fn function_dot(module: &Module, func: &Function, out: &mut String) {
    let f = func.id;
    let _ = writeln!(out, "  subgraph cluster_{f} {{");
    let _ = writeln!(
        out,
        "    label=\"{}\";",
        esc(&format!("{f} {} [{}]", func.qualname, kind_text(func.kind)))
    );
    let _ = writeln!(out, "    {f}_start [shape=point];");
    for (bi, block) in func.blocks.iter().enumerate() {
        let mut label = format!("{}", crate::BlockId::new(bi));
        if let Some(h) = block.handler {
            let _ = write!(label, " (handler {h})");
        }
        label.push_str(":\n");
        for inst in block.insts.iter().take(MAX_LINES) {
            label.push_str(&inst_to_text(module, func, &inst.kind));
            label.push('\n');
        }
        if block.insts.len() > MAX_LINES {
            let _ = writeln!(label, "... ({} more)", block.insts.len() - MAX_LINES);
        }
        label.push_str(&term_to_text(func, &block.term));
        label.push('\n');
        let _ = writeln!(out, "    {f}_bb{bi} [label=\"{}\"];", esc(&label));
    }
    if func.entry.index() < func.blocks.len() {
        let _ = writeln!(
            out,
            "    {f}_start -> {f}_{} [label=\"s0 start\"];",
            func.entry
        );
    }
    let g = cfg(func);
    for e in g.edge_references() {
        let (from, to) = (g[e.source()], g[e.target()]);
        let attrs = match *e.weight() {
            EdgeKind::Exception => "style=dashed, color=red, label=\"exc\"".to_string(),
            EdgeKind::Resume(state) => {
                let kind = match &func.blocks[from.index()].term {
                    Terminator::Suspend {
                        kind: SuspendKind::Yield,
                        ..
                    } => "yield",
                    _ => "await",
                };
                let live = func
                    .state(state)
                    .map(|sp| {
                        sp.live
                            .iter()
                            .map(|&v| func.value_label(v))
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default();
                format!(
                    "style=bold, color=blue, label=\"{}\"",
                    esc(&format!("{state} {kind}\nlive: {live}\n"))
                )
            }
            EdgeKind::Normal => {
                let term = &func.blocks[from.index()].term;
                let label = match term {
                    Terminator::Branch { then_to, .. } => {
                        // Parallel edges: the first is `then`.
                        if to == *then_to && is_first_edge(&g, e.id()) {
                            "T"
                        } else {
                            "F"
                        }
                    }
                    Terminator::ForIter { body, .. } => {
                        if to == *body && is_first_edge(&g, e.id()) {
                            "next"
                        } else {
                            "done"
                        }
                    }
                    _ => "",
                };
                if label.is_empty() {
                    String::new()
                } else {
                    format!("label=\"{label}\"")
                }
            }
        };
        if attrs.is_empty() {
            let _ = writeln!(out, "    {f}_{from} -> {f}_{to};");
        } else {
            let _ = writeln!(out, "    {f}_{from} -> {f}_{to} [{attrs}];");
        }
    }
    out.push_str("  }\n");
}

/// Whether `edge` is its source's first outgoing edge (edges are added in
/// successor order, so the first is `then`/`body`).
fn is_first_edge(
    g: &petgraph::graph::DiGraph<crate::BlockId, EdgeKind>,
    edge: petgraph::graph::EdgeIndex,
) -> bool {
    let Some((src, _)) = g.edge_endpoints(edge) else {
        return false;
    };
    g.edges(src).map(|e| e.id()).min() == Some(edge)
}
