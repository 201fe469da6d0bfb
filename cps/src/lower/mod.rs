//! Lowering of the AST to the state-machine IR.
//!
//! One [`FnLower`] per Python function (the module body is one too). It
//! owns a small block builder: blocks are created first and placed later
//! (regenerator's `loc()`/`mark()`), the block being filled is `cur`, and a
//! block takes the exception handler in force when it is switched to.
//!
//! Expressions evaluate strictly left to right, each child into its own
//! register before the next child runs. An `await` ends the current block
//! with a `Suspend` and lowering simply continues in the resume block, so an
//! `await` nested anywhere (call arguments, operands, f-strings,
//! comprehensions, conditions) becomes a state of its own while every value
//! computed before it stays in a register that liveness then records as
//! part of the saved frame.
//!
//! Control that leaves a `try` with a `finally` (return/break/continue)
//! inlines the `finally` body on that path, as CPython does; a stack of
//! [`Cleanup`]s says what to run, and a stack of loops where `break` and
//! `continue` go.
//!
//! Files: `expr` (expressions), `call` (calls, `super()`), `comprehension`
//! (comprehensions, generator expressions), `target` (assignment targets,
//! `del`, augmented assignment), `stmt` (statements, functions, `try`),
//! `compound` (`with`, `async for`, `class`), `pattern` (`match`), `tidy`
//! (CFG clean-up), `fold` (constant right operands folded into their
//! instruction, with optimisations on).

mod call;
mod compound;
mod comprehension;
pub(crate) mod expr;
mod fold;
mod pattern;
mod stmt;
mod target;
mod tidy;

use crate::scope::{all_params, Resolution, ScopeId, ScopeTree};
use indexmap::{IndexMap, IndexSet};
use num_bigint::BigInt;
use pycps_frontend::ast::{self, Stmt};
use pycps_frontend::{Diagnostic, Span};
use pycps_ir as ir;
use pycps_ir::{BlockId, ConstId, FuncId, InstKind, NameId, StateId, Terminator, ValueId};
use std::collections::HashMap;

/// Where a Python variable lives, seen from the function being lowered.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Slot {
    Reg(ValueId),
    Cell(ValueId),
    Global(NameId),
    /// A class body namespace entry.
    Name(NameId),
}

/// Module-wide tables shared by all functions.
pub(crate) struct ModuleCtx<'a> {
    pub tree: &'a ScopeTree,
    pub functions: Vec<Option<ir::Function>>,
    pub consts: Vec<ir::Const>,
    const_map: HashMap<String, ConstId>,
    pub names: IndexSet<String>,
    pub errors: Vec<Diagnostic>,
    pub optimize: bool,
    /// The source text (annotations kept as text).
    pub source: String,
    /// Caret anchors of binary operations and subscripts (traceback info).
    pub anchors: Vec<(ir::Span, ir::CaretAnchor)>,
}

impl<'a> ModuleCtx<'a> {
    pub fn name(&mut self, n: &str) -> NameId {
        let (i, _) = self.names.insert_full(n.to_string());
        NameId::new(i)
    }

    pub fn constant(&mut self, c: ir::Const) -> ConstId {
        let key = match &c {
            ir::Const::None => "N".to_string(),
            ir::Const::Bool(b) => format!("b{b}"),
            ir::Const::Int(i) => format!("i{i}"),
            ir::Const::BigInt(i) => format!("I{i}"),
            ir::Const::Float(f) => format!("f{}", f.to_bits()),
            ir::Const::Str(s) => format!("s{s}"),
            ir::Const::Bytes(b) => format!("y{b:?}"),
            ir::Const::Ellipsis => "E".to_string(),
        };
        if let Some(&id) = self.const_map.get(&key) {
            return id;
        }
        let id = ConstId::new(self.consts.len());
        self.consts.push(c);
        self.const_map.insert(key, id);
        id
    }

    fn reserve_function(&mut self) -> FuncId {
        self.functions.push(None);
        FuncId::new(self.functions.len() - 1)
    }
}

/// What must run when control leaves a protected region early.
#[derive(Clone)]
pub(crate) enum Cleanup<'a> {
    /// A `with` block: call `exit(None, None, None)` (awaited when
    /// `is_async`) in the context of the `with` statement.
    With {
        exit: ValueId,
        is_async: bool,
        handler: Option<BlockId>,
    },
    /// A `finally` body, inlined on every early exit. `handler` and
    /// `loop_depth` are the context of the `try` statement itself.
    Finally {
        body: &'a [Stmt],
        handler: Option<BlockId>,
        loop_depth: usize,
    },
    /// Inside an `except` body (or a `finally` on the exception path): pop
    /// the handled exception, and unbind the `as` name if any.
    Handled { unbind: Option<Slot> },
}

#[derive(Clone, Copy)]
pub(crate) struct LoopCtx {
    pub brk: BlockId,
    pub cont: BlockId,
    pub cleanup_depth: usize,
}

pub(crate) struct FnLower<'m, 'a> {
    pub m: &'m mut ModuleCtx<'a>,
    pub scope: ScopeId,
    pub id: FuncId,
    pub kind: ir::FunctionKind,
    pub qualname: String,
    pub blocks: Vec<ir::Block>,
    terminated: Vec<bool>,
    /// Blocks in the order lowering first emitted into them: the printed
    /// layout, which follows the source.
    placed: Vec<BlockId>,
    is_placed: Vec<bool>,
    pub cur: BlockId,
    pub value_names: Vec<Option<String>>,
    pub vars: IndexMap<String, Slot>,
    /// Comprehension variables in scope, innermost last.
    pub comp_env: Vec<IndexMap<String, Slot>>,
    pub handler: Option<BlockId>,
    pub loops: Vec<LoopCtx>,
    pub cleanups: Vec<Cleanup<'a>>,
    pub states: Vec<ir::SuspendPoint>,
    /// Copy named locals into temporaries when read (set while lowering a
    /// statement containing `:=`, which can rebind a local mid-expression).
    pub copy_locals: bool,
    pub is_module: bool,
    /// Number of parameters (the first one is `self` for `super()`).
    pub params_count: usize,
    /// This frame's closure cells by variable name (its `freevars`).
    pub free_cells: IndexMap<String, ValueId>,
    /// The docstring of the body being lowered (the function's `__doc__`).
    pub doc: Option<String>,
    /// Comprehensions inlined here (traceback frames of their own).
    pub comprehensions: Vec<ir::CompRegion>,
}

/// The docstring of a `def`/`class` body: its first statement when that
/// is a plain string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    match &body.first()?.kind {
        ast::StmtKind::Expr(ast::Expr {
            kind: ast::ExprKind::Constant(ast::Constant::Str(s)),
            ..
        }) => Some(s.clone()),
        _ => None,
    }
}

impl<'m, 'a> FnLower<'m, 'a> {
    fn new(
        m: &'m mut ModuleCtx<'a>,
        scope: ScopeId,
        id: FuncId,
        kind: ir::FunctionKind,
        qualname: String,
    ) -> Self {
        let is_module = matches!(kind, ir::FunctionKind::Module { .. });
        let mut f = FnLower {
            m,
            scope,
            id,
            kind,
            qualname,
            blocks: Vec::new(),
            terminated: Vec::new(),
            placed: Vec::new(),
            is_placed: Vec::new(),
            cur: BlockId(0),
            value_names: Vec::new(),
            vars: IndexMap::new(),
            comp_env: Vec::new(),
            handler: None,
            loops: Vec::new(),
            cleanups: Vec::new(),
            states: Vec::new(),
            copy_locals: false,
            doc: None,
            comprehensions: Vec::new(),
            is_module,
            params_count: 0,
            free_cells: IndexMap::new(),
        };
        let entry = f.new_block();
        f.switch_to(entry);
        f
    }

    // ---- builder -------------------------------------------------------

    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(ir::Block {
            insts: Vec::new(),
            term: Terminator::Unreachable,
            term_span: ir::Span::default(),
            handler: None,
        });
        self.terminated.push(false);
        self.is_placed.push(false);
        BlockId::new(self.blocks.len() - 1)
    }

    /// Continues emitting into `b`, which takes the handler now in force.
    pub fn switch_to(&mut self, b: BlockId) {
        if !self.is_placed[b.index()] {
            self.is_placed[b.index()] = true;
            self.placed.push(b);
        }
        self.cur = b;
        self.blocks[b.index()].handler = self.handler;
    }

    /// If the current block is already terminated (code after `return`),
    /// continue in a fresh block that nothing reaches; it is pruned later.
    fn ensure_open(&mut self) {
        if self.terminated[self.cur.index()] {
            let b = self.new_block();
            self.switch_to(b);
        }
    }

    pub fn emit(&mut self, kind: InstKind, span: Span) {
        self.ensure_open();
        self.blocks[self.cur.index()].insts.push(ir::Inst {
            kind,
            span: ir_span(span),
        });
    }

    pub fn terminate(&mut self, term: Terminator, span: Span) {
        self.ensure_open();
        let b = &mut self.blocks[self.cur.index()];
        b.term = term;
        b.term_span = ir_span(span);
        self.terminated[self.cur.index()] = true;
    }

    pub fn jump(&mut self, target: BlockId, span: Span) {
        self.terminate(Terminator::Jump { target }, span);
    }

    pub fn is_terminated(&self) -> bool {
        self.terminated[self.cur.index()]
    }

    pub fn temp(&mut self) -> ValueId {
        self.value_names.push(None);
        ValueId::new(self.value_names.len() - 1)
    }

    pub fn named(&mut self, name: &str) -> ValueId {
        self.value_names.push(Some(name.to_string()));
        ValueId::new(self.value_names.len() - 1)
    }

    pub fn error(&mut self, d: Diagnostic) {
        self.m.errors.push(d);
    }

    pub fn const_value(&mut self, c: ir::Const, span: Span) -> ValueId {
        let t = self.temp();
        self.const_into(c, t, span);
        t
    }

    pub fn const_into(&mut self, c: ir::Const, dst: ValueId, span: Span) {
        let value = self.m.constant(c);
        self.emit(InstKind::Const { dst, value }, span);
    }

    pub fn none(&mut self, span: Span) -> ValueId {
        self.const_value(ir::Const::None, span)
    }

    /// Ends the block with a suspend and continues in its resume block,
    /// where `dst` holds the value sent back in.
    pub fn suspend(&mut self, kind: ir::SuspendKind, value: ValueId, dst: ValueId, span: Span) {
        let state = StateId::new(self.states.len() + 1);
        let resume = self.new_block();
        let block = {
            self.ensure_open();
            self.cur
        };
        self.terminate(
            Terminator::Suspend {
                state,
                kind,
                value,
                resume,
                dst,
            },
            span,
        );
        self.states.push(ir::SuspendPoint {
            state,
            block,
            resume,
            live: Vec::new(),
            span: ir_span(span),
        });
        self.switch_to(resume);
    }

    // ---- names ---------------------------------------------------------

    pub fn slot(&mut self, name: &str) -> Slot {
        for env in self.comp_env.iter().rev() {
            if let Some(s) = env.get(name) {
                return *s;
            }
        }
        if let Some(s) = self.vars.get(name) {
            return *s;
        }
        let n = self.m.name(name);
        if self.kind == ir::FunctionKind::ClassBody {
            Slot::Name(n)
        } else {
            Slot::Global(n)
        }
    }

    /// The register holding the value of `name`.
    pub fn load_name(&mut self, name: &str, span: Span) -> ValueId {
        match self.slot(name) {
            Slot::Reg(r) => {
                let n = self.m.name(name);
                self.emit(InstKind::CheckBound { var: r, name: n }, span);
                if self.copy_locals {
                    let t = self.temp();
                    self.emit(InstKind::Move { dst: t, src: r }, span);
                    t
                } else {
                    r
                }
            }
            Slot::Cell(c) => {
                let t = self.temp();
                let n = self.m.name(name);
                let local = self
                    .vars
                    .get(name)
                    .is_some_and(|s| matches!(s, Slot::Cell(x) if *x == c))
                    && !self.m.tree.scope(self.scope).frees.contains(name);
                self.emit(
                    InstKind::LoadCell {
                        dst: t,
                        cell: c,
                        name: n,
                        local,
                    },
                    span,
                );
                t
            }
            Slot::Global(n) => {
                let t = self.temp();
                self.emit(InstKind::LoadGlobal { dst: t, name: n }, span);
                t
            }
            Slot::Name(n) => {
                let t = self.temp();
                self.emit(InstKind::LoadName { dst: t, name: n }, span);
                t
            }
        }
    }

    pub fn store_name(&mut self, name: &str, src: ValueId, span: Span) {
        match self.slot(name) {
            Slot::Reg(r) => {
                if r != src {
                    self.emit(InstKind::Move { dst: r, src }, span)
                }
            }
            Slot::Cell(c) => self.emit(InstKind::StoreCell { cell: c, src }, span),
            Slot::Global(n) => self.emit(InstKind::StoreGlobal { name: n, src }, span),
            Slot::Name(n) => self.emit(InstKind::StoreName { name: n, src }, span),
        }
    }

    pub fn unbind_slot(&mut self, slot: Slot, span: Span) {
        match slot {
            Slot::Reg(r) => self.emit(InstKind::Unbind { var: r }, span),
            Slot::Cell(c) => {
                // An empty cell: store the unbound marker by re-creating it
                // would break sharing; unbind the value inside instead.
                let t = self.temp();
                self.emit(InstKind::Unbind { var: t }, span);
                self.emit(InstKind::StoreCell { cell: c, src: t }, span);
            }
            Slot::Global(n) => self.emit(InstKind::DeleteGlobal { name: n }, span),
            Slot::Name(n) => self.emit(InstKind::DeleteName { name: n }, span),
        }
    }

    // ---- finishing -----------------------------------------------------

    fn finish(mut self, name: String, params: ir::Params, freevars: Vec<ValueId>, span: Span) {
        tidy::tidy_blocks(&mut self.blocks, &mut self.states, &self.placed);
        let mut func = ir::Function {
            id: self.id,
            name,
            qualname: self.qualname,
            kind: self.kind,
            params,
            num_values: self.value_names.len() as u32,
            value_names: self.value_names,
            freevars,
            blocks: self.blocks,
            entry: BlockId(0),
            states: self.states,
            span: ir_span(span),
            doc: self.doc,
            comprehensions: self.comprehensions,
        };
        if self.m.optimize {
            fold::fold_const_operands(&mut func);
            ir::analysis::elide_bound_checks(&mut func);
        }
        ir::analysis::compute_suspend_live_sets(&mut func);
        self.m.functions[self.id.index()] = Some(func);
    }
}

pub(crate) fn ir_span(s: Span) -> ir::Span {
    ir::Span {
        start: s.start,
        end: s.end,
    }
}

/// Lowers a parsed module to IR. `filename` and `source` are kept in the IR
/// for tracebacks.
pub fn lower_module(
    module: &ast::Module,
    tree: &ScopeTree,
    filename: &str,
    source: &str,
    options: crate::LowerOptions,
) -> Result<ir::Module, Vec<Diagnostic>> {
    let mut m = ModuleCtx {
        optimize: options.optimize,
        tree,
        functions: Vec::new(),
        consts: Vec::new(),
        const_map: HashMap::new(),
        names: IndexSet::new(),
        errors: Vec::new(),
        source: source.to_string(),
        anchors: Vec::new(),
    };
    let root = tree.scope_of(module).ok_or_else(|| {
        vec![Diagnostic::syntax(
            module.span,
            "internal: module scope missing",
        )]
    })?;
    let id = m.reserve_function();
    let is_async = tree.scope(root).has_await;
    {
        let mut f = FnLower::new(
            &mut m,
            root,
            id,
            ir::FunctionKind::Module { is_async },
            "<module>".into(),
        );
        let body = &module.body;
        let (init, last) = match body.split_last() {
            Some((last, init)) if matches!(last.kind, ast::StmtKind::Expr(_)) => (init, Some(last)),
            _ => (&body[..], None),
        };
        f.stmts(init);
        let result = match last {
            Some(Stmt {
                kind: ast::StmtKind::Expr(e),
                ..
            }) => {
                f.copy_locals = expr::contains_walrus(e);
                let v = f.expr(e);
                f.copy_locals = false;
                v
            }
            _ => f.none(module.span),
        };
        let end = Span::new(module.span.end as usize, module.span.end as usize);
        f.terminate(Terminator::Return { value: result }, end);
        f.finish(
            "<module>".into(),
            ir::Params::default(),
            Vec::new(),
            module.span,
        );
    }
    if !m.errors.is_empty() {
        return Err(m.errors);
    }
    let functions: Vec<ir::Function> = m.functions.into_iter().flatten().collect();
    Ok(ir::Module {
        filename: filename.to_string(),
        source: source.to_string(),
        functions,
        entry: FuncId(0),
        consts: m.consts,
        names: m.names.into_iter().collect(),
        anchors: m.anchors,
        library_start: None,
    })
}

/// Pieces of a function definition shared by `def` and `lambda`.
pub(crate) struct FnSpec<'a> {
    pub name: String,
    pub params: &'a ast::Parameters,
    pub is_async: bool,
    /// A class body (`ClassBody` kind) rather than a function.
    pub is_class: bool,
    pub span: Span,
    pub node_scope: ScopeId,
}

impl<'m, 'a> FnLower<'m, 'a> {
    /// Lowers a nested function, emitting `MakeFunction` into `self`;
    /// `body` lowers the callee's body.
    pub(crate) fn lower_function(
        &mut self,
        spec: FnSpec<'a>,
        body: impl FnOnce(&mut FnLower<'_, 'a>),
    ) -> ValueId {
        // Defaults are evaluated here, in the enclosing scope, left to right.
        let mut defaults = Vec::new();
        for p in spec.params.posonly.iter().chain(&spec.params.args) {
            if let Some(d) = &p.default {
                let v = self.expr(d);
                let t = self.copy_if_local(v, d.span);
                defaults.push(t);
            }
        }
        let mut kwdefaults = Vec::new();
        for p in &spec.params.kwonly {
            if let Some(d) = &p.default {
                let v = self.expr(d);
                let t = self.copy_if_local(v, d.span);
                let n = self.m.name(&p.name.name);
                kwdefaults.push((n, t));
            }
        }
        let scope = self.m.tree.scope(spec.node_scope);
        let frees: Vec<String> = scope.frees.iter().cloned().collect();
        let kind = match (spec.is_class, spec.is_async, scope.has_yield) {
            (true, _, _) => ir::FunctionKind::ClassBody,
            (false, true, true) => ir::FunctionKind::AsyncGenerator,
            (false, true, false) => ir::FunctionKind::Coroutine,
            (false, false, true) => ir::FunctionKind::Generator,
            (false, false, false) => ir::FunctionKind::Function,
        };
        let mut closure = Vec::new();
        for name in &frees {
            match self.closure_cell(name) {
                Some(c) => closure.push(c),
                None => {
                    self.error(Diagnostic::syntax(
                        spec.span,
                        format!("internal: free variable '{name}' has no cell"),
                    ));
                }
            }
        }
        let qualname = if self.is_module {
            spec.name.clone()
        } else if self.kind == ir::FunctionKind::ClassBody {
            format!("{}.{}", self.qualname, spec.name)
        } else {
            format!("{}.<locals>.{}", self.qualname, spec.name)
        };
        let id = self.m.reserve_function();
        {
            let mut f = FnLower::new(self.m, spec.node_scope, id, kind, qualname);
            let (params, freevars) = f.prologue(spec.params, &frees);
            body(&mut f);
            if !f.is_terminated() {
                let none = f.none(spec.span);
                let end = Span::new(spec.span.end as usize, spec.span.end as usize);
                f.terminate(Terminator::Return { value: none }, end);
            }
            f.finish(spec.name, params, freevars, spec.span);
        }
        let dst = self.temp();
        self.emit(
            InstKind::MakeFunction {
                dst,
                func: id,
                defaults,
                kwdefaults,
                closure,
            },
            spec.span,
        );
        dst
    }

    /// The cell to pass for `name` in a nested function's closure: a
    /// comprehension variable's cell, this frame's own closure cell, or a
    /// cell variable of this frame.
    fn closure_cell(&mut self, name: &str) -> Option<ValueId> {
        for env in self.comp_env.iter().rev() {
            if let Some(s) = env.get(name) {
                return match s {
                    Slot::Cell(c) => Some(*c),
                    _ => None,
                };
            }
        }
        if let Some(&c) = self.free_cells.get(name) {
            return Some(c);
        }
        match self.vars.get(name) {
            Some(Slot::Cell(c)) => Some(*c),
            _ => None,
        }
    }

    pub(crate) fn copy_if_local(&mut self, v: ValueId, span: Span) -> ValueId {
        if self.value_names.get(v.index()).is_some_and(|n| n.is_some()) {
            let t = self.temp();
            self.emit(InstKind::Move { dst: t, src: v }, span);
            t
        } else {
            v
        }
    }

    /// Allocates parameter registers, closure registers, cells and the
    /// other locals of a function frame.
    fn prologue(
        &mut self,
        params: &ast::Parameters,
        frees: &[String],
    ) -> (ir::Params, Vec<ValueId>) {
        let mut names = Vec::new();
        let mut param_regs = Vec::new();
        for p in all_params(params) {
            let r = self.named(&p.name.name);
            names.push(p.name.name.clone());
            param_regs.push((p.name.name.clone(), r, p.span));
        }
        self.params_count = names.len();
        let ir_params = ir::Params {
            names,
            posonly: params.posonly.len() as u32,
            positional: (params.posonly.len() + params.args.len()) as u32,
            vararg: params.vararg.is_some(),
            kwonly: params.kwonly.len() as u32,
            kwarg: params.kwarg.is_some(),
        };
        let mut freevars = Vec::new();
        for name in frees {
            let r = self.named(name);
            freevars.push(r);
            self.free_cells.insert(name.clone(), r);
            self.vars.insert(name.clone(), Slot::Cell(r));
        }
        let scope = self.m.tree.scope(self.scope);
        let cells = scope.cells.clone();
        let bound: Vec<String> = scope.bound.iter().cloned().collect();
        for (name, r, span) in param_regs {
            if cells.contains(&name) {
                let c = self.named(&name);
                self.emit(InstKind::MakeCell { dst: c }, span);
                self.emit(InstKind::StoreCell { cell: c, src: r }, span);
                self.vars.insert(name, Slot::Cell(c));
            } else {
                self.vars.insert(name, Slot::Reg(r));
            }
        }
        if self.kind == ir::FunctionKind::ClassBody {
            if cells.contains("__class__") {
                let c = self.named("__class__");
                self.emit(InstKind::MakeCell { dst: c }, Span::default());
                self.vars.insert("__class__".into(), Slot::Cell(c));
            }
            let globals = scope.declared_global.clone();
            // Names the class body binds live in its namespace, even when
            // a method also receives a same-named variable of an enclosing
            // function through this frame (that cell stays in
            // `free_cells`, for closures only).
            for name in bound.into_iter().chain(globals.iter().cloned()) {
                if self.vars.contains_key(&name) && !self.free_cells.contains_key(&name) {
                    continue;
                }
                let n = self.m.name(&name);
                let slot = if globals.contains(&name) {
                    Slot::Global(n)
                } else {
                    Slot::Name(n)
                };
                self.vars.insert(name, slot);
            }
            return (ir_params, freevars);
        }
        for name in bound {
            if self.vars.contains_key(&name) {
                continue;
            }
            match self.m.tree.resolve(self.scope, &name) {
                Resolution::Local => {
                    let r = self.named(&name);
                    self.vars.insert(name, Slot::Reg(r));
                }
                Resolution::Cell => {
                    let c = self.named(&name);
                    let span = Span::default();
                    self.emit(InstKind::MakeCell { dst: c }, span);
                    self.vars.insert(name, Slot::Cell(c));
                }
                Resolution::Free | Resolution::Global | Resolution::Name => {}
            }
        }
        (ir_params, freevars)
    }

    /// True inside an `async def` (or at module level, where top-level
    /// `await` is a pycps extension).
    pub fn allows_await(&self) -> bool {
        matches!(
            self.kind,
            ir::FunctionKind::Coroutine
                | ir::FunctionKind::AsyncGenerator
                | ir::FunctionKind::Module { .. }
        )
    }
}

pub(crate) fn int_const(i: &BigInt) -> ir::Const {
    match i64::try_from(i) {
        Ok(v) => ir::Const::Int(v),
        Err(_) => ir::Const::BigInt(i.clone()),
    }
}
