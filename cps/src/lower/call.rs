//! Calls: `f(...)`, `o.m(...)` (one `CallMethod` unless an argument
//! suspends), `*args`/`**kwargs` (`CallEx`), and zero-argument `super()`.

use super::expr::contains_suspend;
use super::{FnLower, Slot};
use pycps_frontend::ast::*;
use pycps_frontend::Span;
use pycps_ir as ir;
use pycps_ir::{InstKind, ValueId};

impl<'m, 'a> FnLower<'m, 'a> {
    /// Calls. `o.m(args)` becomes one `CallMethod` unless an argument
    /// suspends (then the bound method is loaded first, as CPython does,
    /// so nothing the awaited code does can change which method runs).
    pub(crate) fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        dst: ValueId,
        span: Span,
    ) {
        if let Some(v) = self.zero_arg_super(func, args, keywords, span) {
            self.emit(InstKind::Move { dst, src: v }, span);
            return;
        }
        let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            && keywords.iter().all(|k| k.arg.is_some());
        let suspends = args.iter().any(contains_suspend)
            || keywords.iter().any(|k| contains_suspend(&k.value));
        if let (ExprKind::Attribute { value, attr }, true, false) = (&func.kind, simple, suspends) {
            let obj = self.expr(value);
            let mut regs = self.exprs(args);
            let mut kwnames = Vec::new();
            for k in keywords {
                regs.push(self.expr(&k.value));
                if let Some(a) = &k.arg {
                    kwnames.push(self.m.name(&a.name));
                }
            }
            let name = self.m.name(&attr.name);
            self.m.anchors.push((
                super::ir_span(span),
                pycps_ir::CaretAnchor::MethodCall {
                    attr_end: func.span.end,
                },
            ));
            self.emit(
                InstKind::CallMethod {
                    dst,
                    obj,
                    name,
                    args: regs,
                    kwnames,
                },
                span,
            );
            return;
        }
        let f = self.expr(func);
        let f = if suspends {
            self.copy_if_named(f, func.span)
        } else {
            f
        };
        if simple {
            let mut regs = Vec::new();
            for a in args {
                let r = self.expr(a);
                regs.push(if suspends {
                    self.copy_if_named(r, a.span)
                } else {
                    r
                });
            }
            let mut kwnames = Vec::new();
            for k in keywords {
                regs.push(self.expr(&k.value));
                if let Some(a) = &k.arg {
                    kwnames.push(self.m.name(&a.name));
                }
            }
            self.emit(
                InstKind::Call {
                    dst,
                    func: f,
                    args: regs,
                    kwnames,
                },
                span,
            );
            return;
        }
        let list = self.starred_list(args, span);
        let tuple = self.temp();
        self.emit(
            InstKind::ListToTuple {
                dst: tuple,
                src: list,
            },
            span,
        );
        let kwargs = if keywords.is_empty() {
            None
        } else {
            let d = self.temp();
            self.emit(
                InstKind::BuildDict {
                    dst: d,
                    items: Vec::new(),
                },
                span,
            );
            for k in keywords {
                let v = self.expr(&k.value);
                match &k.arg {
                    Some(a) => {
                        let key = self.const_value(ir::Const::Str(a.name.clone()), a.span);
                        self.emit(
                            InstKind::DictSet {
                                dict: d,
                                key,
                                value: v,
                            },
                            k.span,
                        );
                    }
                    None => self.emit(InstKind::DictUpdate { dict: d, src: v }, k.span),
                }
            }
            Some(d)
        };
        self.emit(
            InstKind::CallEx {
                dst,
                func: f,
                args: tuple,
                kwargs,
            },
            span,
        );
    }

    /// `super()` inside a method is `super(__class__, <first argument>)`,
    /// spelled out here (CPython finds both by inspecting the frame).
    fn zero_arg_super(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        span: Span,
    ) -> Option<ValueId> {
        let ExprKind::Name(n) = &func.kind else {
            return None;
        };
        if n != "super" || !args.is_empty() || !keywords.is_empty() {
            return None;
        }
        if !matches!(self.slot("super"), Slot::Global(_)) {
            return None;
        }
        let Slot::Cell(class_cell) = self.slot("__class__") else {
            return None;
        };
        let first = self
            .m
            .tree
            .scope(self.scope)
            .bound
            .first()
            .cloned()
            .filter(|_| self.params_count > 0)?;
        let sup = self.temp();
        let name = self.m.name("super");
        self.emit(InstKind::LoadBuiltin { dst: sup, name }, span);
        let cls = self.temp();
        let cname = self.m.name("__class__");
        self.emit(
            InstKind::LoadCell {
                dst: cls,
                cell: class_cell,
                name: cname,
                local: false,
            },
            span,
        );
        let obj = self.load_name(&first, span);
        let dst = self.temp();
        self.emit(
            InstKind::Call {
                dst,
                func: sup,
                args: vec![cls, obj],
                kwnames: vec![],
            },
            span,
        );
        Some(dst)
    }

    /// Named locals can't change across an `await` in this frame, but a
    /// walrus could rebind them; a copy keeps the value read at its turn.
    fn copy_if_named(&mut self, v: ValueId, span: Span) -> ValueId {
        if self.copy_locals && self.value_names.get(v.index()).is_some_and(|n| n.is_some()) {
            let t = self.temp();
            self.emit(InstKind::Move { dst: t, src: v }, span);
            t
        } else {
            v
        }
    }
}
