//! Scope resolution: which names are locals, cells, free variables or globals.
//!
//! One pass collects, per scope (module, `def`, `lambda`, comprehension),
//! the names it binds, the names it reads and its `global`/`nonlocal`
//! declarations; a second pass resolves every name that is not bound where
//! it is used by walking outwards, marking the binder's variable as a cell
//! and the name as free in every function scope in between (CPython's
//! `symtable` rules).
//!
//! Comprehensions are *inline* scopes: the lowering expands them in the
//! enclosing function's frame (as CPython 3.12 does, PEP 709), so their
//! targets get fresh registers there and never leak, and an `await` inside
//! one is a state of the enclosing coroutine. They therefore never carry
//! free variables themselves: a name read inside one resolves to whatever it
//! means in the enclosing function.
//!
//! Scopes are keyed by the address of their AST node; the AST is borrowed
//! immutably for the whole compilation, so addresses are stable.

use indexmap::{IndexMap, IndexSet};
use pycps_frontend::ast::*;
use pycps_frontend::{Diagnostic, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub usize);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    /// A generator expression: a real generator function whose single
    /// parameter `.0` is the iterator of its first `for`.
    GenExpr,
    /// A class body: its names live in the class namespace and are not
    /// visible to functions nested in it (except `__class__`, the implicit
    /// cell that zero-argument `super()` reads).
    Class,
    Comprehension,
}

/// How a name is accessed from a given scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A plain local of this frame.
    Local,
    /// A local of this frame captured by an inner function: lives in a cell.
    Cell,
    /// A variable of an enclosing function, reached through a closure cell.
    Free,
    /// A module global (or builtin).
    Global,
    /// A name in a class body namespace (falling back to globals).
    Name,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    /// Names bound here, in order of first binding (parameters first).
    pub bound: IndexSet<String>,
    pub declared_global: IndexSet<String>,
    pub declared_nonlocal: IndexMap<String, Span>,
    /// Names read or written here that are not bound here.
    pub uses: IndexMap<String, Span>,
    /// Bound names captured by inner scopes.
    pub cells: IndexSet<String>,
    /// Names this scope's frame receives through its closure, in order.
    pub frees: IndexSet<String>,
    pub is_async: bool,
    pub has_await: bool,
    pub has_yield: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<ScopeId>) -> Self {
        Scope {
            kind,
            parent,
            bound: IndexSet::new(),
            declared_global: IndexSet::new(),
            declared_nonlocal: IndexMap::new(),
            uses: IndexMap::new(),
            cells: IndexSet::new(),
            frees: IndexSet::new(),
            is_async: false,
            has_await: false,
            has_yield: false,
        }
    }
}

/// All scopes of a module, with resolution results.
#[derive(Debug)]
pub struct ScopeTree {
    pub scopes: Vec<Scope>,
    by_node: std::collections::HashMap<usize, ScopeId>,
}

impl ScopeTree {
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0]
    }

    /// The scope created by an AST node (function def, lambda, comprehension
    /// expression or the module).
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }

    /// The nearest enclosing non-comprehension scope (the frame owner).
    pub fn frame_scope(&self, mut id: ScopeId) -> ScopeId {
        while self.scopes[id.0].kind == ScopeKind::Comprehension {
            match self.scopes[id.0].parent {
                Some(p) => id = p,
                None => break,
            }
        }
        id
    }

    /// How `name` resolves when used in frame-owning scope `id`.
    pub fn resolve(&self, id: ScopeId, name: &str) -> Resolution {
        let scope = &self.scopes[id.0];
        if scope.kind == ScopeKind::Module || scope.declared_global.contains(name) {
            return Resolution::Global;
        }
        if scope.declared_nonlocal.contains_key(name) || scope.frees.contains(name) {
            return Resolution::Free;
        }
        if scope.kind == ScopeKind::Class {
            return Resolution::Name;
        }
        if scope.bound.contains(name) {
            if scope.cells.contains(name) {
                return Resolution::Cell;
            }
            return Resolution::Local;
        }
        Resolution::Global
    }
}

/// Builds and resolves the scope tree of a module.
pub fn analyze(module: &Module) -> Result<ScopeTree, Vec<Diagnostic>> {
    let mut b = Collector {
        tree: ScopeTree {
            scopes: Vec::new(),
            by_node: Default::default(),
        },
        current: ScopeId(0),
        errors: Vec::new(),
    };
    let root = b.push(ScopeKind::Module, module as *const Module as usize);
    b.current = root;
    b.stmts(&module.body);
    let Collector {
        mut tree,
        mut errors,
        ..
    } = b;
    resolve_all(&mut tree, &mut errors);
    if errors.is_empty() {
        Ok(tree)
    } else {
        Err(errors)
    }
}

fn resolve_all(tree: &mut ScopeTree, errors: &mut Vec<Diagnostic>) {
    for id in 0..tree.scopes.len() {
        let scope = &tree.scopes[id];
        if scope.kind == ScopeKind::Module {
            continue;
        }
        let mut wanted: Vec<(String, Span, bool)> = scope
            .uses
            .iter()
            .filter(|(n, _)| !scope.bound.contains(*n) && !scope.declared_global.contains(*n))
            .map(|(n, s)| (n.clone(), *s, false))
            .collect();
        wanted.extend(
            scope
                .declared_nonlocal
                .iter()
                .map(|(n, s)| (n.clone(), *s, true)),
        );
        for (name, span, is_nonlocal) in wanted {
            let found = find_binder(tree, ScopeId(id), &name);
            match found {
                Some(binder) => {
                    let b = &tree.scopes[binder.0];
                    if (b.bound.contains(&name) && !b.declared_nonlocal.contains_key(&name))
                        || (b.kind == ScopeKind::Class && name == "__class__")
                    {
                        tree.scopes[binder.0].cells.insert(name.clone());
                    }
                    // Every frame-owning scope from here up to (not including)
                    // the binder receives the cell through its closure.
                    let mut cur = Some(ScopeId(id));
                    while let Some(c) = cur {
                        if c == binder {
                            break;
                        }
                        if tree.scopes[c.0].kind != ScopeKind::Comprehension {
                            tree.scopes[c.0].frees.insert(name.clone());
                        }
                        cur = tree.scopes[c.0].parent;
                    }
                }
                None if is_nonlocal => errors.push(Diagnostic::syntax(
                    span,
                    format!("no binding for nonlocal '{name}' found"),
                )),
                None => {}
            }
        }
    }
}

/// The nearest enclosing function scope (strictly outside the frame of
/// `from`) that binds `name`, skipping comprehensions inlined into `from`'s
/// own frame.
fn find_binder(tree: &ScopeTree, from: ScopeId, name: &str) -> Option<ScopeId> {
    // Comprehension scopes inline into their parent frame: a name they do
    // not bind is simply the frame's own name, never free.
    if tree.scopes[from.0].kind == ScopeKind::Comprehension {
        return None;
    }
    let mut cur = tree.scopes[from.0].parent;
    while let Some(c) = cur {
        let s = &tree.scopes[c.0];
        match s.kind {
            ScopeKind::Module => return None,
            // Class namespaces are invisible to nested functions, except
            // for the implicit `__class__` cell.
            ScopeKind::Class => {
                if name == "__class__" {
                    return Some(c);
                }
            }
            _ => {
                if s.declared_global.contains(name) {
                    return None;
                }
                if s.bound.contains(name) || s.declared_nonlocal.contains_key(name) {
                    return Some(c);
                }
            }
        }
        cur = s.parent;
    }
    None
}

struct Collector {
    tree: ScopeTree,
    current: ScopeId,
    errors: Vec<Diagnostic>,
}

impl Collector {
    fn push(&mut self, kind: ScopeKind, key: usize) -> ScopeId {
        let id = ScopeId(self.tree.scopes.len());
        let parent = if self.tree.scopes.is_empty() {
            None
        } else {
            Some(self.current)
        };
        self.tree.scopes.push(Scope::new(kind, parent));
        self.tree.by_node.insert(key, id);
        id
    }

    fn cur(&mut self) -> &mut Scope {
        &mut self.tree.scopes[self.current.0]
    }

    fn bind(&mut self, name: &str, span: Span) {
        let scope = self.cur();
        if scope.declared_global.contains(name) || scope.declared_nonlocal.contains_key(name) {
            scope.uses.entry(name.to_string()).or_insert(span);
            return;
        }
        scope.bound.insert(name.to_string());
    }

    fn use_name(&mut self, name: &str, span: Span) {
        // Zero-argument `super()` reads the `__class__` cell of the
        // enclosing class, as in CPython.
        if name == "super" {
            let frame = self.tree.frame_scope(self.current);
            if matches!(
                self.tree.scopes[frame.0].kind,
                ScopeKind::Function | ScopeKind::Lambda
            ) {
                self.tree.scopes[frame.0]
                    .uses
                    .entry("__class__".to_string())
                    .or_insert(span);
            }
        }
        // A comprehension is inlined into its frame: a name it does not bind
        // itself is a use by the frame (which may make it free there).
        let mut id = self.current;
        loop {
            let scope = &mut self.tree.scopes[id.0];
            if scope.kind != ScopeKind::Comprehension {
                scope.uses.entry(name.to_string()).or_insert(span);
                return;
            }
            if scope.bound.contains(name) {
                scope.uses.entry(name.to_string()).or_insert(span);
                return;
            }
            match scope.parent {
                Some(p) => id = p,
                None => return,
            }
        }
    }

    /// `x := v` binds in the nearest non-comprehension scope.
    fn bind_walrus(&mut self, name: &str, span: Span) {
        let saved = self.current;
        self.current = self.tree.frame_scope(self.current);
        self.bind(name, span);
        self.current = saved;
        self.use_name(name, span);
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n, t.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n, target.span);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.expr(annotation);
                self.target(target);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.cur().has_await = true;
                }
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.params_outer(&f.params);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.bind(&f.name.name, f.name.span);
                let saved = self.current;
                let id = self.push(ScopeKind::Function, &**f as *const FunctionDef as usize);
                self.current = id;
                self.cur().is_async = f.is_async;
                self.params_inner(&f.params);
                self.stmts(&f.body);
                self.current = saved;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.bind(&c.name.name, c.name.span);
                let saved = self.current;
                let id = self.push(ScopeKind::Class, &**c as *const ClassDef as usize);
                self.current = id;
                self.stmts(&c.body);
                self.current = saved;
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.name, n.span);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    match &a.asname {
                        Some(n) => self.bind(&n.name, n.span),
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name);
                            self.bind(top, a.span);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    match &a.asname {
                        Some(n) => self.bind(&n.name, n.span),
                        None if a.name != "*" => self.bind(&a.name, a.span),
                        None => {}
                    }
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    if self.cur().bound.contains(&n.name) || self.cur().uses.contains_key(&n.name) {
                        self.errors.push(Diagnostic::syntax(
                            n.span,
                            format!("name '{}' is used prior to global declaration", n.name),
                        ));
                    }
                    self.cur().declared_global.insert(n.name.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    if self.cur().kind == ScopeKind::Module {
                        self.errors.push(Diagnostic::syntax(
                            n.span,
                            "nonlocal declaration not allowed at module level",
                        ));
                        continue;
                    }
                    if self.cur().bound.contains(&n.name) || self.cur().uses.contains_key(&n.name) {
                        self.errors.push(Diagnostic::syntax(
                            n.span,
                            format!("name '{}' is used prior to nonlocal declaration", n.name),
                        ));
                    }
                    self.cur().declared_nonlocal.insert(n.name.clone(), n.span);
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::With { items, body, .. } => {
                for i in items {
                    self.expr(&i.context);
                    if let Some(v) = &i.vars {
                        self.target(v);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
        }
    }

    /// A `case` pattern: its captures bind in the current scope; value
    /// patterns, mapping keys and class names are reads. Iterative (patterns
    /// nest as deeply as the parser allows).
    fn pattern(&mut self, p: &Pattern) {
        let mut stack = vec![p];
        let (mut pats, mut exprs) = (Vec::new(), Vec::new());
        while let Some(p) = stack.pop() {
            match &p.kind {
                PatternKind::As { name: Some(n), .. } | PatternKind::Star(Some(n)) => {
                    self.bind(&n.name, n.span)
                }
                PatternKind::Mapping { rest: Some(n), .. } => self.bind(&n.name, n.span),
                _ => {}
            }
            pats.clear();
            exprs.clear();
            pycps_frontend::visit::pattern_children(p, &mut pats, &mut exprs);
            for e in &exprs {
                self.expr(e);
            }
            stack.extend(pats.iter().rev().copied());
        }
    }

    /// Parts of a parameter list evaluated in the enclosing scope.
    fn params_outer(&mut self, p: &Parameters) {
        for param in all_params(p) {
            if let Some(d) = &param.default {
                self.expr(d);
            }
            if let Some(a) = &param.annotation {
                self.expr(a);
            }
        }
    }

    fn params_inner(&mut self, p: &Parameters) {
        for param in all_params(p) {
            self.bind(&param.name.name, param.name.span);
        }
    }

    fn comprehension(&mut self, key: usize, generators: &[Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let saved = self.current;
        let id = self.push(ScopeKind::Comprehension, key);
        self.current = id;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for cond in &g.ifs {
                self.expr(cond);
            }
            if g.is_async {
                self.mark_await();
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.current = saved;
    }

    /// A generator expression is a generator function of its own: the
    /// first iterable is evaluated outside and passed in as `.0`.
    fn generator_expression(&mut self, e: &Expr, elt: &Expr, generators: &[Comprehension]) {
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let saved = self.current;
        let id = self.push(ScopeKind::GenExpr, e as *const Expr as usize);
        self.current = id;
        self.cur().has_yield = true;
        self.bind(".0", e.span);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for cond in &g.ifs {
                self.expr(cond);
            }
            if g.is_async {
                self.mark_await();
            }
        }
        self.expr(elt);
        self.current = saved;
    }

    /// An `await` makes the enclosing frame a coroutine.
    fn mark_await(&mut self) {
        let frame = self.tree.frame_scope(self.current);
        self.tree.scopes[frame.0].has_await = true;
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n, e.span),
            ExprKind::Constant(_) => {}
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.bind_walrus(&target.name, target.span);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { params, body } => {
                self.params_outer(params);
                let saved = self.current;
                let id = self.push(ScopeKind::Lambda, e as *const Expr as usize);
                self.current = id;
                self.params_inner(params);
                self.expr(body);
                self.current = saved;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e as *const Expr as usize, generators, &[elt])
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.generator_expression(e, elt, generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e as *const Expr as usize, generators, &[key, value]),
            ExprKind::Await(inner) => {
                self.mark_await();
                self.expr(inner);
            }
            ExprKind::Yield(v) => {
                let frame = self.tree.frame_scope(self.current);
                self.tree.scopes[frame.0].has_yield = true;
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                let frame = self.tree.frame_scope(self.current);
                self.tree.scopes[frame.0].has_yield = true;
                self.expr(v);
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Expr(fe) = p {
                self.expr(&fe.value);
                if let Some(spec) = &fe.format_spec {
                    self.fstring(spec);
                }
            }
        }
    }
}

/// Parameters in register order: positional-only, positional, `*args`,
/// keyword-only, `**kwargs`.
pub fn all_params(p: &Parameters) -> impl Iterator<Item = &Param> {
    p.posonly
        .iter()
        .chain(p.args.iter())
        .chain(p.vararg.iter())
        .chain(p.kwonly.iter())
        .chain(p.kwarg.iter())
}
