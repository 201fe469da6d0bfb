//! Expression lowering.
//!
//! `expr` returns the register holding an expression's value; `expr_into`
//! writes it into a given register. Children are evaluated strictly left to
//! right into their own registers; `await` ends the block with a suspend
//! and lowering continues in the resume block (see the module docs of
//! `lower`). Short-circuit operators, conditional expressions and chained
//! comparisons branch into a join block and write one shared temporary on
//! every arm.

use super::comprehension::CompKind;
use super::{int_const, FnLower, FnSpec};
use pycps_frontend::ast::*;
use pycps_frontend::{Diagnostic, Span};
use pycps_ir as ir;
use pycps_ir::{InstKind, Terminator, ValueId};

/// Does the expression contain an `await` or `yield` (outside nested
/// functions)? Such subtrees change the attribute-call lowering.
pub(crate) fn contains_suspend(e: &Expr) -> bool {
    any_subexpr(e, &|x| {
        matches!(
            x.kind,
            ExprKind::Await(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_)
        )
    })
}

pub(crate) fn contains_walrus(e: &Expr) -> bool {
    any_subexpr(e, &|x| matches!(x.kind, ExprKind::NamedExpr { .. }))
}

/// True if `pred` holds for `e` or any subexpression evaluated in the same
/// frame (lambda bodies are not).
fn any_subexpr(e: &Expr, pred: &dyn Fn(&Expr) -> bool) -> bool {
    if pred(e) {
        return true;
    }
    let any = |xs: &[Expr]| xs.iter().any(|x| any_subexpr(x, pred));
    let comp = |gens: &[Comprehension]| {
        gens.iter().any(|g| {
            any_subexpr(&g.iter, pred)
                || any_subexpr(&g.target, pred)
                || g.ifs.iter().any(|c| any_subexpr(c, pred))
        })
    };
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) | ExprKind::Lambda { .. } => false,
        ExprKind::FString(parts) => fstring_any(parts, pred),
        ExprKind::BoolOp { values, .. } => any(values),
        ExprKind::NamedExpr { value, .. } => any_subexpr(value, pred),
        ExprKind::BinOp { left, right, .. } => any_subexpr(left, pred) || any_subexpr(right, pred),
        ExprKind::UnaryOp { operand, .. } => any_subexpr(operand, pred),
        ExprKind::IfExp { test, body, orelse } => {
            any_subexpr(test, pred) || any_subexpr(body, pred) || any_subexpr(orelse, pred)
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().any(|k| any_subexpr(k, pred)) || any(values)
        }
        ExprKind::Set(xs) | ExprKind::List(xs) | ExprKind::Tuple(xs) => any(xs),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => any_subexpr(elt, pred) || comp(generators),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => any_subexpr(key, pred) || any_subexpr(value, pred) || comp(generators),
        ExprKind::Await(x) | ExprKind::YieldFrom(x) | ExprKind::Starred(x) => any_subexpr(x, pred),
        ExprKind::Yield(x) => x.as_ref().is_some_and(|x| any_subexpr(x, pred)),
        ExprKind::Compare {
            left, comparators, ..
        } => any_subexpr(left, pred) || any(comparators),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            any_subexpr(func, pred)
                || any(args)
                || keywords.iter().any(|k| any_subexpr(&k.value, pred))
        }
        ExprKind::Attribute { value, .. } => any_subexpr(value, pred),
        ExprKind::Subscript { value, slice } => {
            any_subexpr(value, pred) || any_subexpr(slice, pred)
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .any(|x| any_subexpr(x, pred)),
    }
}

fn fstring_any(parts: &[FStringPart], pred: &dyn Fn(&Expr) -> bool) -> bool {
    parts.iter().any(|p| match p {
        FStringPart::Literal(_) => false,
        FStringPart::Expr(fe) => {
            any_subexpr(&fe.value, pred)
                || fe
                    .format_spec
                    .as_ref()
                    .is_some_and(|s| fstring_any(s, pred))
        }
    })
}

/// Whether `expr_into(e, dst)` writes `dst` only once, after every read of
/// the expression's operands: then a named local can be the destination.
pub(crate) fn writes_dst_last(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Constant(_)
            | ExprKind::BinOp { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::Call { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. }
            | ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::Dict { .. }
            | ExprKind::FString(_)
            | ExprKind::Await(_)
            | ExprKind::Yield(_)
    ) || matches!(&e.kind, ExprKind::Compare { ops, .. } if ops.len() == 1)
}

fn binop(op: BinOp) -> ir::BinaryOp {
    match op {
        BinOp::Add => ir::BinaryOp::Add,
        BinOp::Sub => ir::BinaryOp::Sub,
        BinOp::Mult => ir::BinaryOp::Mul,
        BinOp::MatMult => ir::BinaryOp::MatMul,
        BinOp::Div => ir::BinaryOp::TrueDiv,
        BinOp::Mod => ir::BinaryOp::Mod,
        BinOp::Pow => ir::BinaryOp::Pow,
        BinOp::LShift => ir::BinaryOp::LShift,
        BinOp::RShift => ir::BinaryOp::RShift,
        BinOp::BitOr => ir::BinaryOp::BitOr,
        BinOp::BitXor => ir::BinaryOp::BitXor,
        BinOp::BitAnd => ir::BinaryOp::BitAnd,
        BinOp::FloorDiv => ir::BinaryOp::FloorDiv,
    }
}

pub(crate) fn ir_binop(op: BinOp) -> ir::BinaryOp {
    binop(op)
}

fn cmpop(op: CmpOp) -> ir::CompareOp {
    match op {
        CmpOp::Eq => ir::CompareOp::Eq,
        CmpOp::NotEq => ir::CompareOp::Ne,
        CmpOp::Lt => ir::CompareOp::Lt,
        CmpOp::LtE => ir::CompareOp::Le,
        CmpOp::Gt => ir::CompareOp::Gt,
        CmpOp::GtE => ir::CompareOp::Ge,
        CmpOp::Is => ir::CompareOp::Is,
        CmpOp::IsNot => ir::CompareOp::IsNot,
        CmpOp::In => ir::CompareOp::In,
        CmpOp::NotIn => ir::CompareOp::NotIn,
    }
}

impl<'m, 'a> FnLower<'m, 'a> {
    pub fn expr(&mut self, e: &'a Expr) -> ValueId {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n, e.span),
            _ => {
                let t = self.temp();
                self.expr_into(e, t);
                t
            }
        }
    }

    pub fn expr_into(&mut self, e: &'a Expr, dst: ValueId) {
        let span = e.span;
        match &e.kind {
            ExprKind::Name(n) => {
                let v = self.load_name(n, span);
                if v != dst {
                    self.emit(InstKind::Move { dst, src: v }, span);
                }
            }
            ExprKind::Constant(c) => {
                let c = match c {
                    Constant::None => ir::Const::None,
                    Constant::Bool(b) => ir::Const::Bool(*b),
                    Constant::Int(i) => int_const(i),
                    Constant::Float(f) => ir::Const::Float(*f),
                    Constant::Str(s) => ir::Const::Str(s.clone()),
                    Constant::Bytes(b) => ir::Const::Bytes(b.clone()),
                    Constant::Ellipsis => ir::Const::Ellipsis,
                    Constant::Complex(_) => {
                        self.error(Diagnostic::unsupported(span, "complex numbers"));
                        ir::Const::None
                    }
                };
                self.const_into(c, dst, span);
            }
            ExprKind::FString(parts) => {
                let pieces = self.fstring_parts(parts, span);
                match pieces.as_slice() {
                    [] => self.const_into(ir::Const::Str(String::new()), dst, span),
                    _ => self.emit(InstKind::BuildString { dst, parts: pieces }, span),
                }
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_block();
                for (i, v) in values.iter().enumerate() {
                    self.expr_into(v, dst);
                    if i + 1 < values.len() {
                        let next = self.new_block();
                        let (then_to, else_to) = match op {
                            BoolOp::And => (next, end),
                            BoolOp::Or => (end, next),
                        };
                        self.terminate(
                            Terminator::Branch {
                                cond: dst,
                                then_to,
                                else_to,
                            },
                            v.span,
                        );
                        self.switch_to(next);
                    }
                }
                self.jump(end, span);
                self.switch_to(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr_into(value, dst);
                self.store_name(&target.name, dst, target.span);
            }
            ExprKind::BinOp { left, op, right } => {
                self.m.anchors.push((
                    super::ir_span(span),
                    ir::CaretAnchor::BinOp {
                        left_end: left.span.end,
                        right_start: right.span.start,
                    },
                ));
                let lhs = self.expr(left);
                let rhs = self.expr(right);
                self.emit(
                    InstKind::Binary {
                        dst,
                        op: binop(*op),
                        lhs,
                        rhs,
                        inplace: false,
                    },
                    span,
                );
            }
            ExprKind::UnaryOp { op, operand } => {
                let src = self.expr(operand);
                let op = match op {
                    UnaryOp::Invert => ir::UnaryOp::Invert,
                    UnaryOp::Not => ir::UnaryOp::Not,
                    UnaryOp::UAdd => ir::UnaryOp::Pos,
                    UnaryOp::USub => ir::UnaryOp::Neg,
                };
                self.emit(InstKind::Unary { dst, op, src }, span);
            }
            ExprKind::Lambda { params, body } => {
                let Some(scope) = self.m.tree.scope_of(e) else {
                    self.error(Diagnostic::syntax(span, "internal: lambda scope missing"));
                    return;
                };
                let spec = FnSpec {
                    name: "<lambda>".into(),
                    params,
                    is_async: false,
                    is_class: false,
                    span,
                    node_scope: scope,
                };
                let f = self.lower_function(spec, |f| {
                    let v = f.expr(body);
                    f.terminate(Terminator::Return { value: v }, body.span);
                });
                self.emit(InstKind::Move { dst, src: f }, span);
            }
            ExprKind::IfExp { test, body, orelse } => {
                let cond = self.expr(test);
                let then_b = self.new_block();
                let else_b = self.new_block();
                let end = self.new_block();
                self.terminate(
                    Terminator::Branch {
                        cond,
                        then_to: then_b,
                        else_to: else_b,
                    },
                    test.span,
                );
                self.switch_to(then_b);
                self.expr_into(body, dst);
                self.jump(end, span);
                self.switch_to(else_b);
                self.expr_into(orelse, dst);
                self.jump(end, span);
                self.switch_to(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values, dst, span),
            ExprKind::Set(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    // `{a, *b}`: CPython's BUILD_SET / SET_ADD / SET_UPDATE
                    // (a set operand is merged table-wise, which decides the
                    // iteration order).
                    // Built in a temporary: `dst` may be a variable the
                    // items read (`s = {*s, 1}`).
                    let set = self.temp();
                    self.emit(
                        InstKind::BuildSet {
                            dst: set,
                            items: vec![],
                        },
                        span,
                    );
                    let update = self.m.name("update");
                    for item in items {
                        match &item.kind {
                            ExprKind::Starred(inner) => {
                                let v = self.expr(inner);
                                let ignored = self.temp();
                                self.emit(
                                    InstKind::CallMethod {
                                        dst: ignored,
                                        obj: set,
                                        name: update,
                                        args: vec![v],
                                        kwnames: vec![],
                                    },
                                    item.span,
                                );
                            }
                            _ => {
                                let v = self.expr(item);
                                self.emit(InstKind::SetAdd { set, src: v }, item.span);
                            }
                        }
                    }
                    self.emit(InstKind::Move { dst, src: set }, span);
                    return;
                }
                let regs = self.exprs(items);
                if items.len() > 2 && items.iter().all(is_folded_constant) {
                    self.constant_set_display(regs, dst, span);
                    return;
                }
                self.emit(InstKind::BuildSet { dst, items: regs }, span);
            }
            ExprKind::List(items) => self.sequence_display(items, dst, span, false),
            ExprKind::Tuple(items) => self.sequence_display(items, dst, span, true),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List(elt), generators, dst)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set(elt), generators, dst)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict(key, value), generators, dst),
            ExprKind::GeneratorExp { elt, generators } => {
                self.generator_expression(e, elt, generators, dst)
            }
            ExprKind::Await(inner) => {
                if !self.allows_await() {
                    self.error(Diagnostic::syntax(span, "'await' outside async function"));
                    return;
                }
                let v = self.expr(inner);
                let a = self.temp();
                self.emit(InstKind::GetAwaitable { dst: a, src: v }, span);
                self.suspend(ir::SuspendKind::Await, a, dst, span);
            }
            ExprKind::Yield(value) => {
                if self.is_module {
                    self.error(Diagnostic::syntax(span, "'yield' outside function"));
                    return;
                }
                let v = match value {
                    Some(v) => self.expr(v),
                    None => self.none(span),
                };
                self.suspend(ir::SuspendKind::Yield, v, dst, span);
            }
            ExprKind::YieldFrom(value) => {
                if self.is_module {
                    self.error(Diagnostic::syntax(span, "'yield' outside function"));
                    return;
                }
                if self.allows_await() {
                    self.error(Diagnostic::syntax(
                        span,
                        "'yield from' inside async function",
                    ));
                    return;
                }
                let v = self.expr(value);
                let it = self.temp();
                self.emit(InstKind::GetYieldFromIter { dst: it, src: v }, span);
                self.suspend(ir::SuspendKind::YieldFrom, it, dst, span);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut lhs = self.expr(left);
                let end = self.new_block();
                for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
                    let rhs = self.expr(right);
                    self.emit(
                        InstKind::Compare {
                            dst,
                            op: cmpop(*op),
                            lhs,
                            rhs,
                        },
                        span,
                    );
                    if i + 1 < ops.len() {
                        let next = self.new_block();
                        self.terminate(
                            Terminator::Branch {
                                cond: dst,
                                then_to: next,
                                else_to: end,
                            },
                            span,
                        );
                        self.switch_to(next);
                    }
                    lhs = rhs;
                }
                if ops.len() > 1 {
                    self.jump(end, span);
                    self.switch_to(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, dst, span),
            ExprKind::Attribute { value, attr } => {
                let obj = self.expr(value);
                let name = self.m.name(&attr.name);
                self.emit(InstKind::GetAttr { dst, obj, name }, span);
            }
            ExprKind::Subscript { value, slice } => {
                self.subscript_anchor(span, value, slice);
                let obj = self.expr(value);
                let key = self.expr(slice);
                self.emit(InstKind::GetItem { dst, obj, key }, span);
            }
            ExprKind::Starred(_) => {
                self.error(Diagnostic::syntax(
                    span,
                    "can't use starred expression here",
                ));
            }
            ExprKind::Slice { lower, upper, step } => {
                let lower = lower.as_ref().map(|x| self.expr(x));
                let upper = upper.as_ref().map(|x| self.expr(x));
                let step = step.as_ref().map(|x| self.expr(x));
                self.emit(
                    InstKind::BuildSlice {
                        dst,
                        lower,
                        upper,
                        step,
                    },
                    span,
                );
            }
        }
    }

    /// `{1, 2, 3}` with more than two constant items: CPython folds the items
    /// into a `frozenset` constant, which its constant merging rebuilds from
    /// its own iteration order (`frozenset(tuple(fs))`), and merges that
    /// into a new set (`BUILD_SET 0; LOAD_CONST fs; SET_UPDATE`). The slot
    /// order differs from adding the items one by one, so this does the
    /// same: `set().update(frozenset(tuple(frozenset(items))))`.
    fn constant_set_display(&mut self, regs: Vec<ValueId>, dst: ValueId, span: Span) {
        let items = self.temp();
        self.emit(
            InstKind::BuildTuple {
                dst: items,
                items: regs,
            },
            span,
        );
        let frozenset = self.temp();
        let name = self.m.name("frozenset");
        self.emit(
            InstKind::LoadBuiltin {
                dst: frozenset,
                name,
            },
            span,
        );
        let tuple = self.temp();
        let name = self.m.name("tuple");
        self.emit(InstKind::LoadBuiltin { dst: tuple, name }, span);
        let mut value = items;
        for func in [frozenset, tuple, frozenset] {
            let out = self.temp();
            self.emit(
                InstKind::Call {
                    dst: out,
                    func,
                    args: vec![value],
                    kwnames: vec![],
                },
                span,
            );
            value = out;
        }
        self.emit(InstKind::BuildSet { dst, items: vec![] }, span);
        let ignored = self.temp();
        let name = self.m.name("update");
        self.emit(
            InstKind::CallMethod {
                dst: ignored,
                obj: dst,
                name,
                args: vec![value],
                kwnames: vec![],
            },
            span,
        );
    }

    pub fn exprs(&mut self, items: &'a [Expr]) -> Vec<ValueId> {
        items.iter().map(|i| self.expr(i)).collect()
    }

    /// `[a, *b, c]` / `(a, *b)`: a plain build when nothing is starred,
    /// otherwise a list grown with `ListExtend` (then made a tuple).
    fn sequence_display(&mut self, items: &'a [Expr], dst: ValueId, span: Span, tuple: bool) {
        let starred = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !starred {
            let regs = self.exprs(items);
            let kind = if tuple {
                InstKind::BuildTuple { dst, items: regs }
            } else {
                InstKind::BuildList { dst, items: regs }
            };
            self.emit(kind, span);
            return;
        }
        let list = self.starred_list(items, span);
        if tuple {
            self.emit(InstKind::ListToTuple { dst, src: list }, span);
        } else {
            self.emit(InstKind::Move { dst, src: list }, span);
        }
    }

    /// Builds a fresh list from items that may contain `*iterable`.
    pub(crate) fn starred_list(&mut self, items: &'a [Expr], span: Span) -> ValueId {
        let list = self.temp();
        let prefix = items
            .iter()
            .take_while(|i| !matches!(i.kind, ExprKind::Starred(_)))
            .count();
        let regs = self.exprs(&items[..prefix]);
        self.emit(
            InstKind::BuildList {
                dst: list,
                items: regs,
            },
            span,
        );
        for item in &items[prefix..] {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    let v = self.expr(inner);
                    self.emit(InstKind::ListExtend { list, src: v }, item.span);
                }
                _ => {
                    let v = self.expr(item);
                    self.emit(InstKind::ListAppend { list, src: v }, item.span);
                }
            }
        }
        list
    }

    fn dict_display(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        dst: ValueId,
        span: Span,
    ) {
        if keys.iter().all(|k| k.is_some()) {
            let mut items = Vec::new();
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    let kr = self.expr(k);
                    let vr = self.expr(v);
                    items.push((kr, vr));
                }
            }
            self.emit(InstKind::BuildDict { dst, items }, span);
            return;
        }
        let d = self.temp();
        self.emit(
            InstKind::BuildDict {
                dst: d,
                items: Vec::new(),
            },
            span,
        );
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    let kr = self.expr(k);
                    let vr = self.expr(v);
                    self.emit(
                        InstKind::DictSet {
                            dict: d,
                            key: kr,
                            value: vr,
                        },
                        v.span,
                    );
                }
                None => {
                    let vr = self.expr(v);
                    self.emit(InstKind::DictUpdate { dict: d, src: vr }, v.span);
                }
            }
        }
        self.emit(InstKind::Move { dst, src: d }, span);
    }

    /// Records the caret anchor of `value[slice]` at `span` (tracebacks).
    pub(crate) fn subscript_anchor(&mut self, span: Span, value: &Expr, slice: &Expr) {
        self.m.anchors.push((
            super::ir_span(span),
            ir::CaretAnchor::Subscript {
                value_end: value.span.end,
                slice_end: slice.span.end,
            },
        ));
    }

    fn fstring_parts(&mut self, parts: &'a [FStringPart], span: Span) -> Vec<ValueId> {
        let mut out = Vec::new();
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if !s.is_empty() {
                        out.push(self.const_value(ir::Const::Str(s.clone()), span));
                    }
                }
                FStringPart::Expr(fe) => {
                    if let Some(text) = &fe.debug_text {
                        out.push(self.const_value(ir::Const::Str(text.clone()), fe.span));
                    }
                    let src = self.expr(&fe.value);
                    let spec = match &fe.format_spec {
                        Some(spec) => {
                            let pieces = self.fstring_parts(spec, fe.span);
                            let t = self.temp();
                            if pieces.is_empty() {
                                self.const_into(ir::Const::Str(String::new()), t, fe.span);
                            } else {
                                self.emit(
                                    InstKind::BuildString {
                                        dst: t,
                                        parts: pieces,
                                    },
                                    fe.span,
                                );
                            }
                            Some(t)
                        }
                        None => None,
                    };
                    let conversion = match fe.conversion {
                        Some('r') => Some(ir::Conversion::Repr),
                        Some('s') => Some(ir::Conversion::Str),
                        Some('a') => Some(ir::Conversion::Ascii),
                        // `{x=}` shows the repr unless a spec is given.
                        None if fe.debug_text.is_some() && spec.is_none() => {
                            Some(ir::Conversion::Repr)
                        }
                        _ => None,
                    };
                    let dst = self.temp();
                    self.emit(
                        InstKind::FormatValue {
                            dst,
                            src,
                            conversion,
                            spec,
                        },
                        // CPython 3.11 reports a failed format at the whole
                        // f-string (its `FormattedValue` location).
                        span,
                    );
                    out.push(dst);
                }
            }
        }
        out
    }
}

/// Whether CPython's AST optimizer turns `e` into a constant (what its
/// compiler's `are_all_items_const` sees): literals, signs and `~` applied
/// to numeric literals, and tuples of constants.
fn is_folded_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp {
            op: UnaryOp::USub | UnaryOp::UAdd,
            operand,
        } => matches!(
            operand.kind,
            ExprKind::Constant(
                Constant::Int(_) | Constant::Bool(_) | Constant::Float(_) | Constant::Complex(_)
            )
        ),
        ExprKind::UnaryOp {
            op: UnaryOp::Invert,
            operand,
        } => matches!(
            operand.kind,
            ExprKind::Constant(Constant::Int(_) | Constant::Bool(_))
        ),
        ExprKind::Tuple(items) => items.iter().all(is_folded_constant),
        _ => false,
    }
}
