//! The text form of the IR: stable, readable, made for snapshots and for
//! teaching how `await` becomes states.
//!
//! Shape (one function):
//!
//! ```text
//! function f1 fetch_all(urls) [coroutine]
//!   locals: v0=urls v1=out v2=u (11 registers)
//!   states:
//!     s0 start -> bb0
//!     s1 await bb2 -> bb3 live {out, u, v5}
//!   bb0:
//!     v1(out) = build_list []                 ; line 2
//!     jump bb1
//! ```
//!
//! Registers print as `vN`, followed by `(name)` when they hold a named
//! local; live sets print names (temporaries as `vN`). Constants print as
//! Python reprs, interned names inline. The `; line N` comment appears when
//! an instruction has a non-empty span. Printing never panics on malformed
//! ids (they print as `<c9?>`), so broken IR can be shown next to its
//! verifier errors.

use crate::{
    Const, ConstId, Conversion, Function, FunctionKind, InstKind, Module, NameId, Span,
    SuspendKind, Terminator, UnaryOp, ValueId,
};
use std::fmt::Write;

/// The whole module: a header line, then every function in id order.
pub fn to_text(module: &Module) -> String {
    let mut out = format!("module {:?} entry {}\n", module.filename, module.entry);
    for func in &module.functions {
        out.push('\n');
        out.push_str(&function_to_text(module, func));
    }
    out
}

/// One function: header, locals, state table, blocks in index order.
pub fn function_to_text(module: &Module, func: &Function) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "function {} {}({}) [{}]",
        func.id,
        func.name,
        params_text(func),
        kind_text(func.kind)
    );
    if func.qualname != func.name {
        let _ = writeln!(out, "  qualname: {}", func.qualname);
    }
    if !func.freevars.is_empty() {
        let free: Vec<String> = func.freevars.iter().map(|&v| reg(func, v)).collect();
        let _ = writeln!(out, "  freevars: {}", free.join(" "));
    }
    let locals: Vec<String> = func
        .value_names
        .iter()
        .enumerate()
        .filter_map(|(i, n)| n.as_ref().map(|n| format!("{}={n}", ValueId::new(i))))
        .collect();
    let _ = writeln!(
        out,
        "  locals: {}{}({} registers)",
        locals.join(" "),
        if locals.is_empty() { "" } else { " " },
        func.num_values
    );
    if !func.states.is_empty() {
        let _ = writeln!(out, "  states:");
        let _ = writeln!(out, "    s0 start -> {}", func.entry);
        for sp in &func.states {
            let kind = match func.blocks.get(sp.block.index()).map(|b| &b.term) {
                Some(Terminator::Suspend { kind, .. }) => suspend_kind(*kind),
                _ => "?",
            };
            let _ = writeln!(
                out,
                "    {} {kind} {} -> {} live {{{}}}",
                sp.state,
                sp.block,
                sp.resume,
                live_names(func, &sp.live)
            );
        }
    }
    let reachable = crate::analysis::reachable(func);
    for (bi, block) in func.blocks.iter().enumerate() {
        let mut head = format!("  {}", crate::BlockId::new(bi));
        let mut notes = Vec::new();
        if let Some(h) = block.handler {
            notes.push(format!("handler {h}"));
        }
        if !reachable.get(bi).copied().unwrap_or(false) {
            notes.push("unreachable".to_string());
        }
        if !notes.is_empty() {
            let _ = write!(head, " ({})", notes.join(", "));
        }
        let _ = writeln!(out, "{head}:");
        for inst in &block.insts {
            let text = inst_to_text(module, func, &inst.kind);
            out.push_str(&with_comments(
                &text,
                line_comment(module, inst.span).into_iter().collect(),
            ));
        }
        let mut comments: Vec<String> = line_comment(module, block.term_span).into_iter().collect();
        if let Terminator::Suspend { state, .. } = &block.term {
            if let Some(sp) = func.state(*state) {
                comments.push(format!("live: {}", live_names(func, &sp.live)));
            }
        }
        out.push_str(&with_comments(&term_to_text(func, &block.term), comments));
    }
    out
}

fn with_comments(text: &str, comments: Vec<String>) -> String {
    if comments.is_empty() {
        format!("    {text}\n")
    } else {
        format!("    {text:<40}  ; {}\n", comments.join("; "))
    }
}

fn line_comment(module: &Module, span: Span) -> Option<String> {
    (span.end > span.start).then(|| format!("line {}", module.line_of(span.start)))
}

pub(crate) fn kind_text(kind: FunctionKind) -> &'static str {
    match kind {
        FunctionKind::Module { is_async: false } => "module",
        FunctionKind::Module { is_async: true } => "async module",
        FunctionKind::Function => "function",
        FunctionKind::Coroutine => "coroutine",
        FunctionKind::Generator => "generator",
        FunctionKind::AsyncGenerator => "async generator",
        FunctionKind::ClassBody => "class body",
    }
}

fn suspend_kind(kind: SuspendKind) -> &'static str {
    match kind {
        SuspendKind::Await => "await",
        SuspendKind::Yield => "yield",
        SuspendKind::YieldFrom => "yield_from",
    }
}

/// Python-style parameter list: `a, b, /, c, *args, d, **kw`.
fn params_text(func: &Function) -> String {
    let p = &func.params;
    let mut names = p.names.iter();
    let mut parts: Vec<String> = Vec::new();
    for i in 0..p.positional {
        parts.extend(names.next().cloned());
        if i + 1 == p.posonly {
            parts.push("/".into());
        }
    }
    if p.vararg {
        parts.extend(names.next().map(|n| format!("*{n}")));
    } else if p.kwonly > 0 {
        parts.push("*".into());
    }
    for _ in 0..p.kwonly {
        parts.extend(names.next().cloned());
    }
    if p.kwarg {
        parts.extend(names.next().map(|n| format!("**{n}")));
    }
    parts.extend(names.cloned()); // inconsistent layout: show the rest anyway
    parts.join(", ")
}

/// `v3`, or `v3(name)` for a named local.
fn reg(func: &Function, v: ValueId) -> String {
    match func.value_names.get(v.index()).and_then(|n| n.as_deref()) {
        Some(name) => format!("{v}({name})"),
        None => v.to_string(),
    }
}

fn regs(func: &Function, vs: &[ValueId]) -> String {
    vs.iter()
        .map(|&v| reg(func, v))
        .collect::<Vec<_>>()
        .join(", ")
}

fn live_names(func: &Function, live: &[ValueId]) -> String {
    live.iter()
        .map(|&v| func.value_label(v))
        .collect::<Vec<_>>()
        .join(", ")
}

fn name(module: &Module, n: NameId) -> String {
    module
        .names
        .get(n.index())
        .cloned()
        .unwrap_or_else(|| format!("<{n}?>"))
}

/// A constant as printed (`1`, `'a'`, `None`).
fn konst(module: &Module, c: ConstId) -> String {
    module
        .consts
        .get(c.index())
        .map(const_repr)
        .unwrap_or_else(|| format!("<{c}?>"))
}

/// Arguments with CPython's keyword convention: the last `kwnames.len()`
/// are `key=value`.
fn call_args(module: &Module, func: &Function, args: &[ValueId], kwnames: &[NameId]) -> String {
    let npos = args.len().saturating_sub(kwnames.len());
    let mut parts: Vec<String> = args[..npos].iter().map(|&v| reg(func, v)).collect();
    for (i, &v) in args[npos..].iter().enumerate() {
        let key = kwnames.get(i).map(|&n| name(module, n)).unwrap_or_default();
        parts.push(format!("{key}={}", reg(func, v)));
    }
    parts.join(", ")
}

/// One instruction, without its line comment.
pub fn inst_to_text(module: &Module, func: &Function, inst: &InstKind) -> String {
    use InstKind::*;
    let r = |v: &ValueId| reg(func, *v);
    let op = inst.opcode();
    match inst {
        Const { dst, value } => format!("{} = const {}", r(dst), konst(module, *value)),
        Move { dst, src } => format!("{} = move {}", r(dst), r(src)),
        CheckBound { var, name: n } => {
            let n = name(module, *n);
            if func.value_names.get(var.index()).and_then(|x| x.as_deref()) == Some(n.as_str()) {
                format!("check_bound {}", r(var))
            } else {
                format!("check_bound {} as {n}", r(var))
            }
        }
        Unbind { var } => format!("unbind {}", r(var)),
        LoadGlobal { dst, name: n } => format!("{} = load_global {}", r(dst), name(module, *n)),
        StoreGlobal { name: n, src } => format!("store_global {} = {}", name(module, *n), r(src)),
        DeleteGlobal { name: n } => format!("delete_global {}", name(module, *n)),
        LoadBuiltin { dst, name: n } | LoadName { dst, name: n } => {
            format!("{} = {op} {}", r(dst), name(module, *n))
        }
        StoreName { name: n, src } => format!("store_name {} = {}", name(module, *n), r(src)),
        DeleteName { name: n } => format!("delete_name {}", name(module, *n)),
        BuildClass {
            dst,
            body,
            args,
            kwnames,
        } => {
            let kw = args.len().saturating_sub(kwnames.len());
            let mut parts: Vec<String> = args[..kw].iter().map(r).collect();
            for (n, v) in kwnames.iter().zip(&args[kw..]) {
                parts.push(format!("{}={}", name(module, *n), r(v)));
            }
            format!("{} = build_class {}({})", r(dst), r(body), parts.join(", "))
        }
        PrepareWith {
            enter,
            exit,
            mgr,
            is_async,
        } => format!(
            "{}, {} = prepare_with{} {}",
            r(enter),
            r(exit),
            if *is_async { " async" } else { "" },
            r(mgr)
        ),
        MakeCell { dst } => format!("{} = make_cell", r(dst)),
        LoadCell {
            dst,
            cell,
            name: n,
            local,
        } => format!(
            "{} = load_cell {} {}{}",
            r(dst),
            r(cell),
            name(module, *n),
            if *local { " local" } else { "" }
        ),
        StoreCell { cell, src } => format!("store_cell {} = {}", r(cell), r(src)),
        MakeFunction {
            dst,
            func: callee,
            defaults,
            kwdefaults,
            closure,
        } => {
            let mut s = format!("{} = make_function {callee}", r(dst));
            if let Some(c) = module.functions.get(callee.index()) {
                let _ = write!(s, " {}", c.name);
            }
            if !defaults.is_empty() {
                let _ = write!(s, " defaults [{}]", regs(func, defaults));
            }
            if !kwdefaults.is_empty() {
                let kw: Vec<String> = kwdefaults
                    .iter()
                    .map(|(n, v)| format!("{}={}", name(module, *n), r(v)))
                    .collect();
                let _ = write!(s, " kwdefaults [{}]", kw.join(", "));
            }
            if !closure.is_empty() {
                let _ = write!(s, " closure [{}]", regs(func, closure));
            }
            s
        }
        Call {
            dst,
            func: f,
            args,
            kwnames,
        } => format!(
            "{} = call {}({})",
            r(dst),
            r(f),
            call_args(module, func, args, kwnames)
        ),
        CallEx {
            dst,
            func: f,
            args,
            kwargs,
        } => match kwargs {
            Some(k) => format!("{} = call_ex {}(*{}, **{})", r(dst), r(f), r(args), r(k)),
            None => format!("{} = call_ex {}(*{})", r(dst), r(f), r(args)),
        },
        CallMethod {
            dst,
            obj,
            name: n,
            args,
            kwnames,
        } => format!(
            "{} = call_method {}.{}({})",
            r(dst),
            r(obj),
            name(module, *n),
            call_args(module, func, args, kwnames)
        ),
        GetAttr { dst, obj, name: n } => {
            format!("{} = get_attr {}.{}", r(dst), r(obj), name(module, *n))
        }
        SetAttr { obj, name: n, src } => {
            format!("set_attr {}.{} = {}", r(obj), name(module, *n), r(src))
        }
        DelAttr { obj, name: n } => format!("del_attr {}.{}", r(obj), name(module, *n)),
        GetItem { dst, obj, key } => format!("{} = get_item {}[{}]", r(dst), r(obj), r(key)),
        SetItem { obj, key, src } => format!("set_item {}[{}] = {}", r(obj), r(key), r(src)),
        DelItem { obj, key } => format!("del_item {}[{}]", r(obj), r(key)),
        BuildSlice {
            dst,
            lower,
            upper,
            step,
        } => {
            let o = |x: &Option<ValueId>| x.as_ref().map(r).unwrap_or_else(|| "None".into());
            format!(
                "{} = build_slice {}:{}:{}",
                r(dst),
                o(lower),
                o(upper),
                o(step)
            )
        }
        Binary {
            dst,
            op: bop,
            lhs,
            rhs,
            inplace,
        } => format!(
            "{} = binary {} {}{} {}",
            r(dst),
            r(lhs),
            bop.symbol(),
            if *inplace { "=" } else { "" },
            r(rhs)
        ),
        Unary { dst, op: uop, src } => {
            let sym = match uop {
                UnaryOp::Neg => "-",
                UnaryOp::Pos => "+",
                UnaryOp::Invert => "~",
                UnaryOp::Not => "not ",
            };
            format!("{} = unary {sym}{}", r(dst), r(src))
        }
        Compare {
            dst,
            op: cop,
            lhs,
            rhs,
        } => format!(
            "{} = compare {} {} {}",
            r(dst),
            r(lhs),
            cop.symbol(),
            r(rhs)
        ),
        BinaryConst {
            dst,
            op: bop,
            lhs,
            rhs,
            inplace,
        } => format!(
            "{} = binary {} {}{} const {}",
            r(dst),
            r(lhs),
            bop.symbol(),
            if *inplace { "=" } else { "" },
            konst(module, *rhs)
        ),
        CompareConst {
            dst,
            op: cop,
            lhs,
            rhs,
        } => format!(
            "{} = compare {} {} const {}",
            r(dst),
            r(lhs),
            cop.symbol(),
            konst(module, *rhs)
        ),
        BuildList { dst, items } | BuildTuple { dst, items } | BuildSet { dst, items } => {
            format!("{} = {op} [{}]", r(dst), regs(func, items))
        }
        BuildString { dst, parts } => format!("{} = {op} [{}]", r(dst), regs(func, parts)),
        BuildDict { dst, items } => {
            let kv: Vec<String> = items
                .iter()
                .map(|(k, v)| format!("{}: {}", r(k), r(v)))
                .collect();
            format!("{} = build_dict {{{}}}", r(dst), kv.join(", "))
        }
        Truthy { dst, src }
        | ListToTuple { dst, src }
        | GetIter { dst, src }
        | GetAwaitable { dst, src }
        | TypeOf { dst, src }
        | GetAIter { dst, src }
        | GetANext { dst, src }
        | GetYieldFromIter { dst, src } => format!("{} = {op} {}", r(dst), r(src)),
        ListAppend { list: a, src: b }
        | ListExtend { list: a, src: b }
        | SetAdd { set: a, src: b }
        | DictUpdate { dict: a, src: b } => format!("{op} {}, {}", r(a), r(b)),
        DictSet { dict, key, value } => {
            format!("dict_set {}[{}] = {}", r(dict), r(key), r(value))
        }
        FormatValue {
            dst,
            src,
            conversion,
            spec,
        } => {
            let mut s = format!("{} = format_value {}", r(dst), r(src));
            if let Some(c) = conversion {
                s.push_str(match c {
                    Conversion::Str => " !s",
                    Conversion::Repr => " !r",
                    Conversion::Ascii => " !a",
                });
            }
            if let Some(spec) = spec {
                let _ = write!(s, " spec {}", r(spec));
            }
            s
        }
        UnpackSequence { dsts, src } => {
            format!("{} = unpack_sequence {}", regs(func, dsts), r(src))
        }
        UnpackEx {
            before,
            star,
            after,
            src,
        } => {
            let mut parts: Vec<String> = before.iter().map(r).collect();
            parts.push(format!("*{}", r(star)));
            parts.extend(after.iter().map(r));
            format!("{} = unpack_ex {}", parts.join(", "), r(src))
        }
        Import { dst, module: m } => format!("{} = import {}", r(dst), name(module, *m)),
        ImportFrom {
            dst,
            module: m,
            name: n,
        } => format!("{} = import_from {}.{}", r(dst), r(m), name(module, *n)),
        LoadException { dst } | LoadHandled { dst } => format!("{} = {op}", r(dst)),
        MatchSequence { dst, subject } | MatchMapping { dst, subject } => {
            format!("{} = {op} {}", r(dst), r(subject))
        }
        MatchClass {
            dst,
            subject,
            cls,
            nargs,
            kwnames,
        } => {
            let mut s = format!("{} = match_class {} {}", r(dst), r(subject), r(cls));
            let _ = write!(s, " nargs {nargs}");
            if !kwnames.is_empty() {
                let kw: Vec<String> = kwnames.iter().map(|&n| name(module, n)).collect();
                let _ = write!(s, " kw [{}]", kw.join(", "));
            }
            s
        }
        ExceptionMatch { dst, exc, ty } => {
            format!("{} = exception_match {}, {}", r(dst), r(exc), r(ty))
        }
        PushHandled { exc } => format!("push_handled {}", r(exc)),
        PopHandled => "pop_handled".to_string(),
        ExceptStarMatch { dst, state, ty } => {
            format!("{} = except_star_match {}, {}", r(dst), r(state), r(ty))
        }
        ExceptStarReraise { dst, state } => {
            format!("{} = except_star_reraise {}", r(dst), r(state))
        }
    }
}

/// One terminator, without comments.
pub fn term_to_text(func: &Function, term: &Terminator) -> String {
    let r = |v: &ValueId| reg(func, *v);
    match term {
        Terminator::Jump { target } => format!("jump {target}"),
        Terminator::Branch {
            cond,
            then_to,
            else_to,
        } => format!("branch {} then {then_to} else {else_to}", r(cond)),
        Terminator::ForIter {
            iter,
            dst,
            body,
            exit,
        } => format!("for_iter {} -> {} then {body} else {exit}", r(iter), r(dst)),
        Terminator::Return { value } => format!("return {}", r(value)),
        Terminator::Raise { exc, cause } => match cause {
            Some(c) => format!("raise {} from {}", r(exc), r(c)),
            None => format!("raise {}", r(exc)),
        },
        Terminator::Reraise { exc } => format!("reraise {}", r(exc)),
        Terminator::Suspend {
            state,
            kind,
            value,
            resume,
            dst,
        } => format!(
            "suspend {state} {} {} -> {resume}({})",
            suspend_kind(*kind),
            r(value),
            r(dst)
        ),
        Terminator::Unreachable => "unreachable".to_string(),
    }
}

/// A constant as Python's `repr` prints it.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(i) => i.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Str(s) => quoted(s.chars(), ""),
        Const::Bytes(b) => quoted(b.iter().map(|&b| b as char), "b"),
        Const::Ellipsis => "Ellipsis".into(),
    }
}

/// Python's `repr(float)`: shortest round-trip digits, exponent form
/// outside `1e-4 <= |x| < 1e16`.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if f == 0.0 || (-4..16).contains(&exp) {
        let s = format!("{f}");
        if s.contains('.') {
            s
        } else {
            format!("{s}.0")
        }
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.abs())
    }
}

/// Quotes like Python's `repr(str)` / `repr(bytes)`: single quotes unless
/// the text contains `'` and no `"`. For bytes, chars are the byte values.
fn quoted(chars: impl Iterator<Item = char> + Clone, prefix: &str) -> String {
    let bytes = prefix == "b";
    let has_single = chars.clone().any(|c| c == '\'');
    let has_double = chars.clone().any(|c| c == '"');
    let q = if has_single && !has_double { '"' } else { '\'' };
    let mut out = format!("{prefix}{q}");
    for c in chars {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f || (bytes && c as u32 > 0x7f) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (0x80..0xa0).contains(&(c as u32)) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}
