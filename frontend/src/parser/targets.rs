//! Checks that assignment, `for`, `with ... as`, augmented-assignment and
//! `del` targets are assignable, with CPython's messages
//! ("cannot assign to function call", "cannot delete literal", ...).
//!
//! Errors are emitted (not returned) so parsing continues after them.

use crate::ast::{Constant, Expr, ExprKind};
use crate::lexer::Tok;
use crate::span::Span;
use chumsky::error::Rich;
use chumsky::input::Emitter;

/// Where a target occurs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    /// `a = b = value` (the outermost target).
    Assign,
    /// `for` loops, comprehensions, `with ... as`, nested targets.
    For,
    /// `target op= value`.
    Aug,
    /// `target: annotation`.
    Ann,
    /// `del target`.
    Del,
}

/// CPython's name for an expression kind in target errors.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Finds the first non-assignable part of `e`, with its message.
pub(crate) fn target_error(e: &Expr, ctx: Ctx) -> Option<(Span, String)> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            if ctx == Ctx::Aug {
                return Some((
                    e.span,
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(e)
                    ),
                ));
            }
            if ctx == Ctx::Ann {
                let what = expr_name(e);
                return Some((
                    e.span,
                    format!("only single target (not {what}) can be annotated"),
                ));
            }
            let inner = if ctx == Ctx::Del { Ctx::Del } else { Ctx::For };
            let mut starred = 0;
            for elt in elts {
                if matches!(elt.kind, ExprKind::Starred(_)) {
                    starred += 1;
                    if starred > 1 && ctx != Ctx::Del {
                        return Some((
                            elt.span,
                            "multiple starred expressions in assignment".into(),
                        ));
                    }
                }
                if let Some(err) = target_error(elt, inner) {
                    return Some(err);
                }
            }
            None
        }
        ExprKind::Starred(_) if ctx == Ctx::Assign => Some((
            e.span,
            "starred assignment target must be in a list or tuple".into(),
        )),
        ExprKind::Starred(inner) if ctx == Ctx::For => target_error(inner, Ctx::For),
        _ => {
            let name = expr_name(e);
            let msg = match ctx {
                Ctx::Del => format!("cannot delete {name}"),
                Ctx::Aug => format!("'{name}' is an illegal expression for augmented assignment"),
                Ctx::Ann => "illegal target for annotation".to_string(),
                Ctx::Assign
                    if matches!(
                        e.kind,
                        ExprKind::Call { .. } | ExprKind::Constant(_) | ExprKind::Compare { .. }
                    ) =>
                {
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
                }
                Ctx::Assign | Ctx::For => format!("cannot assign to {name}"),
            };
            Some((e.span, msg))
        }
    }
}

/// Emits the first target error of `e`, if any.
pub(crate) fn emit_target_errors(e: &Expr, ctx: Ctx, emitter: &mut Emitter<Rich<'_, Tok, Span>>) {
    if let Some((span, msg)) = target_error(e, ctx) {
        emitter.emit(Rich::custom(span, msg));
    }
}
