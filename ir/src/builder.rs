//! `FunctionBuilder`: builds one [`Function`] block by block.
//!
//! Jump targets are created first and placed later (regenerator's `loc()` /
//! `mark()`): [`FunctionBuilder::create_block`] hands out a block id
//! immediately, [`FunctionBuilder::switch_to`] places it (the first time)
//! and makes it the insertion point. [`FunctionBuilder::finish`] renumbers
//! blocks in placement order, so the printed IR reads top to bottom in
//! source order; never-placed blocks follow, in creation order.
//!
//! Invariants kept: parameters are the first registers (add them before any
//! other register); `value_names.len() == num_values`; states are numbered
//! `s1..` in the order [`FunctionBuilder::suspend`] is called.

use crate::analysis::{compute_suspend_live_sets, elide_bound_checks};
use crate::{
    Block, BlockId, FuncId, Function, FunctionKind, Inst, InstKind, Params, Span, StateId,
    SuspendKind, SuspendPoint, Terminator, ValueId,
};

pub struct FunctionBuilder {
    func: Function,
    current: Option<BlockId>,
    placed: Vec<BlockId>,
    is_placed: Vec<bool>,
}

impl FunctionBuilder {
    /// A function with one empty entry block, which is current.
    pub fn new(id: FuncId, name: &str, qualname: &str, kind: FunctionKind) -> Self {
        let mut b = FunctionBuilder {
            func: Function {
                id,
                name: name.to_string(),
                qualname: qualname.to_string(),
                kind,
                params: Params::default(),
                num_values: 0,
                value_names: Vec::new(),
                freevars: Vec::new(),
                blocks: Vec::new(),
                entry: BlockId(0),
                states: Vec::new(),
                span: Span::default(),
                doc: None,
                comprehensions: Vec::new(),
            },
            current: None,
            placed: Vec::new(),
            is_placed: Vec::new(),
        };
        let entry = b.create_block();
        b.func.entry = entry;
        b.switch_to(entry);
        b
    }

    pub fn func(&self) -> &Function {
        &self.func
    }

    /// Direct access for what the builder has no method for (`span`,
    /// `params.posonly`, ...). Keep the invariants in the module doc.
    pub fn func_mut(&mut self) -> &mut Function {
        &mut self.func
    }

    pub fn entry(&self) -> BlockId {
        self.func.entry
    }

    /// Allocates a register, named (a Python local) or not (a temporary).
    pub fn new_value(&mut self, name: Option<&str>) -> ValueId {
        let v = ValueId(self.func.num_values);
        self.func.num_values += 1;
        self.func.value_names.push(name.map(str::to_string));
        v
    }

    /// Sets the parameter layout and allocates its registers, which must be
    /// the first ones. Returns them in order.
    pub fn set_params(&mut self, params: Params) -> Vec<ValueId> {
        debug_assert_eq!(
            self.func.num_values, 0,
            "parameters must be the first registers"
        );
        let regs = params
            .names
            .iter()
            .map(|n| self.new_value(Some(n)))
            .collect();
        self.func.params = params;
        regs
    }

    /// Allocates a register that receives the closure cell for `name`.
    pub fn add_freevar(&mut self, name: &str) -> ValueId {
        let v = self.new_value(Some(name));
        self.func.freevars.push(v);
        v
    }

    /// A new, unplaced block ending in `Unreachable`, with no handler.
    pub fn create_block(&mut self) -> BlockId {
        let id = BlockId::new(self.func.blocks.len());
        self.func.blocks.push(Block {
            insts: Vec::new(),
            term: Terminator::Unreachable,
            term_span: Span::default(),
            handler: None,
        });
        self.is_placed.push(false);
        id
    }

    pub fn set_handler(&mut self, block: BlockId, handler: Option<BlockId>) {
        self.func.blocks[block.index()].handler = handler;
    }

    /// Places `block` (the first time) and makes it the insertion point.
    pub fn switch_to(&mut self, block: BlockId) {
        if !self.is_placed[block.index()] {
            self.is_placed[block.index()] = true;
            self.placed.push(block);
        }
        self.current = Some(block);
    }

    /// The insertion point; `None` after a terminator until the next
    /// `switch_to` (code emitted then would be dead).
    pub fn current(&self) -> Option<BlockId> {
        self.current
    }

    /// Appends an instruction to the current block.
    ///
    /// Panics if there is no current block (a lowering bug).
    pub fn push(&mut self, kind: InstKind, span: Span) {
        let b = self.current.expect("push with no current block");
        self.func.blocks[b.index()].insts.push(Inst { kind, span });
    }

    /// Ends the current block; there is no current block afterwards.
    pub fn terminate(&mut self, term: Terminator, span: Span) {
        let b = self
            .current
            .take()
            .expect("terminate with no current block");
        let block = &mut self.func.blocks[b.index()];
        block.term = term;
        block.term_span = span;
    }

    /// Ends the current block with a new suspend state resuming at `resume`
    /// with the received value in `dst`, and records it in the state table
    /// (its live set is filled in by [`FunctionBuilder::finish`]).
    pub fn suspend(
        &mut self,
        kind: SuspendKind,
        value: ValueId,
        dst: ValueId,
        resume: BlockId,
        span: Span,
    ) -> StateId {
        let block = self.current.expect("suspend with no current block");
        let state = StateId::new(self.func.states.len() + 1);
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
        self.func.states.push(SuspendPoint {
            state,
            block,
            resume,
            live: Vec::new(),
            span,
        });
        state
    }

    /// Renumbers blocks in placement order and returns the function as built
    /// (bound checks kept, live sets empty).
    pub fn finish_raw(self) -> Function {
        let FunctionBuilder {
            mut func,
            mut placed,
            is_placed,
            ..
        } = self;
        placed.extend(
            (0..func.blocks.len())
                .filter(|&i| !is_placed[i])
                .map(BlockId::new),
        );
        let mut map = vec![BlockId(0); func.blocks.len()];
        for (new, old) in placed.iter().enumerate() {
            map[old.index()] = BlockId::new(new);
        }
        let mut old_blocks: Vec<Option<Block>> = func.blocks.drain(..).map(Some).collect();
        for old in &placed {
            if let Some(mut block) = old_blocks[old.index()].take() {
                remap_term(&mut block.term, &map);
                block.handler = block.handler.map(|h| map[h.index()]);
                func.blocks.push(block);
            }
        }
        func.entry = map[func.entry.index()];
        for sp in &mut func.states {
            sp.block = map[sp.block.index()];
            sp.resume = map[sp.resume.index()];
        }
        func
    }

    /// [`FunctionBuilder::finish_raw`], then removes redundant bound checks
    /// and computes the suspend live sets (in that order: a removed check
    /// no longer keeps its variable live).
    pub fn finish(self) -> Function {
        let mut func = self.finish_raw();
        elide_bound_checks(&mut func);
        compute_suspend_live_sets(&mut func);
        func
    }
}

fn remap_term(term: &mut Terminator, map: &[BlockId]) {
    let m = |b: &mut BlockId| *b = map[b.index()];
    match term {
        Terminator::Jump { target } => m(target),
        Terminator::Branch {
            then_to, else_to, ..
        } => {
            m(then_to);
            m(else_to)
        }
        Terminator::ForIter { body, exit, .. } => {
            m(body);
            m(exit)
        }
        Terminator::Suspend { resume, .. } => m(resume),
        Terminator::Return { .. }
        | Terminator::Raise { .. }
        | Terminator::Reraise { .. }
        | Terminator::Unreachable => {}
    }
}
