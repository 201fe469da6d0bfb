//! Assignment targets: names, attributes, subscripts and (starred)
//! unpacking patterns, plus `del` and augmented assignment.
//!
//! CPython order: the value is evaluated first, then each target's own
//! subexpressions (`a[i] = v` evaluates `v`, then `a`, then `i`).

use super::expr::ir_binop;
use super::FnLower;
use pycps_frontend::ast::*;
use pycps_frontend::{Diagnostic, Span};
use pycps_ir::{InstKind, ValueId};

impl<'m, 'a> FnLower<'m, 'a> {
    /// Stores `value` into an assignment target.
    pub fn assign(&mut self, target: &'a Expr, value: ValueId) {
        let span = target.span;
        match &target.kind {
            ExprKind::Name(n) => self.store_name(n, value, span),
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.expr(obj);
                let name = self.m.name(&attr.name);
                self.emit(
                    InstKind::SetAttr {
                        obj: o,
                        name,
                        src: value,
                    },
                    span,
                );
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.subscript_anchor(span, obj, slice);
                let o = self.expr(obj);
                let k = self.expr(slice);
                self.emit(
                    InstKind::SetItem {
                        obj: o,
                        key: k,
                        src: value,
                    },
                    span,
                );
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| matches!(i.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                match stars.as_slice() {
                    [] => {
                        let dsts: Vec<ValueId> = items.iter().map(|_| self.temp()).collect();
                        self.emit(
                            InstKind::UnpackSequence {
                                dsts: dsts.clone(),
                                src: value,
                            },
                            span,
                        );
                        for (item, d) in items.iter().zip(dsts) {
                            self.assign(item, d);
                        }
                    }
                    [star] => {
                        let before: Vec<ValueId> = (0..*star).map(|_| self.temp()).collect();
                        let mid = self.temp();
                        let after: Vec<ValueId> =
                            (star + 1..items.len()).map(|_| self.temp()).collect();
                        self.emit(
                            InstKind::UnpackEx {
                                before: before.clone(),
                                star: mid,
                                after: after.clone(),
                                src: value,
                            },
                            span,
                        );
                        let regs = before.into_iter().chain([mid]).chain(after);
                        for (item, d) in items.iter().zip(regs) {
                            let t = match &item.kind {
                                ExprKind::Starred(inner) => inner,
                                _ => item,
                            };
                            self.assign(t, d);
                        }
                    }
                    _ => self.error(Diagnostic::syntax(
                        span,
                        "multiple starred expressions in assignment",
                    )),
                }
            }
            ExprKind::Starred(_) => self.error(Diagnostic::syntax(
                span,
                "starred assignment target must be in a list or tuple",
            )),
            _ => self.error(Diagnostic::syntax(span, "cannot assign to expression")),
        }
    }

    /// `target op= value`: the target's container and key are evaluated
    /// once, then the value, then the in-place operation.
    pub fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) {
        let span = target.span;
        // CPython reports a failed in-place operation at the statement.
        let stmt = Span::new(span.start as usize, value.span.end as usize);
        let op = ir_binop(op);
        match &target.kind {
            ExprKind::Name(n) => {
                let cur = self.load_name(n, span);
                let rhs = self.expr(value);
                let dst = match self.slot(n) {
                    super::Slot::Reg(r) => r,
                    _ => self.temp(),
                };
                self.emit(
                    InstKind::Binary {
                        dst,
                        op,
                        lhs: cur,
                        rhs,
                        inplace: true,
                    },
                    stmt,
                );
                self.store_name(n, dst, span);
            }
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.expr(obj);
                let name = self.m.name(&attr.name);
                let cur = self.temp();
                self.emit(
                    InstKind::GetAttr {
                        dst: cur,
                        obj: o,
                        name,
                    },
                    span,
                );
                let rhs = self.expr(value);
                let res = self.temp();
                self.emit(
                    InstKind::Binary {
                        dst: res,
                        op,
                        lhs: cur,
                        rhs,
                        inplace: true,
                    },
                    stmt,
                );
                self.emit(
                    InstKind::SetAttr {
                        obj: o,
                        name,
                        src: res,
                    },
                    span,
                );
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.subscript_anchor(span, obj, slice);
                let o = self.expr(obj);
                let k = self.expr(slice);
                let cur = self.temp();
                self.emit(
                    InstKind::GetItem {
                        dst: cur,
                        obj: o,
                        key: k,
                    },
                    span,
                );
                let rhs = self.expr(value);
                let res = self.temp();
                self.emit(
                    InstKind::Binary {
                        dst: res,
                        op,
                        lhs: cur,
                        rhs,
                        inplace: true,
                    },
                    stmt,
                );
                self.emit(
                    InstKind::SetItem {
                        obj: o,
                        key: k,
                        src: res,
                    },
                    span,
                );
            }
            _ => self.error(Diagnostic::syntax(
                span,
                "'expression' is an illegal expression for augmented assignment",
            )),
        }
    }

    pub fn delete(&mut self, target: &'a Expr) {
        let span = target.span;
        match &target.kind {
            ExprKind::Name(n) => {
                // `del x` of an unbound local raises like a read would.
                let slot = self.slot(n);
                if let super::Slot::Reg(r) = slot {
                    let name = self.m.name(n);
                    self.emit(InstKind::CheckBound { var: r, name }, span);
                }
                self.unbind_slot(slot, span);
            }
            ExprKind::Attribute { value, attr } => {
                let o = self.expr(value);
                let name = self.m.name(&attr.name);
                self.emit(InstKind::DelAttr { obj: o, name }, span);
            }
            ExprKind::Subscript { value, slice } => {
                self.subscript_anchor(span, value, slice);
                let o = self.expr(value);
                let k = self.expr(slice);
                self.emit(InstKind::DelItem { obj: o, key: k }, span);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i);
                }
            }
            _ => self.error(Diagnostic::syntax(span, "cannot delete expression")),
        }
    }
}
