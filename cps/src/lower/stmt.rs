//! Statement lowering: control flow, functions, imports and exceptions.
//!
//! `try` lowering (handlers are blocks; `Block::handler` says where an
//! exception raised in a block goes):
//!
//! ```text
//! body            handler = dispatch (or the finally-on-exception block)
//! dispatch:       e = load_exception; match each clause; no match: reraise e
//! except body i:  push_handled e; bind name; body; pop_handled; unbind name
//!                 its own handler pops the handled exception and re-raises
//! except*:        state = [e, e]; per clause m = except_star_match state, ty;
//!                 the body runs with m handled; what it raises is appended
//!                 to state; at the end except_star_reraise state re-raises
//!                 the raised exceptions and the unmatched rest, if any
//! else:           runs after a body that did not raise
//! finally:        inlined on the normal path and on every early exit
//!                 (return/break/continue); on the exception path it runs
//!                 with the exception handled, then re-raises it
//! ```

use super::expr::{contains_walrus, writes_dst_last};
use super::{Cleanup, FnLower, FnSpec, LoopCtx, Slot};
use pycps_frontend::ast::*;
use pycps_frontend::{Diagnostic, Span};
use pycps_ir::{BlockId, InstKind, Terminator, ValueId};

impl<'m, 'a> FnLower<'m, 'a> {
    pub fn stmts(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        let span = s.span;
        self.copy_locals = stmt_has_walrus(s);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e);
            }
            StmtKind::Assign { targets, value } => {
                if let [target] = targets.as_slice() {
                    if let ExprKind::Name(n) = &target.kind {
                        if let (Slot::Reg(r), true) = (self.slot(n), writes_dst_last(value)) {
                            if !self.copy_locals {
                                self.expr_into(value, r);
                                return;
                            }
                        }
                    }
                }
                let v = self.expr(value);
                for t in targets {
                    self.assign(t, v);
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(value) = value {
                    let v = self.expr(value);
                    self.assign(target, v);
                }
                if self.kind == pycps_ir::FunctionKind::ClassBody {
                    if let ExprKind::Name(n) = &target.kind {
                        self.record_annotation(n, annotation, span);
                    }
                }
            }
            StmtKind::If { test, body, orelse } => {
                let cond = self.expr(test);
                let then_b = self.new_block();
                let end = self.new_block();
                let else_b = if orelse.is_empty() {
                    end
                } else {
                    self.new_block()
                };
                self.terminate(
                    Terminator::Branch {
                        cond,
                        then_to: then_b,
                        else_to: else_b,
                    },
                    test.span,
                );
                self.switch_to(then_b);
                self.stmts(body);
                self.jump(end, span);
                if !orelse.is_empty() {
                    self.switch_to(else_b);
                    self.stmts(orelse);
                    self.jump(end, span);
                }
                self.switch_to(end);
            }
            StmtKind::While { test, body, orelse } => {
                let header = self.new_block();
                let body_b = self.new_block();
                let (after, else_b) = self.loop_exits(orelse);
                self.jump(header, span);
                self.switch_to(header);
                let cond = self.expr(test);
                self.terminate(
                    Terminator::Branch {
                        cond,
                        then_to: body_b,
                        else_to: else_b,
                    },
                    test.span,
                );
                self.switch_to(body_b);
                self.loop_body(body, after, header);
                self.close_loop(header, else_b, after, orelse, span);
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.async_for(target, iter, body, orelse, span);
                    self.copy_locals = false;
                    return;
                }
                let src = self.expr(iter);
                let it = self.temp();
                // CPython reports `iter()`/`next()` failures of a `for`
                // loop at the whole statement.
                self.emit(InstKind::GetIter { dst: it, src }, span);
                let header = self.new_block();
                let body_b = self.new_block();
                let (after, else_b) = self.loop_exits(orelse);
                self.jump(header, span);
                self.switch_to(header);
                let item = self.temp();
                self.terminate(
                    Terminator::ForIter {
                        iter: it,
                        dst: item,
                        body: body_b,
                        exit: else_b,
                    },
                    span,
                );
                self.switch_to(body_b);
                self.assign(target, item);
                self.loop_body(body, after, header);
                self.close_loop(header, else_b, after, orelse, span);
            }
            StmtKind::Break => match self.loops.last().copied() {
                Some(l) => {
                    self.run_cleanups(l.cleanup_depth, span);
                    self.jump(l.brk, span);
                }
                None => self.error(Diagnostic::syntax(span, "'break' outside loop")),
            },
            StmtKind::Continue => match self.loops.last().copied() {
                Some(l) => {
                    self.run_cleanups(l.cleanup_depth, span);
                    self.jump(l.cont, span);
                }
                None => self.error(Diagnostic::syntax(span, "'continue' not properly in loop")),
            },
            StmtKind::Pass => {}
            StmtKind::Return(value) => {
                if self.is_module {
                    self.error(Diagnostic::syntax(span, "'return' outside function"));
                    return;
                }
                let v = match value {
                    Some(v) => {
                        let r = self.expr(v);
                        if self.cleanups.is_empty() {
                            r
                        } else {
                            // The finally bodies run after the value is
                            // computed and may rebind the variable.
                            let t = self.temp();
                            self.emit(InstKind::Move { dst: t, src: r }, v.span);
                            t
                        }
                    }
                    None => self.none(span),
                };
                self.run_cleanups(0, span);
                self.terminate(Terminator::Return { value: v }, span);
            }
            StmtKind::FunctionDef(f) => self.function_def(f, span),
            StmtKind::ClassDef(c) => self.class_def(c, span),
            StmtKind::Try(t) => self.try_stmt(t, span),
            StmtKind::Raise { exc, cause } => match exc {
                Some(exc) => {
                    let e = self.expr(exc);
                    let c = cause.as_ref().map(|c| self.expr(c));
                    self.terminate(Terminator::Raise { exc: e, cause: c }, span);
                }
                None => {
                    let e = self.temp();
                    self.emit(InstKind::LoadHandled { dst: e }, span);
                    self.terminate(Terminator::Reraise { exc: e }, span);
                }
            },
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let module = self.m.name(&a.name);
                    let dst = self.temp();
                    // Import failures are reported at the statement.
                    self.emit(InstKind::Import { dst, module }, span);
                    match &a.asname {
                        Some(n) => self.store_name(&n.name, dst, a.span),
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name);
                            if top == a.name {
                                self.store_name(top, dst, a.span);
                            } else {
                                let module = self.m.name(top);
                                let t = self.temp();
                                self.emit(InstKind::Import { dst: t, module }, span);
                                self.store_name(top, t, a.span);
                            }
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level > 0 {
                    self.error(Diagnostic::unsupported(span, "relative imports"));
                    return;
                }
                let Some(module) = module else {
                    self.error(Diagnostic::syntax(span, "invalid syntax"));
                    return;
                };
                let mname = self.m.name(module);
                let m = self.temp();
                self.emit(
                    InstKind::Import {
                        dst: m,
                        module: mname,
                    },
                    span,
                );
                for a in names {
                    if a.name == "*" {
                        self.error(Diagnostic::unsupported(a.span, "`from ... import *`"));
                        continue;
                    }
                    let name = self.m.name(&a.name);
                    let dst = self.temp();
                    self.emit(
                        InstKind::ImportFrom {
                            dst,
                            module: m,
                            name,
                        },
                        span,
                    );
                    let bind = a
                        .asname
                        .as_ref()
                        .map_or(a.name.as_str(), |n| n.name.as_str());
                    self.store_name(bind, dst, a.span);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t);
                }
            }
            StmtKind::Assert { test, msg } => {
                let cond = self.expr(test);
                let ok = self.new_block();
                let fail = self.new_block();
                self.terminate(
                    Terminator::Branch {
                        cond,
                        then_to: ok,
                        else_to: fail,
                    },
                    test.span,
                );
                self.switch_to(fail);
                let n = self.m.name("AssertionError");
                let cls = self.temp();
                self.emit(InstKind::LoadBuiltin { dst: cls, name: n }, span);
                let exc = match msg {
                    Some(m) => {
                        let mv = self.expr(m);
                        let e = self.temp();
                        self.emit(
                            InstKind::Call {
                                dst: e,
                                func: cls,
                                args: vec![mv],
                                kwnames: vec![],
                            },
                            span,
                        );
                        e
                    }
                    None => cls,
                };
                // CPython reports a failed assert at its test.
                self.terminate(Terminator::Raise { exc, cause: None }, test.span);
                self.switch_to(ok);
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async && !self.allows_await() {
                    self.error(Diagnostic::syntax(
                        span,
                        "'async with' outside async function",
                    ));
                } else {
                    self.with_items(items, body, *is_async, span);
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases, span),
        }
        self.copy_locals = false;
    }

    /// The block after a loop, and where an exhausted loop goes: its
    /// `else` body if it has one, else straight to the block after.
    pub(crate) fn loop_exits(&mut self, orelse: &[Stmt]) -> (BlockId, BlockId) {
        let after = self.new_block();
        let else_b = if orelse.is_empty() {
            after
        } else {
            self.new_block()
        };
        (after, else_b)
    }

    /// Ends a loop body (back to `header`), emits the `else` body, and
    /// continues after the loop.
    pub(crate) fn close_loop(
        &mut self,
        header: BlockId,
        else_b: BlockId,
        after: BlockId,
        orelse: &'a [Stmt],
        span: Span,
    ) {
        self.jump(header, span);
        if !orelse.is_empty() {
            self.switch_to(else_b);
            self.stmts(orelse);
            self.jump(after, span);
        }
        self.switch_to(after);
    }

    pub(crate) fn loop_body(
        &mut self,
        body: &'a [Stmt],
        brk: pycps_ir::BlockId,
        cont: pycps_ir::BlockId,
    ) {
        self.loops.push(LoopCtx {
            brk,
            cont,
            cleanup_depth: self.cleanups.len(),
        });
        self.stmts(body);
        self.loops.pop();
    }

    /// Emits the cleanups above `depth`, innermost first, for control that
    /// leaves them early.
    fn run_cleanups(&mut self, depth: usize, span: Span) {
        let mut i = self.cleanups.len();
        while i > depth {
            i -= 1;
            match self.cleanups[i].clone() {
                Cleanup::With {
                    exit,
                    is_async,
                    handler,
                } => {
                    let saved_handler = std::mem::replace(&mut self.handler, handler);
                    let b = self.new_block();
                    self.jump(b, span);
                    self.switch_to(b);
                    self.call_exit(exit, None, is_async, span);
                    let cont = self.new_block();
                    self.jump(cont, span);
                    self.handler = saved_handler;
                    self.switch_to(cont);
                }
                Cleanup::Handled { unbind } => {
                    self.emit(InstKind::PopHandled, span);
                    if let Some(slot) = unbind {
                        self.unbind_slot(slot, span);
                    }
                }
                Cleanup::Finally {
                    body,
                    handler,
                    loop_depth,
                } => {
                    // Lower the finally body in the context of its try
                    // statement: its handler, its cleanups, its loops.
                    let saved_cleanups = self.cleanups.split_off(i);
                    let saved_loops = self.loops.split_off(loop_depth.min(self.loops.len()));
                    let saved_handler = std::mem::replace(&mut self.handler, handler);
                    let b = self.new_block();
                    self.jump(b, span);
                    self.switch_to(b);
                    self.stmts(body);
                    let cont = self.new_block();
                    self.jump(cont, span);
                    self.handler = saved_handler;
                    self.switch_to(cont);
                    self.loops.extend(saved_loops);
                    self.cleanups.extend(saved_cleanups);
                }
            }
        }
    }

    fn function_def(&mut self, f: &'a FunctionDef, span: Span) {
        let Some(scope) = self.m.tree.scope_of(f) else {
            self.error(Diagnostic::syntax(span, "internal: function scope missing"));
            return;
        };
        let decorators: Vec<ValueId> = f.decorators.iter().map(|d| self.expr(d)).collect();
        let spec = FnSpec {
            name: f.name.name.clone(),
            params: &f.params,
            is_async: f.is_async,
            is_class: false,
            span,
            node_scope: scope,
        };
        let func = self.lower_function(spec, |inner| {
            inner.doc = super::docstring(&f.body);
            inner.stmts(&f.body)
        });
        let func = self.apply_decorators(decorators, &f.decorators, func);
        self.store_name(&f.name.name, func, f.name.span);
    }

    /// Applies evaluated decorators bottom-up: `@a @b def f` is `a(b(f))`.
    pub(crate) fn apply_decorators(
        &mut self,
        decorators: Vec<ValueId>,
        exprs: &'a [Expr],
        mut value: ValueId,
    ) -> ValueId {
        for (d, expr) in decorators.into_iter().zip(exprs).rev() {
            let dst = self.temp();
            self.emit(
                InstKind::Call {
                    dst,
                    func: d,
                    args: vec![value],
                    kwnames: vec![],
                },
                expr.span,
            );
            value = dst;
        }
        value
    }

    fn try_stmt(&mut self, t: &'a Try, span: Span) {
        let outer_handler = self.handler;
        let has_finally = !t.finalbody.is_empty();
        let after = self.new_block();
        // Where exceptions go once they leave the except clauses.
        let finally_exc = if has_finally {
            Some(self.new_block())
        } else {
            None
        };
        let region_handler = finally_exc.or(outer_handler);
        if has_finally {
            self.cleanups.push(Cleanup::Finally {
                body: &t.finalbody,
                handler: outer_handler,
                loop_depth: self.loops.len(),
            });
        }
        let dispatch = if t.handlers.is_empty() {
            None
        } else {
            Some(self.new_block())
        };
        // Body.
        self.handler = dispatch.or(region_handler);
        let body_b = self.new_block();
        self.jump(body_b, span);
        self.switch_to(body_b);
        self.stmts(&t.body);
        // else: runs outside the except clauses' protection.
        self.handler = region_handler;
        let normal_exit = self.new_block();
        let else_b = self.new_block();
        self.jump(else_b, span);
        self.switch_to(else_b);
        self.stmts(&t.orelse);
        self.jump(normal_exit, span);
        // Except clauses.
        if let (Some(dispatch), true) = (dispatch, t.is_star) {
            self.except_star_dispatch(t, dispatch, normal_exit, span);
        } else if let Some(dispatch) = dispatch {
            self.switch_to(dispatch);
            let exc = self.temp();
            self.emit(InstKind::LoadException { dst: exc }, span);
            for h in &t.handlers {
                let body = self.new_block();
                let next = match &h.type_ {
                    Some(ty) => {
                        let tv = self.expr(ty);
                        let m = self.temp();
                        self.emit(
                            InstKind::ExceptionMatch {
                                dst: m,
                                exc,
                                ty: tv,
                            },
                            ty.span,
                        );
                        let next = self.new_block();
                        self.terminate(
                            Terminator::Branch {
                                cond: m,
                                then_to: body,
                                else_to: next,
                            },
                            ty.span,
                        );
                        Some(next)
                    }
                    None => {
                        self.jump(body, h.span);
                        None
                    }
                };
                self.except_body(h, exc, body, normal_exit);
                match next {
                    Some(next) => self.switch_to(next),
                    None => break,
                }
            }
            if !self.is_terminated() {
                self.terminate(Terminator::Reraise { exc }, span);
            }
        }
        // Normal exit: run the finally body once, then continue.
        if has_finally {
            self.cleanups.pop();
        }
        self.handler = outer_handler;
        self.switch_to(normal_exit);
        self.stmts(&t.finalbody);
        self.jump(after, span);
        if let Some(fx) = finally_exc {
            // Exception path: the finally body runs with the exception
            // handled, then re-raises it.
            self.switch_to(fx);
            let exc = self.temp();
            self.emit(InstKind::LoadException { dst: exc }, span);
            self.emit(InstKind::PushHandled { exc }, span);
            let pop = self.begin_handled_region(span);
            self.cleanups.push(Cleanup::Handled { unbind: None });
            self.stmts(&t.finalbody);
            self.cleanups.pop();
            self.emit(InstKind::PopHandled, span);
            self.terminate(Terminator::Reraise { exc }, span);
            self.handler = outer_handler;
            self.pop_and_reraise(pop, None, span);
        }
        self.handler = outer_handler;
        self.switch_to(after);
    }

    /// The `except*` clauses (PEP 654): `state = [caught, rest]`; each
    /// clause splits `rest` by its type and runs with the matched subgroup;
    /// what a clause raises is appended to `state`. At the end the raised
    /// exceptions and the unmatched rest are re-raised together, or, when
    /// nothing is left, the `try` completes normally. The parser rejects
    /// `break`/`continue`/`return` in these bodies, so a body only falls
    /// through or raises.
    fn except_star_dispatch(
        &mut self,
        t: &'a Try,
        dispatch: BlockId,
        normal_exit: BlockId,
        span: Span,
    ) {
        self.switch_to(dispatch);
        let exc = self.temp();
        self.emit(InstKind::LoadException { dst: exc }, span);
        let state = self.temp();
        self.emit(
            InstKind::BuildList {
                dst: state,
                items: vec![exc, exc],
            },
            span,
        );
        for h in &t.handlers {
            let Some(ty) = &h.type_ else {
                continue;
            };
            let tv = self.expr(ty);
            let m = self.temp();
            self.emit(
                InstKind::ExceptStarMatch {
                    dst: m,
                    state,
                    ty: tv,
                },
                ty.span,
            );
            let (body, next) = (self.new_block(), self.new_block());
            self.terminate(
                Terminator::Branch {
                    cond: m,
                    then_to: body,
                    else_to: next,
                },
                ty.span,
            );
            self.except_star_body(h, m, state, body, next);
            self.switch_to(next);
        }
        let r = self.temp();
        self.emit(InstKind::ExceptStarReraise { dst: r, state }, span);
        let reraise = self.new_block();
        self.terminate(
            Terminator::Branch {
                cond: r,
                then_to: reraise,
                else_to: normal_exit,
            },
            span,
        );
        self.switch_to(reraise);
        self.terminate(Terminator::Reraise { exc: r }, span);
    }

    /// One `except*` clause body entered at `body` with the subgroup `m`;
    /// continues at `next` whether it completes or raises (the exception
    /// it raises is appended to `state`).
    fn except_star_body(
        &mut self,
        h: &'a ExceptHandler,
        m: ValueId,
        state: ValueId,
        body: BlockId,
        next: BlockId,
    ) {
        let region = self.handler;
        self.switch_to(body);
        self.emit(InstKind::PushHandled { exc: m }, h.span);
        let unbind = h.name.as_ref().map(|n| self.slot(&n.name));
        if let Some(n) = &h.name {
            self.store_name(&n.name, m, n.span);
        }
        let raised = self.begin_handled_region(h.span);
        self.cleanups.push(Cleanup::Handled { unbind });
        self.stmts(&h.body);
        self.cleanups.pop();
        self.emit(InstKind::PopHandled, h.span);
        if let Some(slot) = unbind {
            self.unbind_slot(slot, h.span);
        }
        self.jump(next, h.span);
        self.handler = region;
        self.switch_to(raised);
        let e = self.temp();
        self.emit(InstKind::LoadException { dst: e }, h.span);
        self.emit(InstKind::PopHandled, h.span);
        if let Some(slot) = unbind {
            self.unbind_slot(slot, h.span);
        }
        self.emit(
            InstKind::ListAppend {
                list: state,
                src: e,
            },
            h.span,
        );
        self.jump(next, h.span);
    }

    /// One `except` clause body entered at `body` with `exc` matched.
    fn except_body(
        &mut self,
        h: &'a ExceptHandler,
        exc: ValueId,
        body: pycps_ir::BlockId,
        normal_exit: pycps_ir::BlockId,
    ) {
        let region = self.handler;
        self.switch_to(body);
        self.emit(InstKind::PushHandled { exc }, h.span);
        let unbind = h.name.as_ref().map(|n| self.slot(&n.name));
        if let Some(n) = &h.name {
            self.store_name(&n.name, exc, n.span);
        }
        let pop = self.begin_handled_region(h.span);
        self.cleanups.push(Cleanup::Handled { unbind });
        self.stmts(&h.body);
        self.cleanups.pop();
        self.emit(InstKind::PopHandled, h.span);
        if let Some(slot) = unbind {
            self.unbind_slot(slot, h.span);
        }
        self.jump(normal_exit, h.span);
        self.handler = region;
        self.pop_and_reraise(pop, unbind, h.span);
        self.handler = region;
    }

    /// Starts a region whose exceptions must first pop the handled
    /// exception: returns its handler block (to be filled with
    /// [`Self::pop_and_reraise`] once the region is lowered) and continues
    /// in a fresh block protected by it.
    pub(crate) fn begin_handled_region(&mut self, span: Span) -> BlockId {
        let pop = self.new_block();
        self.handler = Some(pop);
        let inner = self.new_block();
        self.jump(inner, span);
        self.switch_to(inner);
        pop
    }

    /// A handler block that leaves an except body on an exception: pop the
    /// handled exception (and unbind the `as` name), then re-raise.
    pub(crate) fn pop_and_reraise(
        &mut self,
        block: pycps_ir::BlockId,
        unbind: Option<Slot>,
        span: Span,
    ) {
        self.switch_to(block);
        let e = self.temp();
        self.emit(InstKind::LoadException { dst: e }, span);
        self.emit(InstKind::PopHandled, span);
        if let Some(slot) = unbind {
            self.unbind_slot(slot, span);
        }
        self.terminate(Terminator::Reraise { exc: e }, span);
    }
}

/// Does the statement's own expression (not nested bodies) contain `:=`?
fn stmt_has_walrus(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Expr(e) => contains_walrus(e),
        StmtKind::Assign { targets, value } => {
            contains_walrus(value) || targets.iter().any(contains_walrus)
        }
        StmtKind::AugAssign { target, value, .. } => {
            contains_walrus(target) || contains_walrus(value)
        }
        StmtKind::AnnAssign { value, .. } => value.as_ref().is_some_and(contains_walrus),
        StmtKind::If { test, .. } | StmtKind::While { test, .. } => contains_walrus(test),
        StmtKind::For { iter, .. } => contains_walrus(iter),
        StmtKind::Match { subject, .. } => contains_walrus(subject),
        StmtKind::Return(Some(v)) => contains_walrus(v),
        StmtKind::Raise { exc, cause } => {
            exc.as_ref().is_some_and(contains_walrus) || cause.as_ref().is_some_and(contains_walrus)
        }
        StmtKind::Assert { test, msg } => {
            contains_walrus(test) || msg.as_ref().is_some_and(contains_walrus)
        }
        _ => false,
    }
}
