//! IR verifier: checks a [`Module`]'s structural and semantic invariants and
//! reports every violation it finds, never panicking on malformed IR (every
//! id is range-checked before it is used as an index).
//!
//! Checked, per function:
//! - `value_names.len() == num_values`, parameters fit in the register file
//!   and their layout adds up, every register/block/function/const/name id is
//!   in range, the entry block exists;
//! - no reachable block ends in `Unreachable`;
//! - every handler block begins with `LoadException`, which appears nowhere
//!   else;
//! - the state table: numbered `s1..sN` in order, each `Suspend` listed
//!   exactly once with matching block and resume block, each entry backed by
//!   its `Suspend`; suspends only in resumable kinds (`Yield` in generators,
//!   `Await` in coroutines, async generators and async modules);
//! - `MakeFunction` matches the callee (closure length, defaults count);
//!   `Call`/`CallMethod` have no more keyword names than arguments;
//! - every `live` set is sorted and equals what
//!   [`crate::analysis::compute_suspend_live_sets`] computes (only checked
//!   once the function's ids are all in range).
//!
//! Messages name the function (`f1 fetch_all`) and the place
//! (`bb3[2] call: ...`, `bb3 terminator: ...`, `state s1: ...`).

use crate::analysis::{compute_suspend_live_sets, for_each_def, for_each_term_use, for_each_use};
use crate::{
    BlockId, ConstId, FuncId, Function, FunctionKind, InstKind, Module, NameId, SuspendKind,
    Terminator, ValueId,
};

/// A broken IR invariant.
#[derive(Debug, thiserror::Error)]
#[error("{function}: {message}")]
pub struct VerifyError {
    pub function: String,
    pub message: String,
}

/// Checks a module's invariants; returns every violation found.
pub fn verify(module: &Module) -> Result<(), Vec<VerifyError>> {
    let mut errors = Vec::new();
    if module.entry.index() >= module.functions.len() {
        errors.push(VerifyError {
            function: "<module>".into(),
            message: format!(
                "entry function {} out of range ({} functions)",
                module.entry,
                module.functions.len()
            ),
        });
    }
    for (i, func) in module.functions.iter().enumerate() {
        let mut cx = Checker {
            module,
            func,
            label: format!("{} {}", FuncId::new(i), func.name),
            errors: &mut errors,
        };
        if func.id != FuncId::new(i) {
            cx.err(format!("function at index {i} has id {}", func.id));
        }
        cx.check_function();
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

struct Checker<'a> {
    module: &'a Module,
    func: &'a Function,
    label: String,
    errors: &'a mut Vec<VerifyError>,
}

impl Checker<'_> {
    fn err(&mut self, message: String) {
        self.errors.push(VerifyError {
            function: self.label.clone(),
            message,
        });
    }

    fn check_function(&mut self) {
        let f = self.func;
        let before = self.errors.len();
        if f.value_names.len() != f.num_values as usize {
            self.err(format!(
                "value_names has {} entries but num_values is {}",
                f.value_names.len(),
                f.num_values
            ));
        }
        let p = &f.params;
        if p.count() > f.num_values as usize {
            self.err(format!(
                "{} parameters do not fit in {} registers",
                p.count(),
                f.num_values
            ));
        }
        let layout =
            p.positional as usize + p.vararg as usize + p.kwonly as usize + p.kwarg as usize;
        if layout != p.count() || p.posonly > p.positional {
            self.err(format!(
                "parameter layout (posonly {}, positional {}, vararg {}, kwonly {}, kwarg {}) does not match {} names",
                p.posonly, p.positional, p.vararg, p.kwonly, p.kwarg, p.count()
            ));
        }
        for &v in &f.freevars {
            self.value(v, "freevars");
        }
        if f.entry.index() >= f.blocks.len() {
            self.err(format!(
                "entry block {} out of range ({} blocks)",
                f.entry,
                f.blocks.len()
            ));
        }
        self.check_blocks();
        self.check_states();
        if self.errors.len() == before {
            self.check_live_sets();
        }
    }

    fn value(&mut self, v: ValueId, at: &str) {
        if v.0 >= self.func.num_values {
            self.err(format!(
                "{at}: register {v} out of range (num_values {})",
                self.func.num_values
            ));
        }
    }

    fn block_id(&mut self, b: BlockId, at: &str) -> bool {
        let ok = b.index() < self.func.blocks.len();
        if !ok {
            self.err(format!(
                "{at}: block {b} out of range ({} blocks)",
                self.func.blocks.len()
            ));
        }
        ok
    }

    fn name(&mut self, n: NameId, at: &str) {
        if n.index() >= self.module.names.len() {
            self.err(format!(
                "{at}: name {n} out of range ({} names)",
                self.module.names.len()
            ));
        }
    }

    fn konst(&mut self, c: ConstId, at: &str) {
        if c.index() >= self.module.consts.len() {
            self.err(format!(
                "{at}: constant {c} out of range ({} constants)",
                self.module.consts.len()
            ));
        }
    }

    fn callee(&mut self, id: FuncId, at: &str) -> Option<&Function> {
        let callee = self.module.functions.get(id.index());
        if callee.is_none() {
            self.err(format!(
                "{at}: function {id} out of range ({} functions)",
                self.module.functions.len()
            ));
        }
        callee
    }

    fn check_blocks(&mut self) {
        let f = self.func;
        let mut is_handler = vec![false; f.blocks.len()];
        for (bi, block) in f.blocks.iter().enumerate() {
            if let Some(h) = block.handler {
                if self.block_id(h, &format!("{} handler", BlockId::new(bi))) {
                    is_handler[h.index()] = true;
                }
            }
        }
        let reachable = crate::analysis::reachable(f);
        for (bi, block) in f.blocks.iter().enumerate() {
            let b = BlockId::new(bi);
            if is_handler[bi]
                && !matches!(
                    block.insts.first().map(|i| &i.kind),
                    Some(InstKind::LoadException { .. })
                )
            {
                self.err(format!(
                    "{b}: handler block does not begin with load_exception"
                ));
            }
            for (ii, inst) in block.insts.iter().enumerate() {
                let at = format!("{b}[{ii}] {}", inst.kind.opcode());
                if matches!(inst.kind, InstKind::LoadException { .. })
                    && (ii != 0 || !is_handler[bi])
                {
                    self.err(format!(
                        "{at}: load_exception outside the start of a handler block"
                    ));
                }
                self.check_inst(&inst.kind, &at);
            }
            let at = format!("{b} terminator");
            self.check_term(&block.term, &at, reachable[bi]);
        }
    }

    fn check_inst(&mut self, inst: &InstKind, at: &str) {
        let mut regs = Vec::new();
        for_each_use(inst, |v| regs.push(v));
        for_each_def(inst, |v| regs.push(v));
        for v in regs {
            self.value(v, at);
        }
        use InstKind::*;
        match inst {
            Const { value, .. }
            | BinaryConst { rhs: value, .. }
            | CompareConst { rhs: value, .. } => self.konst(*value, at),
            CheckBound { name, .. }
            | LoadGlobal { name, .. }
            | StoreGlobal { name, .. }
            | DeleteGlobal { name }
            | LoadCell { name, .. }
            | GetAttr { name, .. }
            | SetAttr { name, .. }
            | DelAttr { name, .. }
            | ImportFrom { name, .. }
            | Import { module: name, .. } => self.name(*name, at),
            MakeFunction {
                func,
                defaults,
                kwdefaults,
                closure,
                ..
            } => {
                for &(n, _) in kwdefaults {
                    self.name(n, at);
                }
                if let Some(callee) = self.callee(*func, at) {
                    let (free, positional, kwonly) = (
                        callee.freevars.len(),
                        callee.params.positional as usize,
                        callee.params.kwonly as usize,
                    );
                    if closure.len() != free {
                        self.err(format!(
                            "{at}: closure has {} cells but {func} has {free} freevars",
                            closure.len()
                        ));
                    }
                    if defaults.len() > positional {
                        self.err(format!(
                            "{at}: {} defaults for {positional} positional parameters of {func}",
                            defaults.len()
                        ));
                    }
                    if kwdefaults.len() > kwonly {
                        self.err(format!(
                            "{at}: {} keyword defaults for {kwonly} keyword-only parameters of {func}",
                            kwdefaults.len()
                        ));
                    }
                }
            }
            MatchClass { kwnames, .. } => {
                for &n in kwnames {
                    self.name(n, at);
                }
            }
            Call { args, kwnames, .. } | CallMethod { args, kwnames, .. } => {
                if let CallMethod { name, .. } = inst {
                    self.name(*name, at);
                }
                for &n in kwnames {
                    self.name(n, at);
                }
                if kwnames.len() > args.len() {
                    self.err(format!(
                        "{at}: {} keyword names for {} arguments",
                        kwnames.len(),
                        args.len()
                    ));
                }
            }
            _ => {}
        }
    }

    fn check_term(&mut self, term: &Terminator, at: &str, reachable: bool) {
        let mut regs = Vec::new();
        for_each_term_use(term, |v| regs.push(v));
        match term {
            Terminator::ForIter { dst, .. } | Terminator::Suspend { dst, .. } => regs.push(*dst),
            _ => {}
        }
        for v in regs {
            self.value(v, at);
        }
        for s in term.successors() {
            self.block_id(s, at);
        }
        match term {
            Terminator::Unreachable if reachable => {
                self.err(format!("{at}: reachable unreachable terminator"));
            }
            Terminator::Suspend { kind, .. } => {
                let k = self.func.kind;
                let ok = match kind {
                    SuspendKind::Yield => {
                        matches!(k, FunctionKind::Generator | FunctionKind::AsyncGenerator)
                    }
                    SuspendKind::YieldFrom => matches!(k, FunctionKind::Generator),
                    SuspendKind::Await => matches!(
                        k,
                        FunctionKind::Coroutine
                            | FunctionKind::AsyncGenerator
                            | FunctionKind::Module { is_async: true }
                    ),
                };
                if !ok {
                    self.err(format!("{at}: {kind:?} suspend in a {k:?} function"));
                }
            }
            _ => {}
        }
    }

    fn check_states(&mut self) {
        let f = self.func;
        for (i, sp) in f.states.iter().enumerate() {
            let at = format!("state {}", sp.state);
            if sp.state.index() != i + 1 {
                self.err(format!(
                    "{at}: entry {i} of the state table should be s{}",
                    i + 1
                ));
            }
            let ok_block = self.block_id(sp.block, &at);
            let ok_resume = self.block_id(sp.resume, &at);
            for &v in &sp.live {
                self.value(v, &at);
            }
            if !ok_block || !ok_resume {
                continue;
            }
            match &f.blocks[sp.block.index()].term {
                Terminator::Suspend { state, resume, .. } if *state == sp.state => {
                    if *resume != sp.resume {
                        self.err(format!(
                            "{at}: table says resume {} but {} resumes at {resume}",
                            sp.resume, sp.block
                        ));
                    }
                }
                _ => self.err(format!(
                    "{at}: block {} does not end in suspend {}",
                    sp.block, sp.state
                )),
            }
        }
        for (bi, block) in f.blocks.iter().enumerate() {
            if let Terminator::Suspend { state, .. } = &block.term {
                let n = f.states.iter().filter(|s| s.state == *state).count();
                if n != 1 {
                    self.err(format!(
                        "{} terminator: suspend {state} appears {n} times in the state table",
                        BlockId::new(bi)
                    ));
                }
            }
        }
    }

    fn check_live_sets(&mut self) {
        let mut expected = self.func.clone();
        compute_suspend_live_sets(&mut expected);
        for (sp, want) in self.func.states.iter().zip(&expected.states) {
            if !sp.live.windows(2).all(|w| w[0] < w[1]) {
                self.err(format!(
                    "state {}: live set {:?} is not strictly ascending",
                    sp.state, sp.live
                ));
            } else if sp.live != want.live {
                self.err(format!(
                    "state {}: live set {:?} differs from computed {:?}",
                    sp.state, sp.live, want.live
                ));
            }
        }
    }
}
