//! Raising: finding the handler, popping frames, recording traceback
//! entries, `__context__` chaining, and rendering CPython-style tracebacks.

use super::exec::Exit;
use super::frame::{Frame, ReturnTo};
use super::Interp;
use crate::error::PyException;
use crate::object::{CoroState, Object, TbEntry};
use crate::value::Value;
use pycps_ir::{FunctionKind, Module};

impl Interp {
    /// Byte offset the frame is executing (for tracebacks).
    pub fn frame_offset(module: &Module, frame: &Frame) -> u32 {
        let block = module.function(frame.func).block(frame.block);
        match block.insts.get(frame.ip as usize) {
            Some(i) => i.span.start,
            None => block.term_span.start,
        }
    }

    /// Sets `__context__` of a newly raised exception from the exception
    /// being handled (innermost `PushHandled` of the task's frames).
    pub(crate) fn set_context(&mut self, frames: &[Frame], exc: Value) {
        let handled = frames.iter().rev().find_map(|f| f.handled.last().copied());
        if let (Some(h), Value::Obj(r)) = (handled, exc) {
            if h.is(exc) {
                return;
            }
            if let Object::Exception(e) = self.heap.get_mut(r) {
                if matches!(e.context, Value::None) {
                    e.context = h;
                }
            }
        }
    }

    fn add_tb(&mut self, exc: Value, entry: TbEntry) {
        if let Value::Obj(r) = exc {
            if let Object::Exception(e) = self.heap.get_mut(r) {
                if e.traceback.len() < 100_000 {
                    e.traceback.push(entry);
                }
            }
        }
    }

    /// Unwinds `frames` to the nearest handler. `Ok(None)`: a handler was
    /// found (the top frame is now at it); `Ok(Some(flow))`: a native
    /// continuation took the exception and asks for `flow`; `Err(exit)`:
    /// the task is done.
    pub(crate) fn unwind(
        &mut self,
        module: &Module,
        frames: &mut Vec<Frame>,
        exc: Value,
        record_top: bool,
    ) -> Result<Option<super::exec::Flow>, Exit> {
        let mut record = record_top;
        let mut exc = exc;
        loop {
            let Some(frame) = frames.last_mut() else {
                return Err(Exit::Raised(exc));
            };
            if record {
                let entry = TbEntry {
                    func: frame.func,
                    offset: Self::frame_offset(module, frame),
                };
                self.add_tb(exc, entry);
            }
            record = true;
            let block = module.function(frame.func).block(frame.block);
            if let Some(h) = block.handler {
                frame.block = h;
                frame.ip = 0;
                frame.exc = exc;
                return Ok(None);
            }
            let Some(done) = frames.pop() else {
                return Err(Exit::Raised(exc));
            };
            if matches!(module.function(done.func).kind, FunctionKind::Generator) {
                exc = self.pep479(exc);
            }
            match done.ret {
                ReturnTo::TaskRoot => return Err(Exit::Raised(exc)),
                ReturnTo::GenNext { gen } => self.set_gen_state(gen, CoroState::Done),
                ReturnTo::AGen { gen, closing } => {
                    self.set_agen_state(gen, CoroState::Done);
                    let c = self.heap.class_of(exc);
                    if closing
                        && (c.is_subclass(crate::classes::ClassId::GeneratorExit)
                            || c.is_subclass(crate::classes::ClassId::StopAsyncIteration))
                    {
                        // `aclose()` finished the generator: it returns None.
                        if let Some(caller) = frames.last_mut() {
                            super::exec::deliver_suspend(module, caller, Value::None);
                            return Ok(None);
                        }
                    }
                }
                ReturnTo::Native(cont) => {
                    if let Some(gen) = cont.draining_gen() {
                        self.set_gen_state(gen, CoroState::Done);
                    }
                    let flow = self.native_resume(
                        frames,
                        *cont,
                        crate::builtins::NativeEvent::Raised(exc),
                    );
                    return Ok(flow);
                }
                ReturnTo::Call(_) | ReturnTo::Await => {}
            }
            if frames.is_empty() {
                return Err(Exit::Raised(exc));
            }
        }
    }

    /// Raises `NameError` for unbound global or builtin `n` (with its
    /// `name` field, for the traceback's suggestion).
    pub(crate) fn raise_name_error(&mut self, n: &str) -> super::exec::Flow {
        let flow = self.raise_new(
            crate::classes::ClassId::NameError,
            format!("name '{n}' is not defined"),
        );
        if let super::exec::Flow::Raise(e, _) = &flow {
            let name = self.heap.str(n);
            self.set_exception_slot(*e, "name", name);
        }
        flow
    }

    /// PEP 479: a `StopIteration` leaving a generator becomes
    /// `RuntimeError: generator raised StopIteration`.
    fn pep479(&mut self, exc: Value) -> Value {
        if !self
            .heap
            .class_of(exc)
            .is_subclass(crate::classes::ClassId::StopIteration)
        {
            return exc;
        }
        let m = self.heap.str("generator raised StopIteration");
        let e = self.new_exception(crate::classes::ClassId::RuntimeError, vec![m]);
        if let Some(Object::Exception(x)) = e.as_obj().map(|r| self.heap.get_mut(r)) {
            x.cause = exc;
            x.context = exc;
            x.suppress_context = true;
        }
        e
    }

    /// An uncaught exception as host data, with its rendered traceback.
    pub fn py_exception(&mut self, exc: Value) -> PyException {
        // User `__str__`/`__repr__` results, computed before rendering.
        let (saved_r, saved_s) = (
            std::mem::take(&mut self.repr_memo),
            std::mem::take(&mut self.str_memo),
        );
        self.prepare_exception_render(exc);
        self.prepare_group_render(exc);
        let e = PyException {
            type_name: self.heap.type_name(exc).to_string(),
            message: self.exception_message(exc),
            traceback: self.format_traceback(exc),
        };
        self.repr_memo = saved_r;
        self.str_memo = saved_s;
        e
    }

    /// CPython's traceback text, including chained exceptions.
    pub fn format_traceback(&self, exc: Value) -> String {
        if let Some(s) = self.format_group_traceback(exc) {
            return s;
        }
        // Collect the chain, outermost cause/context first.
        let mut chain: Vec<(Value, &'static str)> = Vec::new();
        let mut cur = exc;
        let mut seen = Vec::new();
        let mut link = "";
        while let Value::Obj(r) = cur {
            if seen.contains(&r) || seen.len() > 50 {
                break;
            }
            seen.push(r);
            chain.push((cur, link));
            let Object::Exception(e) = self.heap.get(r) else {
                break;
            };
            if !matches!(e.cause, Value::None) {
                link = "\nThe above exception was the direct cause of the following exception:\n\n";
                cur = e.cause;
            } else if !matches!(e.context, Value::None) && !e.suppress_context {
                link = "\nDuring handling of the above exception, another exception occurred:\n\n";
                cur = e.context;
            } else {
                break;
            }
        }
        let mut out = String::new();
        for (i, (e, _)) in chain.iter().enumerate().rev() {
            self.format_one(*e, &mut out);
            if i > 0 {
                out.push_str(chain[i].1);
            }
        }
        out
    }

    pub(crate) fn format_one(&self, exc: Value, out: &mut String) {
        let Some(Object::Exception(e)) = self.heap.obj(exc) else {
            return;
        };
        if !e.traceback.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(u32, u32)> = None;
            let mut repeats = 0usize;
            let flush = |out: &mut String, repeats: usize| {
                if repeats > 3 {
                    let n = repeats - 3;
                    out.push_str(&format!(
                        "  [Previous line repeated {n} more time{}]\n",
                        if n == 1 { "" } else { "s" }
                    ));
                }
            };
            for entry in e.traceback.iter().rev() {
                if self.hidden_tb_entry(entry.offset) {
                    continue;
                }
                let line = self.line_of(entry.offset);
                let key = (entry.func.0, line);
                if last == Some(key) {
                    repeats += 1;
                    if repeats > 3 {
                        continue;
                    }
                } else {
                    flush(out, repeats);
                    repeats = 1;
                    last = Some(key);
                }
                let f = self.module.function(entry.func);
                let name = match f.kind {
                    FunctionKind::Module { .. } => "<module>",
                    _ => f.name.as_str(),
                };
                out.push_str(&format!(
                    "  File \"{}\", line {line}, in {name}\n",
                    self.module.filename
                ));
                let src = self.source_line(line);
                if !src.is_empty() {
                    out.push_str("    ");
                    out.push_str(src);
                    out.push('\n');
                }
            }
            flush(out, repeats);
        }
        let name = match e.user_class {
            Some(c) => match self.heap.get(c) {
                Object::UserClass(_) => {
                    // `__module__` other than `__main__` qualifies the name
                    // (`dataclasses.FrozenInstanceError`).
                    let p = self.user_class_path(c);
                    match p.strip_prefix("__main__.") {
                        Some(q) => q.to_string(),
                        None => p,
                    }
                }
                _ => e.class.qualified_name(),
            },
            None => e.class.qualified_name(),
        };
        let msg = self.exception_message(exc);
        if msg.is_empty() {
            out.push_str(&name);
        } else {
            out.push_str(&name);
            out.push_str(": ");
            out.push_str(&msg);
        }
        if let Some(s) = self.offer_suggestion(exc) {
            out.push_str(". Did you mean: '");
            out.push_str(&s);
            out.push_str("'?");
        }
        out.push('\n');
    }
}
