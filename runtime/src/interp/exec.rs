//! The dispatch loop: runs the frames of one task until it finishes,
//! blocks (awaiting something not ready), or hits a limit.
//!
//! `run_frame` executes straight-line instructions of the top frame
//! (dispatching on `&InstKind`, with `i64` fast paths for arithmetic and
//! comparisons) and follows jumps inside the same frame; anything that
//! changes the frame stack (call, return, raise, await, yield) comes back
//! to `execute` as a [`Flow`], which edits the stack. Nothing here recurses
//! on the Rust stack per Python call.

use super::call::{fast_frame, CallOut};
use super::frame::{Frame, ReturnTo};
use super::{Interp, Raise};
use crate::builtins::{NativeCont, NativeEvent, NativeStep};
use crate::classes::ClassId;
use crate::limits::LimitError;
use crate::object::{CoroState, FunctionObj, Object};
use crate::ops::arith::int_fast;
use crate::value::Value;
use pycps_ir::{BinaryOp, CompareOp, InstKind, Module, SuspendKind, Terminator};

/// How a task's execution stopped.
#[derive(Debug)]
pub enum Exit {
    /// The task awaits something not ready; its frames are saved.
    Blocked,
    Returned(Value),
    Raised(Value),
    Limit(LimitError),
}

/// What the top frame asks the frame-stack loop to do.
pub(crate) enum Flow {
    /// Push a callee (its `ret` already set).
    Push(Frame),
    Return(Value),
    /// Raise in the top frame; `fresh` for a new raise (sets `__context__`
    /// and records the raising frame in the traceback).
    Raise(Value, bool),
    /// Re-raise in the top frame keeping the traceback (bare `raise`).
    Reraise(Value),
    /// A generator frame yields a value.
    Yield(Value),
    /// Push a frame (its `ret` already set) and raise in it
    /// (`athrow`/`aclose` of an async generator).
    PushThrow(Frame, Value),
    /// One-instruction mode finished its instruction (see `run_frame`).
    Next,
    /// `run_top` pushed or popped a plain Python frame itself: run the
    /// new top frame (never leaves `run_frame`).
    Switched,
    Block,
    Limit(LimitError),
    /// At an instruction boundary, a garbage collection is due (see
    /// `crate::gc`): `execute` collects, then resumes the same instruction.
    Collect,
}

/// Result of trying to await a value.
pub(crate) enum AwaitOut {
    Ready(Result<Value, Value>),
    /// A coroutine frame to push (returning to the await).
    Push(Frame),
    /// A frame whose `ret` is already set (an async generator).
    Resume(Frame),
    /// A frame (its `ret` set) to push and raise in.
    Throw(Frame, Value),
    Block,
}

macro_rules! tri {
    ($self:ident, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(Raise::Exc(e)) => return Flow::Raise(e, true),
            Err(Raise::Limit(l)) => return Flow::Limit(l),
            Err(Raise::Call(p)) => {
                return Flow::Push($self.pending_frame(*p, crate::protocol::Redo::Inst, None))
            }
        }
    };
}

impl Interp {
    /// Runs a task's frames. `resume` is delivered to the top frame first
    /// (it is suspended at an await).
    pub fn execute(
        &mut self,
        frames: &mut Vec<Frame>,
        resume: Option<Result<Value, Value>>,
    ) -> Exit {
        let module = self.module.clone();
        let module: &Module = &module;
        let mut flow = match resume {
            Some(Ok(v)) => {
                if let Some(top) = frames.last_mut() {
                    deliver_suspend(module, top, v);
                }
                None
            }
            Some(Err(e)) => Some(Flow::Raise(e, false)),
            None => None,
        };
        loop {
            let f = match flow.take() {
                Some(f) => f,
                None => {
                    if frames.is_empty() {
                        return Exit::Returned(Value::None);
                    }
                    if self.replay.is_some() {
                        let f = self.run_frame::<true>(module, frames);
                        self.replay = None;
                        f
                    } else {
                        self.run_frame::<false>(module, frames)
                    }
                }
            };
            match f {
                Flow::Push(new) => {
                    if frames.len() >= self.limits.recursion_limit {
                        let e =
                            self.err(ClassId::RecursionError, "maximum recursion depth exceeded");
                        if let Raise::Exc(e) = e {
                            flow = Some(Flow::Raise(e, true));
                        }
                    } else {
                        frames.push(new);
                    }
                }
                Flow::Return(v) => {
                    let Some(done) = frames.pop() else {
                        return Exit::Returned(v);
                    };
                    self.reg_pool.give(done.regs);
                    match done.ret {
                        ReturnTo::TaskRoot => return Exit::Returned(v),
                        ReturnTo::Call(dst) => {
                            if let Some(caller) = frames.last_mut() {
                                caller.regs[dst.index()] = v;
                                caller.ip += 1;
                            }
                        }
                        ReturnTo::Await => {
                            if let Some(caller) = frames.last_mut() {
                                deliver_suspend(module, caller, v);
                            }
                        }
                        ReturnTo::GenNext { gen } => {
                            self.set_gen_state(gen, CoroState::Done);
                            if let Some(caller) = frames.last_mut() {
                                for_iter_exit(module, caller);
                            }
                        }
                        ReturnTo::AGen { gen, closing } => {
                            self.set_agen_state(gen, CoroState::Done);
                            if closing {
                                if let Some(caller) = frames.last_mut() {
                                    deliver_suspend(module, caller, Value::None);
                                }
                            } else if let Some(d) = self.agen_exhausted(gen) {
                                // `anext(gen, default)`.
                                if let Some(caller) = frames.last_mut() {
                                    deliver_suspend(module, caller, d);
                                }
                            } else {
                                let e = self.new_exception(ClassId::StopAsyncIteration, Vec::new());
                                flow = Some(Flow::Raise(e, false));
                            }
                        }
                        ReturnTo::Native(cont) => {
                            if let Some(gen) = cont.draining_gen() {
                                self.set_gen_state(gen, CoroState::Done);
                            }
                            flow = self.native_resume(frames, *cont, NativeEvent::Returned(v));
                        }
                    }
                }
                Flow::Yield(v) => {
                    let Some(mut gframe) = frames.pop() else {
                        return Exit::Returned(v);
                    };
                    match std::mem::replace(&mut gframe.ret, ReturnTo::Call(pycps_ir::ValueId(0))) {
                        ReturnTo::AGen { gen, closing } => {
                            gframe.ret = ReturnTo::AGen {
                                gen,
                                closing: false,
                            };
                            self.set_agen_state(gen, CoroState::Suspended(Box::new(gframe)));
                            if closing {
                                let e = self.err(
                                    ClassId::RuntimeError,
                                    "async generator ignored GeneratorExit",
                                );
                                if let Raise::Exc(e) = e {
                                    flow = Some(Flow::Raise(e, true));
                                }
                            } else if let Some(caller) = frames.last_mut() {
                                deliver_suspend(module, caller, v);
                            }
                        }
                        ReturnTo::GenNext { gen } => {
                            gframe.ret = ReturnTo::GenNext { gen };
                            self.set_gen_state(gen, CoroState::Suspended(Box::new(gframe)));
                            if let Some(caller) = frames.last_mut() {
                                for_iter_body(module, caller, v);
                            }
                        }
                        ReturnTo::Native(cont) => {
                            // A native consumer (draining a generator argument).
                            if let Some(gen) = cont.draining_gen() {
                                self.set_gen_state(gen, CoroState::Suspended(Box::new(gframe)));
                            }
                            flow = self.native_resume(frames, *cont, NativeEvent::Yielded(v));
                        }
                        other => {
                            gframe.ret = other;
                            let e = self.err(ClassId::RuntimeError, "yield outside of a generator");
                            frames.push(gframe);
                            if let Raise::Exc(e) = e {
                                flow = Some(Flow::Raise(e, true));
                            }
                        }
                    }
                }
                Flow::Raise(exc, fresh) => {
                    if fresh {
                        self.set_context(frames, exc);
                    }
                    match self.unwind(module, frames, exc, true) {
                        Err(exit) => return exit,
                        Ok(f) => flow = f,
                    }
                }
                Flow::Reraise(exc) => match self.unwind(module, frames, exc, false) {
                    Err(exit) => return exit,
                    Ok(f) => flow = f,
                },
                Flow::Next | Flow::Switched => {}
                Flow::PushThrow(new, exc) => {
                    frames.push(new);
                    flow = Some(Flow::Raise(exc, true));
                }
                Flow::Block => return Exit::Blocked,
                Flow::Limit(l) => return Exit::Limit(l),
                Flow::Collect => {
                    self.collect(frames);
                    if let Err(l) = self.check_limits() {
                        return Exit::Limit(l);
                    }
                }
            }
        }
    }

    /// Executes the top frame until it needs the frame stack. Plain
    /// Python calls (the positional fast path) and their returns are done
    /// by `run_top` itself, which pushes the callee (or pops the returning
    /// frame) and says [`Flow::Switched`]: the loop goes on with the new top
    /// frame without going back to `execute`. In one-instruction mode
    /// (`ONE`) every stack change goes back to `execute`.
    fn run_frame<const ONE: bool>(&mut self, module: &Module, frames: &mut Vec<Frame>) -> Flow {
        loop {
            match self.run_top::<ONE>(module, frames) {
                Flow::Switched => {}
                flow => return flow,
            }
        }
    }

    /// Runs the top frame of `frames` (see `run_frame`).
    #[inline(always)]
    fn run_top<const ONE: bool>(&mut self, module: &Module, frames: &mut Vec<Frame>) -> Flow {
        let Some(frame) = frames.last_mut() else {
            return Flow::Next;
        };
        if let Some(exc) = frame.pending_throw.take() {
            return self.pending_throw(module, frame, exc);
        }
        let func = module.function(frame.func);
        'block: loop {
            let block = func.block(frame.block);
            let insts = &block.insts;
            while let Some(inst) = insts.get(frame.ip as usize) {
                self.steps += 1;
                if self.steps >= self.heap.next_check {
                    if self.gc_due() {
                        // Not executed yet: re-run after the collection.
                        self.steps -= 1;
                        return Flow::Collect;
                    }
                    if let Err(l) = self.check_limits() {
                        return Flow::Limit(l);
                    }
                }
                let regs = &mut frame.regs;
                match &inst.kind {
                    InstKind::Const { dst, value } => {
                        regs[dst.index()] = self.consts[value.index()]
                    }
                    InstKind::Move { dst, src } => regs[dst.index()] = regs[src.index()],
                    InstKind::CheckBound { var, name } => {
                        if matches!(regs[var.index()], Value::Unbound) {
                            let n = module.name(*name);
                            return self.raise_new(
                                ClassId::UnboundLocalError,
                                format!("cannot access local variable '{n}' where it is not associated with a value"),
                            );
                        }
                    }
                    InstKind::Unbind { var } => regs[var.index()] = Value::Unbound,
                    InstKind::LoadGlobal { dst, name } => {
                        let mut v = self.globals[name.index()];
                        if matches!(v, Value::Unbound) {
                            v = self.builtins[name.index()];
                            if matches!(v, Value::Unbound) {
                                let n = module.name(*name);
                                return self.raise_name_error(n);
                            }
                        }
                        regs[dst.index()] = v;
                    }
                    InstKind::LoadBuiltin { dst, name } => {
                        let v = self.builtins[name.index()];
                        if matches!(v, Value::Unbound) {
                            let n = module.name(*name);
                            return self.raise_name_error(n);
                        }
                        regs[dst.index()] = v;
                    }
                    InstKind::TypeOf { dst, src } => {
                        regs[dst.index()] = Value::Obj(self.heap.type_of(regs[src.index()]));
                    }
                    InstKind::GetAIter { dst, src } => {
                        let v = regs[src.index()];
                        let r = self.aiter_of(module, v, frame.in_async);
                        if let Some(flow) = self.finish_call(frame, *dst, r) {
                            return flow;
                        }
                    }
                    InstKind::GetANext { dst, src } => {
                        let v = regs[src.index()];
                        let r = self.anext_of(module, v, frame.in_async);
                        if let Some(flow) = self.finish_call(frame, *dst, r) {
                            return flow;
                        }
                    }
                    InstKind::GetYieldFromIter { dst, src } => {
                        let v = regs[src.index()];
                        let it = if matches!(self.heap.obj(v), Some(Object::Generator(_))) {
                            v
                        } else {
                            tri!(self, self.get_iter(v))
                        };
                        frame.regs[dst.index()] = it;
                    }
                    InstKind::PrepareWith {
                        enter,
                        exit,
                        mgr,
                        is_async,
                    } => {
                        let (e, x) = tri!(self, self.prepare_with(regs[mgr.index()], *is_async));
                        frame.regs[enter.index()] = e;
                        frame.regs[exit.index()] = x;
                    }
                    InstKind::LoadName { dst, name } => {
                        let v = tri!(self, self.load_name(module, frame.ns, *name));
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::StoreName { name, src } => {
                        let v = regs[src.index()];
                        tri!(self, self.store_name(module, frame.ns, *name, v));
                    }
                    InstKind::DeleteName { name } => {
                        tri!(self, self.delete_name(module, frame.ns, *name));
                    }
                    InstKind::BuildClass {
                        dst,
                        body,
                        args,
                        kwnames,
                    } => {
                        let body = regs[body.index()];
                        let argv: Vec<Value> = args.iter().map(|a| regs[a.index()]).collect();
                        let r = self.build_class(module, body, &argv, kwnames, frame.in_async);
                        if let Some(flow) = self.finish_call(frame, *dst, r) {
                            return flow;
                        }
                    }
                    InstKind::StoreGlobal { name, src } => {
                        self.globals[name.index()] = regs[src.index()]
                    }
                    InstKind::DeleteGlobal { name } => {
                        if matches!(self.globals[name.index()], Value::Unbound) {
                            let n = module.name(*name);
                            return self.raise_name_error(n);
                        }
                        self.globals[name.index()] = Value::Unbound;
                    }
                    InstKind::MakeCell { dst } => {
                        regs[dst.index()] =
                            Value::Obj(self.heap.alloc(Object::Cell(Value::Unbound)));
                    }
                    InstKind::LoadCell {
                        dst,
                        cell,
                        name,
                        local,
                    } => {
                        let v = match self.heap.obj(regs[cell.index()]) {
                            Some(Object::Cell(v)) => *v,
                            _ => Value::Unbound,
                        };
                        if matches!(v, Value::Unbound) {
                            let n = module.name(*name);
                            return if *local {
                                self.raise_new(
                                    ClassId::UnboundLocalError,
                                    format!("cannot access local variable '{n}' where it is not associated with a value"),
                                )
                            } else {
                                self.raise_new(
                                    ClassId::NameError,
                                    format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
                                )
                            };
                        }
                        regs[dst.index()] = v;
                    }
                    InstKind::StoreCell { cell, src } => {
                        let v = regs[src.index()];
                        if let Value::Obj(c) = regs[cell.index()] {
                            if let Object::Cell(slot) = self.heap.get_mut(c) {
                                *slot = v;
                            }
                        }
                    }
                    InstKind::MakeFunction {
                        dst,
                        func: f,
                        defaults,
                        kwdefaults,
                        closure,
                    } => {
                        let fo = FunctionObj {
                            func: *f,
                            defaults: defaults.iter().map(|d| regs[d.index()]).collect(),
                            kwdefaults: kwdefaults
                                .iter()
                                .map(|(n, d)| (*n, regs[d.index()]))
                                .collect(),
                            closure: closure.iter().map(|c| regs[c.index()]).collect(),
                            dict: None,
                        };
                        regs[dst.index()] =
                            Value::Obj(self.heap.alloc(Object::Function(Box::new(fo))));
                    }
                    InstKind::Call {
                        dst,
                        func: callee,
                        args,
                        kwnames,
                    } => {
                        let callee = regs[callee.index()];
                        // Fast path: a plain function called with positional
                        // arguments only (missing trailing ones taken from its
                        // defaults): bind straight into a pooled register file.
                        if kwnames.is_empty() {
                            if let Value::Obj(r) = callee {
                                if let Object::Function(fo) = self.heap.get(r) {
                                    let nf = fast_frame(
                                        &mut self.reg_pool,
                                        module,
                                        fo,
                                        None,
                                        args,
                                        regs,
                                        frame.in_async,
                                        ReturnTo::Call(*dst),
                                    );
                                    if let Some(nf) = nf {
                                        if ONE || frames.len() >= self.limits.recursion_limit {
                                            // `execute` pushes (or raises RecursionError).
                                            return Flow::Push(nf);
                                        }
                                        frames.push(nf);
                                        return Flow::Switched;
                                    }
                                }
                            }
                        }
                        let mut buf = std::mem::take(&mut self.argbuf);
                        buf.clear();
                        buf.extend(args.iter().map(|a| regs[a.index()]));
                        let npos = buf.len() - kwnames.len();
                        let kw: Vec<(&str, Value)> = kwnames
                            .iter()
                            .zip(&buf[npos..])
                            .map(|(n, v)| (module.name(*n), *v))
                            .collect();
                        let r = self.call_value(module, callee, &buf[..npos], &kw, frame.in_async);
                        self.argbuf = buf;
                        if let Some(flow) = self.finish_call(frame, *dst, r) {
                            return flow;
                        }
                    }
                    InstKind::CallEx {
                        dst,
                        func: callee,
                        args,
                        kwargs,
                    } => {
                        let callee = regs[callee.index()];
                        let pos = tri!(self, self.iterate(regs[args.index()]));
                        let mut kw: Vec<(String, Value)> = Vec::new();
                        if let Some(k) = kwargs {
                            let kv = regs[k.index()];
                            let Some(kr) = kv.as_obj() else {
                                return self.raise_new(
                                    ClassId::TypeError,
                                    "argument after ** must be a mapping",
                                );
                            };
                            for (k, v) in self.dict_entries(kr) {
                                match self.heap.as_str(k) {
                                    Some(s) => kw.push((s.to_string(), v)),
                                    None => {
                                        return self.raise_new(
                                            ClassId::TypeError,
                                            "keywords must be strings",
                                        )
                                    }
                                }
                            }
                        }
                        let kwr: Vec<(&str, Value)> =
                            kw.iter().map(|(k, v)| (k.as_str(), *v)).collect();
                        let r = self.call_value(module, callee, &pos, &kwr, frame.in_async);
                        if let Some(flow) = self.finish_call(frame, *dst, r) {
                            return flow;
                        }
                    }
                    InstKind::CallMethod {
                        dst,
                        obj,
                        name,
                        args,
                        kwnames,
                    } => {
                        let recv = regs[obj.index()];
                        // Fast path: a plain function found on the class of
                        // an instance, not shadowed by the instance dict (what
                        // `call_method_user` calls), called positionally.
                        if kwnames.is_empty() {
                            if let Some(nf) = self.method_fast_frame(
                                module,
                                recv,
                                *name,
                                args,
                                regs,
                                frame.in_async,
                                *dst,
                            ) {
                                if ONE || frames.len() >= self.limits.recursion_limit {
                                    return Flow::Push(nf);
                                }
                                frames.push(nf);
                                return Flow::Switched;
                            }
                        }
                        let mut buf = std::mem::take(&mut self.argbuf);
                        buf.clear();
                        buf.extend(args.iter().map(|a| regs[a.index()]));
                        let npos = buf.len() - kwnames.len();
                        let kw: Vec<(&str, Value)> = kwnames
                            .iter()
                            .zip(&buf[npos..])
                            .map(|(n, v)| (module.name(*n), *v))
                            .collect();
                        let r = self.call_method(
                            module,
                            recv,
                            module.name(*name),
                            &buf[..npos],
                            &kw,
                            frame.in_async,
                        );
                        self.argbuf = buf;
                        if let Some(flow) = self.finish_call(frame, *dst, r) {
                            return flow;
                        }
                    }
                    InstKind::GetAttr { dst, obj, name } => {
                        let v = tri!(self, self.get_attr(regs[obj.index()], module.name(*name)));
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::SetAttr { obj, name, src } => {
                        let (o, v) = (regs[obj.index()], regs[src.index()]);
                        tri!(self, self.set_attr(o, module.name(*name), v));
                    }
                    InstKind::DelAttr { obj, name } => {
                        let o = regs[obj.index()];
                        let n = module.name(*name);
                        if !tri!(self, self.instance_delattr(o, n)) {
                            let t = self.heap.type_name(o);
                            return self.raise_new(
                                ClassId::AttributeError,
                                format!("'{t}' object has no attribute '{n}'"),
                            );
                        }
                    }
                    InstKind::GetItem { dst, obj, key } => {
                        let (o, k) = (regs[obj.index()], regs[key.index()]);
                        // Fast path: list[int].
                        let fast = match (o, k) {
                            (Value::Obj(r), Value::Int(i)) => match self.heap.get(r) {
                                Object::List(items)
                                    if i >= 0
                                        && (i as usize) < items.len()
                                        && !self.heap.has_header(r) =>
                                {
                                    Some(items[i as usize])
                                }
                                _ => None,
                            },
                            _ => None,
                        };
                        let v = match fast {
                            Some(v) => v,
                            None => tri!(self, self.get_item(o, k)),
                        };
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::SetItem { obj, key, src } => {
                        let (o, k, v) = (regs[obj.index()], regs[key.index()], regs[src.index()]);
                        tri!(self, self.set_item(o, k, v));
                    }
                    InstKind::DelItem { obj, key } => {
                        let (o, k) = (regs[obj.index()], regs[key.index()]);
                        tri!(self, self.del_item(o, k));
                    }
                    InstKind::BuildSlice {
                        dst,
                        lower,
                        upper,
                        step,
                    } => {
                        let g = |x: &Option<pycps_ir::ValueId>| {
                            x.map(|v| regs[v.index()]).unwrap_or(Value::None)
                        };
                        let s = Object::Slice(g(lower), g(upper), g(step));
                        regs[dst.index()] = Value::Obj(self.heap.alloc(s));
                    }
                    InstKind::Binary {
                        dst,
                        op,
                        lhs,
                        rhs,
                        inplace,
                    } => {
                        let (a, b) = (regs[lhs.index()], regs[rhs.index()]);
                        if let (Value::Int(x), Value::Int(y)) = (a, b) {
                            if let Some(v) =
                                int_binary_inline(*op, x, y).or_else(|| int_fast(*op, x, y))
                            {
                                regs[dst.index()] = v;
                                frame.ip += 1;
                                if ONE {
                                    return Flow::Next;
                                }
                                continue;
                            }
                        }
                        let v = tri!(self, self.binary(*op, a, b, *inplace));
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::BinaryConst {
                        dst,
                        op,
                        lhs,
                        rhs,
                        inplace,
                    } => {
                        let (a, b) = (regs[lhs.index()], self.consts[rhs.index()]);
                        if let (Value::Int(x), Value::Int(y)) = (a, b) {
                            if let Some(v) =
                                int_binary_inline(*op, x, y).or_else(|| int_fast(*op, x, y))
                            {
                                regs[dst.index()] = v;
                                frame.ip += 1;
                                if ONE {
                                    return Flow::Next;
                                }
                                continue;
                            }
                        }
                        let v = tri!(self, self.binary(*op, a, b, *inplace));
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::Unary { dst, op, src } => {
                        let v = tri!(self, self.unary(*op, regs[src.index()]));
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::Compare { dst, op, lhs, rhs } => {
                        let (a, b) = (regs[lhs.index()], regs[rhs.index()]);
                        if let Some(r) = int_compare_inline(*op, a, b) {
                            regs[dst.index()] = Value::Bool(r);
                            if !ONE && self.steps + 1 < self.heap.next_check {
                                if let Some(to) = fused_branch(block, frame.ip, *dst, r) {
                                    // The block's `Branch` on this result,
                                    // counted as the step it is.
                                    self.steps += 1;
                                    frame.block = to;
                                    frame.ip = 0;
                                    continue 'block;
                                }
                            }
                            frame.ip += 1;
                            if ONE {
                                return Flow::Next;
                            }
                            continue;
                        }
                        let v = tri!(self, self.compare(*op, a, b));
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::CompareConst { dst, op, lhs, rhs } => {
                        let (a, b) = (regs[lhs.index()], self.consts[rhs.index()]);
                        if let Some(r) = int_compare_inline(*op, a, b) {
                            regs[dst.index()] = Value::Bool(r);
                            if !ONE && self.steps + 1 < self.heap.next_check {
                                if let Some(to) = fused_branch(block, frame.ip, *dst, r) {
                                    self.steps += 1;
                                    frame.block = to;
                                    frame.ip = 0;
                                    continue 'block;
                                }
                            }
                            frame.ip += 1;
                            if ONE {
                                return Flow::Next;
                            }
                            continue;
                        }
                        let v = tri!(self, self.compare(*op, a, b));
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::Truthy { dst, src } => {
                        let v = tri!(self, self.truthy(regs[src.index()]));
                        frame.regs[dst.index()] = Value::Bool(v);
                    }
                    InstKind::BuildList { dst, items } => {
                        let v: Vec<Value> = items.iter().map(|i| regs[i.index()]).collect();
                        regs[dst.index()] = self.heap.list(v);
                    }
                    InstKind::BuildTuple { dst, items } => {
                        let v: Vec<Value> = items.iter().map(|i| regs[i.index()]).collect();
                        regs[dst.index()] = self.heap.tuple(v);
                    }
                    InstKind::BuildSet { dst, items } => {
                        let v: Vec<Value> = items.iter().map(|i| regs[i.index()]).collect();
                        let s = tri!(self, self.new_set(&v));
                        frame.regs[dst.index()] = s;
                    }
                    InstKind::BuildDict { dst, items } => {
                        let pairs: Vec<(Value, Value)> = items
                            .iter()
                            .map(|(k, v)| (regs[k.index()], regs[v.index()]))
                            .collect();
                        let d = self.new_dict();
                        for (k, v) in pairs {
                            tri!(self, self.dict_set(d, k, v));
                        }
                        frame.regs[dst.index()] = d;
                    }
                    InstKind::ListAppend { list, src } => {
                        let v = regs[src.index()];
                        if let Value::Obj(l) = regs[list.index()] {
                            self.heap.account(16);
                            if let Object::List(items) = self.heap.get_mut(l) {
                                items.push(v);
                            }
                        }
                    }
                    InstKind::ListExtend { list, src } => {
                        let (l, s) = (regs[list.index()], regs[src.index()]);
                        let items = tri!(self, self.iterate(s));
                        tri!(self, self.list_extend_values(l, items));
                    }
                    InstKind::SetAdd { set, src } => {
                        let (s, v) = (regs[set.index()], regs[src.index()]);
                        tri!(self, self.dict_set(s, v, Value::None));
                    }
                    InstKind::DictSet { dict, key, value } => {
                        let (d, k, v) =
                            (regs[dict.index()], regs[key.index()], regs[value.index()]);
                        tri!(self, self.dict_set(d, k, v));
                    }
                    InstKind::DictUpdate { dict, src } => {
                        let (d, s) = (regs[dict.index()], regs[src.index()]);
                        if !matches!(self.heap.obj(s), Some(Object::Dict(_))) {
                            let t = self.heap.type_name(s);
                            return self.raise_new(
                                ClassId::TypeError,
                                format!("'{t}' object is not a mapping"),
                            );
                        }
                        tri!(self, self.dict_update_from(d, s));
                    }
                    InstKind::ListToTuple { dst, src } => {
                        let items = tri!(self, self.iterate(regs[src.index()]));
                        frame.regs[dst.index()] = self.heap.tuple(items);
                    }
                    InstKind::FormatValue {
                        dst,
                        src,
                        conversion,
                        spec,
                    } => {
                        let v = regs[src.index()];
                        let spec = spec.map(|s| regs[s.index()]);
                        let s = tri!(self, self.format_value(v, *conversion, spec));
                        frame.regs[dst.index()] = s;
                    }
                    InstKind::BuildString { dst, parts } => {
                        let mut s = String::new();
                        for p in parts {
                            if let Some(t) = self.heap.as_str(regs[p.index()]) {
                                s.push_str(t);
                            }
                        }
                        regs[dst.index()] = self.heap.str(s);
                    }
                    InstKind::GetIter { dst, src } => {
                        let v = tri!(self, self.get_iter(regs[src.index()]));
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::UnpackSequence { dsts, src } => {
                        let items =
                            tri!(self, self.unpack(regs[src.index()], dsts.len(), 0, false));
                        for (d, v) in dsts.iter().zip(items) {
                            frame.regs[d.index()] = v;
                        }
                    }
                    InstKind::UnpackEx {
                        before,
                        star,
                        after,
                        src,
                    } => {
                        let items = tri!(
                            self,
                            self.unpack(regs[src.index()], before.len(), after.len(), true)
                        );
                        let n = items.len();
                        for (d, v) in before.iter().zip(&items) {
                            frame.regs[d.index()] = *v;
                        }
                        let mid = items[before.len()..n - after.len()].to_vec();
                        frame.regs[star.index()] = self.heap.list(mid);
                        for (d, v) in after.iter().zip(&items[n - after.len()..]) {
                            frame.regs[d.index()] = *v;
                        }
                    }
                    InstKind::Import { dst, module: m } => {
                        let v = tri!(self, self.import(module.name(*m)));
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::ImportFrom {
                        dst,
                        module: m,
                        name,
                    } => {
                        let n = module.name(*name);
                        let mv = regs[m.index()];
                        let v = match self.get_attr(mv, n) {
                            Ok(v) => v,
                            Err(Raise::Limit(l)) => return Flow::Limit(l),
                            Err(Raise::Call(p)) => {
                                return Flow::Push(self.pending_frame(
                                    *p,
                                    crate::protocol::Redo::Inst,
                                    None,
                                ))
                            }
                            Err(Raise::Exc(_)) => {
                                let mname = match self.heap.obj(mv) {
                                    Some(Object::Module(crate::object::ModuleKind::Std(m))) => {
                                        m.name()
                                    }
                                    _ => "asyncio",
                                };
                                return self.raise_new(
                                    ClassId::ImportError,
                                    format!(
                                        "cannot import name '{n}' from '{mname}' (unknown location)"
                                    ),
                                );
                            }
                        };
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::GetAwaitable { dst, src } => {
                        let v = tri!(self, self.get_awaitable(regs[src.index()]));
                        frame.regs[dst.index()] = v;
                    }
                    InstKind::LoadException { dst } => regs[dst.index()] = frame.exc,
                    InstKind::ExceptionMatch { dst, exc, ty } => {
                        let (e, t) = (regs[exc.index()], regs[ty.index()]);
                        let m = tri!(self, self.exception_match(e, t));
                        frame.regs[dst.index()] = Value::Bool(m);
                    }
                    InstKind::ExceptStarMatch { dst, state, ty } => {
                        let (s, t) = (regs[state.index()], regs[ty.index()]);
                        let m = tri!(self, self.except_star_match(s, t));
                        frame.regs[dst.index()] = m;
                    }
                    InstKind::ExceptStarReraise { dst, state } => {
                        let r = self.except_star_reraise(regs[state.index()]);
                        frame.regs[dst.index()] = r;
                    }
                    InstKind::PushHandled { exc } => {
                        let e = regs[exc.index()];
                        frame.handled.push(e);
                    }
                    InstKind::PopHandled => {
                        frame.handled.pop();
                    }
                    InstKind::LoadHandled { dst } => match frame.handled.last() {
                        Some(&e) => regs[dst.index()] = e,
                        None => {
                            return self.raise_new(
                                ClassId::RuntimeError,
                                "No active exception to reraise",
                            );
                        }
                    },
                    InstKind::MatchSequence { dst, subject } => {
                        regs[dst.index()] = Value::Bool(self.match_sequence(regs[subject.index()]));
                    }
                    InstKind::MatchMapping { dst, subject } => {
                        regs[dst.index()] = Value::Bool(self.match_mapping(regs[subject.index()]));
                    }
                    InstKind::MatchClass {
                        dst,
                        subject,
                        cls,
                        nargs,
                        kwnames,
                    } => {
                        let (s, c) = (regs[subject.index()], regs[cls.index()]);
                        let kw: Vec<&str> = kwnames.iter().map(|&n| module.name(n)).collect();
                        let v = tri!(self, self.match_class(s, c, *nargs as usize, &kw));
                        frame.regs[dst.index()] = v;
                    }
                }
                frame.ip += 1;
                if ONE {
                    return Flow::Next;
                }
            }

            // Terminator (also where backward jumps are checked against limits).
            self.steps += 1;
            if self.steps >= self.heap.next_check {
                if self.gc_due() {
                    self.steps -= 1;
                    return Flow::Collect;
                }
                if let Err(l) = self.check_limits() {
                    return Flow::Limit(l);
                }
            }
            match &block.term {
                Terminator::Jump { target } => {
                    frame.block = *target;
                    frame.ip = 0;
                }
                Terminator::Branch {
                    cond,
                    then_to,
                    else_to,
                } => {
                    let c = match frame.regs[cond.index()] {
                        Value::Bool(b) => b,
                        v => tri!(self, self.truthy(v)),
                    };
                    frame.block = if c { *then_to } else { *else_to };
                    frame.ip = 0;
                }
                Terminator::ForIter {
                    iter,
                    dst,
                    body,
                    exit,
                } => {
                    let it = frame.regs[iter.index()];
                    let Value::Obj(r) = it else {
                        return self.raise_new(ClassId::TypeError, "for loop over a non-iterator");
                    };
                    if let Object::Generator(_) = self.heap.get(r) {
                        match self.resume_generator(r, ReturnTo::GenNext { gen: r }) {
                            Some(flow) => return flow,
                            None => {
                                frame.block = *exit;
                                frame.ip = 0;
                                if ONE {
                                    return Flow::Next;
                                }
                                continue 'block;
                            }
                        }
                    }
                    match tri!(self, self.iter_next(r)) {
                        Some(v) => {
                            frame.regs[dst.index()] = v;
                            frame.block = *body;
                        }
                        None => frame.block = *exit,
                    }
                    frame.ip = 0;
                }
                Terminator::Return { value } => {
                    let v = frame.regs[value.index()];
                    // Fast path: return to a Python caller at a call
                    // instruction (what `execute` does for `ReturnTo::Call`).
                    if let (false, ReturnTo::Call(dst)) = (ONE, &frame.ret) {
                        let dst = *dst;
                        if frames.len() >= 2 {
                            if let Some(done) = frames.pop() {
                                self.reg_pool.give(done.regs);
                            }
                            if let Some(caller) = frames.last_mut() {
                                caller.regs[dst.index()] = v;
                                caller.ip += 1;
                            }
                            return Flow::Switched;
                        }
                    }
                    return Flow::Return(v);
                }
                Terminator::Raise { exc, cause } => {
                    let e = frame.regs[exc.index()];
                    let c = cause.map(|c| frame.regs[c.index()]);
                    let e = tri!(self, self.make_raisable(e, c));
                    return Flow::Raise(e, true);
                }
                Terminator::Reraise { exc } => return Flow::Reraise(frame.regs[exc.index()]),
                Terminator::Suspend {
                    kind: SuspendKind::Await,
                    value,
                    resume,
                    dst,
                    ..
                } => {
                    let aw = frame.regs[value.index()];
                    match self.await_value(aw) {
                        Ok(AwaitOut::Ready(Ok(v))) => {
                            frame.regs[dst.index()] = v;
                            frame.block = *resume;
                            frame.ip = 0;
                        }
                        Ok(AwaitOut::Ready(Err(e))) => return Flow::Raise(e, false),
                        Ok(AwaitOut::Push(mut child)) => {
                            child.ret = ReturnTo::Await;
                            child.in_async = true;
                            return Flow::Push(child);
                        }
                        Ok(AwaitOut::Resume(child)) => return Flow::Push(child),
                        Ok(AwaitOut::Throw(child, e)) => return Flow::PushThrow(child, e),
                        Ok(AwaitOut::Block) => return Flow::Block,
                        Err(Raise::Exc(e)) => return Flow::Raise(e, true),
                        Err(Raise::Limit(l)) => return Flow::Limit(l),
                        Err(Raise::Call(p)) => {
                            return Flow::Push(self.pending_frame(
                                *p,
                                crate::protocol::Redo::Inst,
                                None,
                            ))
                        }
                    }
                }
                Terminator::Suspend {
                    kind: SuspendKind::Yield,
                    value,
                    ..
                } => {
                    return Flow::Yield(frame.regs[value.index()]);
                }
                Terminator::Suspend {
                    kind: SuspendKind::YieldFrom,
                    value,
                    dst,
                    ..
                } => {
                    if let Some(flow) = tri!(self, self.yield_from_step(frame, *value, *dst)) {
                        return flow;
                    }
                }
                Terminator::Unreachable => {
                    return self.raise_new(ClassId::SystemError, "reached unreachable code");
                }
            }
            if ONE {
                return Flow::Next;
            }
            continue 'block;
        }
    }

    /// The frame for `recv.name(*args)` when `recv` is an instance of a
    /// user class whose attribute `name` is a plain function on the class,
    /// not shadowed by the instance dict, that binds positionally (see
    /// [`fast_frame`]); `None` sends the call the general way.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn method_fast_frame(
        &mut self,
        module: &Module,
        recv: Value,
        name: pycps_ir::NameId,
        args: &[pycps_ir::ValueId],
        regs: &[Value],
        in_async: bool,
        dst: pycps_ir::ValueId,
    ) -> Option<Frame> {
        let Value::Obj(r) = recv else { return None };
        let Object::Instance(i) = self.heap.get(r) else {
            return None;
        };
        let (cls, dict) = (i.class, i.dict);
        let n = module.name(name);
        let Some(Value::Obj(f)) = self.class_lookup(cls, n) else {
            return None;
        };
        let Object::Function(fo) = self.heap.get(f) else {
            return None;
        };
        if self.dict_get_str(dict, n).is_some() {
            return None;
        }
        fast_frame(
            &mut self.reg_pool,
            module,
            fo,
            Some(recv),
            args,
            regs,
            in_async,
            ReturnTo::Call(dst),
        )
    }

    /// Applies the outcome of a call instruction; `Some(flow)` when the
    /// frame stack must change.
    fn finish_call(
        &mut self,
        frame: &mut Frame,
        dst: pycps_ir::ValueId,
        r: super::PyResult<CallOut>,
    ) -> Option<Flow> {
        match r {
            Ok(CallOut::Value(v)) => {
                frame.regs[dst.index()] = v;
                None
            }
            Ok(CallOut::Push(mut nf)) => {
                nf.ret = ReturnTo::Call(dst);
                Some(Flow::Push(nf))
            }
            Ok(CallOut::Native(mut nf, mut cont)) => {
                chain_end(&mut cont).dst = dst;
                nf.ret = ReturnTo::Native(Box::new(cont));
                Some(Flow::Push(nf))
            }
            Err(Raise::Exc(e)) => Some(Flow::Raise(e, true)),
            Err(Raise::Limit(l)) => Some(Flow::Limit(l)),
            Err(Raise::Call(p)) => Some(Flow::Push(self.pending_frame(
                *p,
                crate::protocol::Redo::Inst,
                None,
            ))),
        }
    }

    pub(crate) fn raise_new(&mut self, cls: ClassId, msg: impl Into<String>) -> Flow {
        match self.err(cls, msg) {
            Raise::Exc(e) => Flow::Raise(e, true),
            Raise::Limit(l) => Flow::Limit(l),
            Raise::Call(p) => Flow::Push(self.pending_frame(*p, crate::protocol::Redo::Inst, None)),
        }
    }

    pub(crate) fn set_gen_state(&mut self, gen: crate::value::ObjRef, state: CoroState) {
        if let Object::Generator(g) = self.heap.get_mut(gen) {
            g.state = state;
        }
    }

    /// Resumes (or starts) generator `gen` with `ret` as its return
    /// route; `None` if it is exhausted.
    pub(crate) fn resume_generator(
        &mut self,
        gen: crate::value::ObjRef,
        ret: ReturnTo,
    ) -> Option<Flow> {
        let module = self.module.clone();
        let state = match self.heap.get_mut(gen) {
            Object::Generator(g) => std::mem::replace(&mut g.state, CoroState::Running),
            _ => CoroState::Done,
        };
        match state {
            CoroState::Created(mut f) => {
                f.ret = ret;
                Some(Flow::Push(*f))
            }
            CoroState::Suspended(mut f) => {
                deliver_suspend(&module, &mut f, Value::None);
                f.ret = ret;
                Some(Flow::Push(*f))
            }
            CoroState::Running => {
                self.set_gen_state(gen, CoroState::Running);
                Some(self.raise_new(ClassId::ValueError, "generator already executing"))
            }
            CoroState::Done => {
                self.set_gen_state(gen, CoroState::Done);
                None
            }
        }
    }

    /// Runs a native continuation (a built-in that called back into
    /// Python) after an event; its caller is the top frame. Results of a
    /// continuation with a `parent` feed the parent (continuations nest),
    /// exceptions travel up the parent chain until one catches them.
    pub(crate) fn native_resume(
        &mut self,
        frames: &mut [Frame],
        cont: NativeCont,
        ev: NativeEvent,
    ) -> Option<Flow> {
        let module = self.module.clone();
        let mut cont = cont;
        let mut ev = ev;
        loop {
            let dst = cont.dst;
            let parent = cont.parent.take();
            let saved = std::mem::replace(&mut self.nested_mode, true);
            let r = self.native_step(cont, ev);
            self.nested_mode = saved;
            let step = match r {
                Ok(step) => step,
                Err(Raise::Exc(e)) => match parent {
                    Some(p) => {
                        cont = *p;
                        ev = NativeEvent::Raised(e);
                        continue;
                    }
                    None => return Some(Flow::Raise(e, true)),
                },
                Err(Raise::Limit(l)) => return Some(Flow::Limit(l)),
                Err(Raise::Call(_)) => {
                    return Some(self.raise_new(
                        ClassId::SystemError,
                        "internal error: a special method call escaped its continuation",
                    ))
                }
            };
            let out = match step {
                NativeStep::Done(v) => CallOut::Value(v),
                NativeStep::Call(out) => out,
                NativeStep::Push(mut nf, mut c) => {
                    c.parent = parent;
                    nf.ret = ReturnTo::Native(Box::new(c));
                    return Some(Flow::Push(nf));
                }
                NativeStep::PushRaw(mut nf) => {
                    if let ReturnTo::Native(c) = &mut nf.ret {
                        attach_parent(c, parent);
                    }
                    return Some(Flow::Push(nf));
                }
                NativeStep::ResumeGen(gen, mut c) => {
                    c.parent = parent;
                    let dstc = c.dst;
                    match self.resume_generator(gen, ReturnTo::Native(Box::new(c.clone()))) {
                        Some(flow) => return Some(flow),
                        None => {
                            cont = c;
                            cont.dst = dstc;
                            ev = NativeEvent::Returned(Value::None);
                            continue;
                        }
                    }
                }
                NativeStep::Retry => return None,
                NativeStep::Yield(v) => return Some(Flow::Yield(v)),
                NativeStep::Resume(v) => {
                    if let Some(caller) = frames.last_mut() {
                        finish_yield_from(&module, caller, v);
                    }
                    return None;
                }
            };
            match parent {
                Some(p) => match out {
                    CallOut::Value(v) => {
                        cont = *p;
                        ev = NativeEvent::Returned(v);
                        continue;
                    }
                    CallOut::Push(mut nf) => {
                        nf.ret = ReturnTo::Native(p);
                        return Some(Flow::Push(nf));
                    }
                    CallOut::Native(mut nf, mut c) => {
                        attach_parent(&mut c, Some(p));
                        nf.ret = ReturnTo::Native(Box::new(c));
                        return Some(Flow::Push(nf));
                    }
                },
                None => {
                    let Some(caller) = frames.last_mut() else {
                        // Bottom of a nested run: its result ends the run.
                        return match out {
                            CallOut::Value(v) => Some(Flow::Return(v)),
                            CallOut::Push(mut nf) => {
                                nf.ret = ReturnTo::TaskRoot;
                                Some(Flow::Push(nf))
                            }
                            CallOut::Native(mut nf, c) => {
                                nf.ret = ReturnTo::Native(Box::new(c));
                                Some(Flow::Push(nf))
                            }
                        };
                    };
                    return match self.finish_call(caller, dst, Ok(out)) {
                        Some(flow) => Some(flow),
                        None => {
                            caller.ip += 1;
                            None
                        }
                    };
                }
            }
        }
    }

    /// `raise X [from Y]`: the exception instance to raise.
    fn make_raisable(&mut self, e: Value, cause: Option<Value>) -> super::PyResult<Value> {
        let exc = self.instantiate_exception(e)?;
        if let Some(c) = cause {
            let c = if matches!(c, Value::None) {
                Value::None
            } else {
                self.instantiate_exception(c)?
            };
            if let Some(Object::Exception(x)) = exc.as_obj().map(|r| self.heap.get_mut(r)) {
                x.cause = c;
                x.suppress_context = true;
            }
        }
        Ok(exc)
    }

    /// An exception instance from a class or an instance.
    pub(crate) fn instantiate_exception(&mut self, e: Value) -> super::PyResult<Value> {
        match self.heap.obj(e) {
            Some(Object::Exception(_)) => Ok(e),
            Some(Object::Class(c)) if c.is_exception() => {
                let c = *c;
                Ok(self.new_exception(c, Vec::new()))
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    pub(crate) fn exception_match(&mut self, e: Value, ty: Value) -> super::PyResult<bool> {
        let ec = self.heap.class_of(e);
        let classes: Vec<Value> = match self.heap.obj(ty) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => vec![ty],
        };
        let mut matched = false;
        for c in classes {
            match self.heap.obj(c) {
                Some(Object::Class(cls)) if cls.is_exception() => {
                    if ec.is_subclass(*cls) {
                        matched = true;
                    }
                }
                // A user exception class (`class E(ValueError)`).
                Some(Object::UserClass(k)) if k.base.is_exception() => {
                    if let Value::Obj(r) = c {
                        if self.is_instance_of(e, r) {
                            matched = true;
                        }
                    }
                }
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        Ok(matched)
    }
}

/// The commonest `int op int` cases, small enough to inline into the
/// dispatch loop; `None` sends the rest to [`int_fast`] (then the generic
/// path). Same results as `int_fast` where both apply.
#[inline(always)]
fn int_binary_inline(op: BinaryOp, a: i64, b: i64) -> Option<Value> {
    match op {
        BinaryOp::Add => a.checked_add(b).map(Value::Int),
        BinaryOp::Sub => a.checked_sub(b).map(Value::Int),
        BinaryOp::BitAnd => Some(Value::Int(a & b)),
        BinaryOp::BitOr => Some(Value::Int(a | b)),
        BinaryOp::BitXor => Some(Value::Int(a ^ b)),
        // Python's modulo takes the divisor's sign; with non-negative
        // operands it is Rust's `%`.
        BinaryOp::Mod if a >= 0 && b > 0 => Some(Value::Int(a % b)),
        _ => None,
    }
}

/// `int op int` for the ordering and (in)equality operators (`is` on two
/// ints compares values, as for CPython's cached small ints: pycps ints
/// are immediates); `None` for other operands or operators.
#[inline(always)]
fn int_compare_inline(op: CompareOp, a: Value, b: Value) -> Option<bool> {
    let (Value::Int(x), Value::Int(y)) = (a, b) else {
        return None;
    };
    match op {
        CompareOp::Eq | CompareOp::Is => Some(x == y),
        CompareOp::Ne | CompareOp::IsNot => Some(x != y),
        CompareOp::Lt => Some(x < y),
        CompareOp::Le => Some(x <= y),
        CompareOp::Gt => Some(x > y),
        CompareOp::Ge => Some(x >= y),
        _ => None,
    }
}

/// Where the block goes when the comparison at `ip`, the block's last
/// instruction, wrote `r` to `dst` and the terminator branches on `dst`
/// (`if a < b:`, `while i < n:`): the compare and the branch then run as
/// one dispatch. `None` otherwise.
#[inline(always)]
fn fused_branch(
    block: &pycps_ir::Block,
    ip: u32,
    dst: pycps_ir::ValueId,
    r: bool,
) -> Option<pycps_ir::BlockId> {
    match &block.term {
        Terminator::Branch {
            cond,
            then_to,
            else_to,
        } if *cond == dst && ip as usize + 1 == block.insts.len() => {
            Some(if r { *then_to } else { *else_to })
        }
        _ => None,
    }
}

/// Delivers a value to a frame suspended at an await/yield: writes the
/// suspend's `dst` and moves to its resume block. At a `yield from` the
/// frame stays at the suspend (re-executing it forwards `v`, kept in
/// `dst`, to the delegate).
pub(crate) fn deliver_suspend(module: &Module, frame: &mut Frame, v: Value) {
    let block = module.function(frame.func).block(frame.block);
    if let Terminator::Suspend {
        resume, dst, kind, ..
    } = &block.term
    {
        frame.regs[dst.index()] = v;
        if *kind != SuspendKind::YieldFrom {
            frame.block = *resume;
            frame.ip = 0;
        }
    }
}

/// A `yield from` finished with `v`: continue after the suspend.
pub(crate) fn finish_yield_from(module: &Module, frame: &mut Frame, v: Value) {
    let block = module.function(frame.func).block(frame.block);
    if let Terminator::Suspend { resume, dst, .. } = &block.term {
        frame.regs[dst.index()] = v;
        frame.block = *resume;
        frame.ip = 0;
    }
}

/// Appends `parent` at the end of a continuation chain.
pub(crate) fn attach_parent(c: &mut NativeCont, parent: Option<Box<NativeCont>>) {
    let Some(p) = parent else { return };
    chain_end(c).parent = Some(p);
}

/// The outermost continuation of a chain (the one whose result goes to
/// the caller frame's `dst`).
pub(crate) fn chain_end(c: &mut NativeCont) -> &mut NativeCont {
    match c.parent {
        Some(ref mut p) => chain_end(p),
        None => c,
    }
}

fn for_iter_body(module: &Module, frame: &mut Frame, v: Value) {
    let block = module.function(frame.func).block(frame.block);
    if let Terminator::ForIter { dst, body, .. } = &block.term {
        frame.regs[dst.index()] = v;
        frame.block = *body;
        frame.ip = 0;
    }
}

fn for_iter_exit(module: &Module, frame: &mut Frame) {
    let block = module.function(frame.func).block(frame.block);
    if let Terminator::ForIter { exit, .. } = &block.term {
        frame.block = *exit;
        frame.ip = 0;
    }
}
