//! Comprehensions, inlined in the enclosing frame (PEP 709 style), and
//! generator expressions, which are generator functions of their own.

use super::{FnLower, FnSpec, Slot};
use indexmap::IndexMap;
use pycps_frontend::ast::*;
use pycps_frontend::{Diagnostic, Span};
use pycps_ir as ir;
use pycps_ir::{InstKind, Terminator, ValueId};

/// Comprehension flavours share one lowering.
pub(crate) enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
}

impl<'m, 'a> FnLower<'m, 'a> {
    /// Comprehensions are expanded inline (PEP 709 style): loops in this
    /// frame, with the targets bound to fresh registers that do not leak.
    pub(crate) fn comprehension(
        &mut self,
        node: &'a Expr,
        kind: CompKind<'a>,
        generators: &'a [Comprehension],
        dst: ValueId,
    ) {
        let span = node.span;
        let Some(scope) = self.m.tree.scope_of(node) else {
            self.error(Diagnostic::syntax(
                span,
                "internal: comprehension scope missing",
            ));
            return;
        };
        if generators.iter().any(|g| g.is_async) && !self.allows_await() {
            self.error(Diagnostic::syntax(
                span,
                "asynchronous comprehension outside of an asynchronous function",
            ));
            return;
        }
        let result = self.temp();
        let build = match kind {
            CompKind::List(_) => InstKind::BuildList {
                dst: result,
                items: Vec::new(),
            },
            CompKind::Set(_) => InstKind::BuildSet {
                dst: result,
                items: Vec::new(),
            },
            CompKind::Dict(..) => InstKind::BuildDict {
                dst: result,
                items: Vec::new(),
            },
        };
        // The first iterable is evaluated before the comprehension's own
        // variables come into scope.
        let Some(first) = generators.first() else {
            return;
        };
        self.comprehensions.push(ir::CompRegion {
            name: match kind {
                CompKind::List(_) => "<listcomp>",
                CompKind::Set(_) => "<setcomp>",
                CompKind::Dict(..) => "<dictcomp>",
            }
            .into(),
            span: super::ir_span(span),
            first_iter: super::ir_span(first.iter.span),
        });
        let first_iter = self.expr(&first.iter);
        self.emit(build, span);
        let comp_scope = self.m.tree.scope(scope);
        let mut env = IndexMap::new();
        let cells = comp_scope.cells.clone();
        for name in comp_scope.bound.iter() {
            let r = self.named(name);
            if cells.contains(name) {
                self.emit(InstKind::MakeCell { dst: r }, span);
                env.insert(name.clone(), Slot::Cell(r));
            } else {
                env.insert(name.clone(), Slot::Reg(r));
            }
        }
        self.comp_env.push(env);
        self.comp_loops(generators, first_iter, span, |f| match kind {
            CompKind::List(elt) => {
                let v = f.expr(elt);
                f.emit(
                    InstKind::ListAppend {
                        list: result,
                        src: v,
                    },
                    elt.span,
                );
            }
            CompKind::Set(elt) => {
                let v = f.expr(elt);
                f.emit(
                    InstKind::SetAdd {
                        set: result,
                        src: v,
                    },
                    elt.span,
                );
            }
            CompKind::Dict(k, v) => {
                let kr = f.expr(k);
                let vr = f.expr(v);
                f.emit(
                    InstKind::DictSet {
                        dict: result,
                        key: kr,
                        value: vr,
                    },
                    v.span,
                );
            }
        });
        self.comp_env.pop();
        self.emit(InstKind::Move { dst, src: result }, span);
    }

    /// The nested loops of a comprehension: `first_iter` holds the first
    /// iterable (already evaluated), `innermost` emits the body. Leaves the
    /// builder after the loops.
    fn comp_loops(
        &mut self,
        generators: &'a [Comprehension],
        first_iter: ValueId,
        span: Span,
        innermost: impl FnOnce(&mut Self),
    ) {
        let after = self.new_block();
        let mut outer_continue = after;
        for (i, g) in generators.iter().enumerate() {
            let src = if i == 0 {
                first_iter
            } else {
                self.expr(&g.iter)
            };
            let it = self.temp();
            let header = self.new_block();
            if g.is_async {
                self.emit(InstKind::GetAIter { dst: it, src }, g.iter.span);
                self.jump(header, g.span);
                let item = self.async_next(it, header, outer_continue, g.iter.span);
                self.assign(&g.target, item);
            } else {
                self.emit(InstKind::GetIter { dst: it, src }, g.iter.span);
                let body = self.new_block();
                self.jump(header, g.span);
                self.switch_to(header);
                let item = self.temp();
                self.terminate(
                    Terminator::ForIter {
                        iter: it,
                        dst: item,
                        body,
                        exit: outer_continue,
                    },
                    g.iter.span,
                );
                self.switch_to(body);
                self.assign(&g.target, item);
            }
            for cond in &g.ifs {
                let c = self.expr(cond);
                let pass = self.new_block();
                self.terminate(
                    Terminator::Branch {
                        cond: c,
                        then_to: pass,
                        else_to: header,
                    },
                    cond.span,
                );
                self.switch_to(pass);
            }
            outer_continue = header;
        }
        innermost(self);
        self.jump(outer_continue, span);
        self.switch_to(after);
    }

    /// A generator expression: a nested generator function taking the
    /// first iterable's iterator as `.0`, called right away.
    pub(crate) fn generator_expression(
        &mut self,
        node: &'a Expr,
        elt: &'a Expr,
        generators: &'a [Comprehension],
        dst: ValueId,
    ) {
        let span = node.span;
        let Some(scope) = self.m.tree.scope_of(node) else {
            self.error(Diagnostic::syntax(
                span,
                "internal: generator scope missing",
            ));
            return;
        };
        let Some(first) = generators.first() else {
            return;
        };
        if generators.iter().any(|g| g.is_async) || self.m.tree.scope(scope).has_await {
            self.error(Diagnostic::unsupported(
                span,
                "asynchronous generator expressions",
            ));
            return;
        }
        let src = self.expr(&first.iter);
        let it = self.temp();
        self.emit(InstKind::GetIter { dst: it, src }, first.iter.span);
        static DOT0: std::sync::OnceLock<Parameters> = std::sync::OnceLock::new();
        let params = DOT0.get_or_init(|| Parameters {
            args: vec![Param {
                name: Ident {
                    name: ".0".into(),
                    span: Span::default(),
                },
                annotation: None,
                default: None,
                span: Span::default(),
            }],
            ..Parameters::default()
        });
        let spec = FnSpec {
            name: "<genexpr>".into(),
            params,
            is_async: false,
            is_class: false,
            span,
            node_scope: scope,
        };
        let f = self.lower_function(spec, |g| {
            let dot0 = g.load_name(".0", span);
            g.comp_loops(generators, dot0, span, |g| {
                let v = g.expr(elt);
                let sent = g.temp();
                g.suspend(ir::SuspendKind::Yield, v, sent, elt.span);
            });
        });
        self.emit(
            InstKind::Call {
                dst,
                func: f,
                args: vec![it],
                kwnames: vec![],
            },
            span,
        );
    }
}
