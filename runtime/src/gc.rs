//! The garbage collector: mark-sweep over the heap arena at safe points.
//!
//! Safe points. A collection runs only between instructions of the task
//! being executed by `Interp::execute` at top level (not inside a nested
//! run of a special method, not while an operation is being replayed),
//! where every live `Value` is in a frame register, a task, a heap object
//! or a field of `Interp`: none is held in a Rust local. The dispatch loop
//! asks for one (`Flow::Collect`) at its periodic limit check when
//! [`Interp::gc_due`] says so.
//!
//! Roots: the executing task's frames, every field of `Interp` that can
//! hold a value (listed by an exhaustive destructuring in
//! [`Interp::collect`], so a new field cannot be forgotten), and the
//! built-in class slots.
//!
//! Tracing reuses the `Serialize` derives that paused-run snapshots need
//! anyway: a [`Tracer`] is a `serde::Serializer` that records every
//! [`ObjRef`] it meets (an `ObjRef` serializes as the newtype struct
//! `"ObjRef"`). Whatever a snapshot would save is therefore what the
//! collector keeps; a type that holds values must derive `Serialize`
//! without skipping them. A marked object's user-class header (kept beside
//! the arena, see `crate::heap`) is traced with it.
//!
//! Pacing: a collection runs when the estimated heap size has doubled
//! since the last one (at least `MIN_THRESHOLD` bytes). With the
//! environment variable `PYCPS_GC_STRESS=N` it runs every N instructions
//! instead (`PYCPS_GC_STRESS=7 cargo test --test conformance` runs the
//! corpus clean: it is how a missing root would show).

use crate::interp::frame::Frame;
use crate::interp::Interp;
use crate::value::ObjRef;
use serde::ser::{self, Serialize};

/// Heap size (estimated bytes) below which no collection runs.
pub const MIN_THRESHOLD: usize = 8 << 20;

/// Records the `ObjRef`s met while serializing.
pub struct Tracer {
    pub found: Vec<ObjRef>,
    /// The next `u32` is the inside of an `ObjRef`.
    objref_next: bool,
}

impl Tracer {
    pub fn new() -> Tracer {
        Tracer {
            found: Vec::new(),
            objref_next: false,
        }
    }

    /// Records the object references inside `v`.
    pub fn trace<T: Serialize + ?Sized>(&mut self, v: &T) {
        // The tracer never fails (see `TraceError`).
        let _ = v.serialize(&mut *self);
    }
}

impl Default for Tracer {
    fn default() -> Self {
        Self::new()
    }
}

/// Never produced; `serde` needs an error type.
#[derive(Debug)]
pub struct TraceError;

impl std::fmt::Display for TraceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("trace error")
    }
}

impl std::error::Error for TraceError {}

impl ser::Error for TraceError {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        TraceError
    }
}

type R = Result<(), TraceError>;

impl ser::Serializer for &mut Tracer {
    type Ok = ();
    type Error = TraceError;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_u32(self, v: u32) -> R {
        if std::mem::take(&mut self.objref_next) {
            self.found.push(ObjRef(v));
        }
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &'static str, v: &T) -> R {
        if name == "ObjRef" {
            self.objref_next = true;
            let r = v.serialize(&mut *self);
            self.objref_next = false;
            return r;
        }
        v.serialize(self)
    }
    fn serialize_bool(self, _: bool) -> R {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> R {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> R {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> R {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> R {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> R {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> R {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> R {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> R {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> R {
        Ok(())
    }
    fn serialize_char(self, _: char) -> R {
        Ok(())
    }
    fn serialize_str(self, _: &str) -> R {
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Ok(())
    }
    fn serialize_none(self) -> R {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_unit(self) -> R {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> R {
        Ok(())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        v: &T,
    ) -> R {
        v.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, TraceError> {
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, TraceError> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, TraceError> {
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, TraceError> {
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, TraceError> {
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, TraceError> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, TraceError> {
        Ok(self)
    }
}

/// Compound parts forward every element to the tracer.
macro_rules! forward_compound {
    ($($tr:ident :: $m:ident),*) => {$(
        impl ser::$tr for &mut Tracer {
            type Ok = ();
            type Error = TraceError;
            fn $m<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
                v.serialize(&mut **self)
            }
            fn end(self) -> R {
                Ok(())
            }
        }
    )*};
}

forward_compound!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for &mut Tracer {
    type Ok = ();
    type Error = TraceError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> R {
        k.serialize(&mut **self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        v.serialize(&mut **self)
    }
    fn end(self) -> R {
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Tracer {
    type Ok = ();
    type Error = TraceError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, _: &'static str, v: &T) -> R {
        v.serialize(&mut **self)
    }
    fn end(self) -> R {
        Ok(())
    }
}

impl ser::SerializeStructVariant for &mut Tracer {
    type Ok = ();
    type Error = TraceError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, _: &'static str, v: &T) -> R {
        v.serialize(&mut **self)
    }
    fn end(self) -> R {
        Ok(())
    }
}

impl Interp {
    /// Whether a collection is wanted now and may run (see module docs).
    #[inline]
    pub fn gc_due(&self) -> bool {
        (self.gc_stress > 0 || self.heap.bytes >= self.gc_threshold)
            && self.nested_depth == 0
            && !self.nested_mode
            && self.replay.is_none()
    }

    /// Collects garbage; `frames` are the executing task's frames.
    pub fn collect(&mut self, frames: &[Frame]) {
        let mut tr = Tracer::new();
        tr.trace(frames);
        // Every field is named: a new one must be classified here.
        let Interp {
            module: _,
            caps: _,
            heap: _,
            limits: _,
            consts,
            globals,
            builtins,
            extra_globals,
            tasks,
            ready: _,
            current: _,
            main_task: _,
            timers,
            issued,
            outstanding,
            cancelled_calls: _,
            vnow: _,
            soon,
            next_call: _,
            next_task_name: _,
            output: _,
            stderr_chunks: _,
            output_total: _,
            sys,
            steps: _,
            epoch: _,
            asyncio,
            argbuf,
            reg_pool: _,
            repr_stack,
            line_starts: _,
            replay,
            nested_mode: _,
            nested_depth: _,
            not_implemented,
            repr_memo,
            str_memo,
            walk_budget: _,
            gc_threshold: _,
            gc_stress: _,
            agens,
            loop_obj,
        } = &*self;
        tr.trace(consts);
        tr.trace(globals);
        tr.trace(builtins);
        tr.trace(extra_globals);
        tr.trace(tasks);
        tr.trace(timers);
        tr.trace(issued);
        tr.trace(outstanding);
        tr.trace(soon);
        tr.trace(asyncio);
        tr.trace(argbuf);
        tr.trace(repr_stack);
        tr.trace(replay);
        tr.trace(not_implemented);
        tr.trace(repr_memo);
        tr.trace(str_memo);
        tr.trace(agens);
        tr.trace(loop_obj);
        tr.trace(sys);
        let marked = self.mark_from(tr);
        let live = self.heap.sweep(&marked);
        self.gc_threshold = (live * 2).max(MIN_THRESHOLD);
    }

    /// The mark table of every heap object reachable from the roots `tr`
    /// has found (objects, and the user-class headers of built-in ones).
    pub(crate) fn mark_from(&self, mut tr: Tracer) -> Vec<bool> {
        let mut marked = vec![false; self.heap.slot_count()];
        let mut stack = std::mem::take(&mut tr.found);
        while let Some(r) = stack.pop() {
            let Some(m) = marked.get_mut(r.index()) else {
                continue;
            };
            if *m {
                continue;
            }
            *m = true;
            if let Some(obj) = self.heap.slot(r) {
                tr.trace(obj);
                tr.trace(&self.heap.header(r));
                stack.append(&mut tr.found);
            }
        }
        marked
    }
}
