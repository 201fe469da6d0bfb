//! `with` / `async with`, `async for` (and the `await anext()` step
//! shared with async comprehensions), and `class` statements.
//!
//! `with` lowering:
//!
//! ```text
//! enter, exit = prepare_with mgr; x = enter()     [awaited when async]
//! body                 handler = H; early exits call exit(None, None, None)
//! exit(None, None, None); jump after
//! H: e = load_exception; push_handled e
//!    r = exit(type(e), e, None); branch r → swallow : re-raise e
//! ```

use super::{Cleanup, FnLower, FnSpec, Slot};
use pycps_frontend::ast::*;
use pycps_frontend::{Diagnostic, Span};
use pycps_ir::{InstKind, Terminator, ValueId};

/// `with`, `async with`, `async for` and `class`.
impl<'m, 'a> FnLower<'m, 'a> {
    /// `with a as x, b as y: body` is `with a as x: with b as y: body`.
    ///
    /// ```text
    /// enter, exit = prepare_with mgr; x = enter()  [await when async]
    /// body                 handler = H, cleanup With(exit) on early exits
    /// exit(None, None, None); jump after
    /// H: e = load_exception; push_handled e
    ///    r = exit(type(e), e, None); branch r → swallow : re-raise e
    /// ```
    pub(crate) fn with_items(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
        span: Span,
    ) {
        let Some((item, rest)) = items.split_first() else {
            self.stmts(body);
            return;
        };
        let outer = self.handler;
        let mgr = self.expr(&item.context);
        let enter = self.temp();
        let exit = self.temp();
        self.emit(
            InstKind::PrepareWith {
                enter,
                exit,
                mgr,
                is_async,
            },
            item.context.span,
        );
        let entered = self.temp();
        self.emit(
            InstKind::Call {
                dst: entered,
                func: enter,
                args: vec![],
                kwnames: vec![],
            },
            item.context.span,
        );
        let value = if is_async {
            self.await_value(entered, item.context.span)
        } else {
            entered
        };
        if let Some(vars) = &item.vars {
            self.assign(vars, value);
        }
        let handler = self.new_block();
        let after = self.new_block();
        self.cleanups.push(Cleanup::With {
            exit,
            is_async,
            handler: outer,
        });
        self.handler = Some(handler);
        let inner = self.new_block();
        self.jump(inner, span);
        self.switch_to(inner);
        self.with_items(rest, body, is_async, span);
        self.cleanups.pop();
        self.handler = outer;
        let normal = self.new_block();
        self.jump(normal, span);
        self.switch_to(normal);
        self.call_exit(exit, None, is_async, span);
        self.jump(after, span);
        // The exception path: `__exit__` decides whether it is swallowed.
        self.switch_to(handler);
        let exc = self.temp();
        self.emit(InstKind::LoadException { dst: exc }, span);
        self.emit(InstKind::PushHandled { exc }, span);
        let pop = self.begin_handled_region(span);
        let swallow = self.call_exit(exit, Some(exc), is_async, span);
        let yes = self.new_block();
        let no = self.new_block();
        self.terminate(
            Terminator::Branch {
                cond: swallow,
                then_to: yes,
                else_to: no,
            },
            span,
        );
        self.handler = outer;
        self.switch_to(yes);
        self.emit(InstKind::PopHandled, span);
        self.jump(after, span);
        self.switch_to(no);
        self.emit(InstKind::PopHandled, span);
        self.terminate(Terminator::Reraise { exc }, span);
        self.pop_and_reraise(pop, None, span);
        self.handler = outer;
        self.switch_to(after);
    }

    /// `exit(None, None, None)` or `exit(type(e), e, None)`, awaited when
    /// async; returns the result register.
    pub(crate) fn call_exit(
        &mut self,
        exit: ValueId,
        exc: Option<ValueId>,
        is_async: bool,
        span: Span,
    ) -> ValueId {
        let none = self.none(span);
        let args = match exc {
            Some(e) => {
                let t = self.temp();
                self.emit(InstKind::TypeOf { dst: t, src: e }, span);
                vec![t, e, none]
            }
            None => vec![none, none, none],
        };
        let r = self.temp();
        self.emit(
            InstKind::Call {
                dst: r,
                func: exit,
                args,
                kwnames: vec![],
            },
            span,
        );
        if is_async {
            self.await_value(r, span)
        } else {
            r
        }
    }

    /// `await v` as a fresh register.
    pub(crate) fn await_value(&mut self, v: ValueId, span: Span) -> ValueId {
        let a = self.temp();
        self.emit(InstKind::GetAwaitable { dst: a, src: v }, span);
        let dst = self.temp();
        self.suspend(pycps_ir::SuspendKind::Await, a, dst, span);
        dst
    }

    /// `async for target in iter: body else: orelse`.
    pub(crate) fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) {
        if !self.allows_await() {
            self.error(Diagnostic::syntax(
                span,
                "'async for' outside async function",
            ));
            return;
        }
        let src = self.expr(iter);
        let it = self.temp();
        self.emit(InstKind::GetAIter { dst: it, src }, iter.span);
        let (after, else_b) = self.loop_exits(orelse);
        let header = self.new_block();
        self.jump(header, span);
        let item = self.async_next(it, header, else_b, iter.span);
        self.assign(target, item);
        self.loop_body(body, after, header);
        self.close_loop(header, else_b, after, orelse, span);
    }

    /// Emits, at `header`, `item = await anext(it)`; `StopAsyncIteration`
    /// goes to `exhausted`. Leaves the builder after the await, where the
    /// item is available.
    pub(crate) fn async_next(
        &mut self,
        it: ValueId,
        header: pycps_ir::BlockId,
        exhausted: pycps_ir::BlockId,
        span: Span,
    ) -> ValueId {
        let outer = self.handler;
        let stop = self.new_block();
        self.handler = Some(stop);
        self.switch_to(header);
        let next = self.temp();
        self.emit(InstKind::GetANext { dst: next, src: it }, span);
        let item = self.await_value(next, span);
        self.handler = outer;
        // The item arrives in the resume block, which must not be
        // protected by the StopAsyncIteration check.
        let go = self.new_block();
        self.jump(go, span);
        self.switch_to(stop);
        let e = self.temp();
        self.emit(InstKind::LoadException { dst: e }, span);
        let n = self.m.name("StopAsyncIteration");
        let cls = self.temp();
        self.emit(InstKind::LoadBuiltin { dst: cls, name: n }, span);
        let m = self.temp();
        self.emit(
            InstKind::ExceptionMatch {
                dst: m,
                exc: e,
                ty: cls,
            },
            span,
        );
        let reraise = self.new_block();
        self.terminate(
            Terminator::Branch {
                cond: m,
                then_to: exhausted,
                else_to: reraise,
            },
            span,
        );
        self.switch_to(reraise);
        self.terminate(Terminator::Reraise { exc: e }, span);
        self.switch_to(go);
        item
    }

    /// `__annotations__[name] = annotation` in a class body. Annotations
    /// that [`evaluable`] accepts are evaluated as CPython does; anything
    /// else is kept as its source text (pycps cannot evaluate every annotation, such as
    /// `int | None`, and only the names and order matter to dataclasses).
    pub(crate) fn record_annotation(&mut self, name: &str, annotation: &'a Expr, span: Span) {
        let ann = if evaluable(annotation) {
            self.expr(annotation)
        } else {
            let (a, b) = (annotation.span.start as usize, annotation.span.end as usize);
            let text = self.m.source.get(a..b).unwrap_or("").to_string();
            self.const_value(pycps_ir::Const::Str(text), annotation.span)
        };
        let d = self.load_name("__annotations__", span);
        let k = self.const_value(pycps_ir::Const::Str(name.to_string()), span);
        self.emit(
            InstKind::SetItem {
                obj: d,
                key: k,
                src: ann,
            },
            span,
        );
    }

    /// Whether `name` is bound in the current scope or any enclosing one
    /// (then it is not, or may not be, the built-in of that name).
    fn name_bound_in_scope(&self, name: &str) -> bool {
        let mut cur = Some(self.scope);
        while let Some(id) = cur {
            let sc = self.m.tree.scope(id);
            if sc.bound.contains(name) || sc.declared_global.contains(name) {
                return true;
            }
            cur = sc.parent;
        }
        false
    }

    pub(crate) fn class_def(&mut self, c: &'a ClassDef, span: Span) {
        let Some(scope) = self.m.tree.scope_of(c) else {
            self.error(Diagnostic::syntax(span, "internal: class scope missing"));
            return;
        };
        let decorators: Vec<ValueId> = c.decorators.iter().map(|d| self.expr(d)).collect();
        if c.bases
            .iter()
            .any(|b| matches!(b.kind, ExprKind::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none())
        {
            self.error(Diagnostic::unsupported(span, "`*`/`**` in class bases"));
            return;
        }
        // `class C(list)` with the built-in `list` (not rebound anywhere in
        // scope): unsupported, said at compile time.
        if let [base] = c.bases.as_slice() {
            if let ExprKind::Name(n) = &base.kind {
                if UNSUBCLASSABLE_BUILTINS.contains(&n.as_str()) && !self.name_bound_in_scope(n) {
                    let what = format!("subclassing the built-in type '{n}'");
                    self.error(Diagnostic::unsupported(base.span, &what));
                    return;
                }
            }
        }
        let mut args: Vec<ValueId> = Vec::new();
        for b in &c.bases {
            let v = self.expr(b);
            args.push(self.copy_if_local(v, b.span));
        }
        let mut kwnames = Vec::new();
        for k in &c.keywords {
            let v = self.expr(&k.value);
            args.push(v);
            if let Some(a) = &k.arg {
                kwnames.push(self.m.name(&a.name));
            }
        }
        static NO_PARAMS: std::sync::OnceLock<Parameters> = std::sync::OnceLock::new();
        let spec = FnSpec {
            name: c.name.name.clone(),
            params: NO_PARAMS.get_or_init(Parameters::default),
            is_async: false,
            is_class: true,
            span,
            node_scope: scope,
        };
        let body_fn = self.lower_function(spec, |inner| {
            if let Some(doc) = super::docstring(&c.body) {
                // The class namespace's `__doc__`, set before the body runs.
                let v = inner.const_value(pycps_ir::Const::Str(doc), span);
                inner.store_name("__doc__", v, span);
            }
            if c.body.iter().any(has_annotation) {
                // `SETUP_ANNOTATIONS`: the class records `name: annotation`
                // in `__annotations__` (dataclasses read it).
                let d = inner.temp();
                inner.emit(
                    InstKind::BuildDict {
                        dst: d,
                        items: Vec::new(),
                    },
                    span,
                );
                inner.store_name("__annotations__", d, span);
            }
            inner.stmts(&c.body);
            if !inner.is_terminated() {
                let ret = match inner.vars.get("__class__").copied() {
                    Some(Slot::Cell(cell)) => cell,
                    _ => inner.none(span),
                };
                inner.terminate(Terminator::Return { value: ret }, span);
            }
        });
        let cls = self.temp();
        self.emit(
            InstKind::BuildClass {
                dst: cls,
                body: body_fn,
                args,
                kwnames,
            },
            span,
        );
        let cls = self.apply_decorators(decorators, &c.decorators, cls);
        self.store_name(&c.name.name, cls, c.name.span);
    }
}

/// Whether a class body statement (or one nested in its blocks) is an
/// annotated assignment to a name.
fn has_annotation(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::AnnAssign { target, .. } => matches!(target.kind, ExprKind::Name(_)),
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => {
            body.iter().any(has_annotation) || orelse.iter().any(has_annotation)
        }
        _ => false,
    }
}

/// Annotations pycps evaluates: names, dotted names, constants and
/// subscripts of those (`List[int]`, `dict[str, "Node"]`); not operators
/// (`int | None` needs `type.__or__`).
fn evaluable(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => true,
        ExprKind::Attribute { value, .. } => matches!(value.kind, ExprKind::Name(_)),
        ExprKind::Subscript { value, slice } => evaluable(value) && evaluable(slice),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().all(evaluable),
        _ => false,
    }
}

/// Built-in types a user class cannot derive from yet (the runtime's
/// `subclassable` says the same at run time, for bases it only sees then).
const UNSUBCLASSABLE_BUILTINS: &[&str] = &["float", "bytearray", "type"];
