//! `itertools`. The iterator-shaped functions (`count`, `cycle`, `repeat`,
//! `chain`, `islice`, `accumulate`, `zip_longest`, `pairwise`, `compress`,
//! `starmap`, `takewhile`, `dropwhile`, `filterfalse`, `groupby`) are lazy
//! native iterators stepping as CPython's C code does (`LazyIter`), so
//! infinite inputs work and callbacks run item by item. A step that runs
//! Python code (a callback, a generator input) runs it nested: a replayed
//! instruction would otherwise advance the inputs twice (see
//! `crate::protocol`). The combinatoric functions materialise their inputs
//! (as CPython does) and their results, with sizes checked against the
//! memory limit first.

use super::native::NativeObj;
use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use pycps_ir::BinaryOp;
use serde::{Deserialize, Serialize};

pub const FUNCTIONS: &[&str] = &[
    "chain",
    "chain.from_iterable",
    "islice",
    "product",
    "permutations",
    "combinations",
    "combinations_with_replacement",
    "groupby",
    "accumulate",
    "count",
    "cycle",
    "repeat",
    "zip_longest",
    "starmap",
    "takewhile",
    "dropwhile",
    "filterfalse",
    "pairwise",
    "compress",
    "tee",
];

/// The lazy iterators: the state of CPython's iterator objects.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum LazyIter {
    Count {
        cur: Value,
        step: Value,
    },
    /// The first pass yields from `src` while saving; then `saved` cycles.
    Cycle {
        src: Option<ObjRef>,
        saved: Vec<Value>,
        idx: usize,
    },
    Repeat {
        value: Value,
        left: Option<i64>,
    },
    /// `chain(*its)` (`source` iterates the arguments) and
    /// `chain.from_iterable(its)`; `active` is the iterator being drained.
    Chain {
        source: Option<ObjRef>,
        active: Option<ObjRef>,
    },
    /// `cnt` items consumed; the next one yielded is item `next`.
    ISlice {
        src: Option<ObjRef>,
        cnt: u64,
        next: u64,
        stop: Option<u64>,
        step: u64,
    },
    Accumulate {
        src: ObjRef,
        func: Option<Value>,
        total: Option<Value>,
        initial: Option<Value>,
    },
    /// `None` entries are exhausted inputs.
    ZipLongest {
        srcs: Vec<Option<ObjRef>>,
        active: usize,
        fill: Value,
    },
    Pairwise {
        src: Option<ObjRef>,
        old: Option<Value>,
    },
    Compress {
        data: ObjRef,
        sel: ObjRef,
    },
    /// `starmap`, `takewhile`, `dropwhile`, `filterfalse`; `flag`: the
    /// predicate failed (takewhile) / stopped dropping (dropwhile).
    Pred {
        kind: PredKind,
        func: Value,
        src: ObjRef,
        flag: bool,
    },
    /// `groupby`: CPython's `tgtkey`/`currkey`/`currvalue`; `gen` tells
    /// the current grouper from stale ones.
    GroupBy {
        src: ObjRef,
        key: Option<Value>,
        tgt: Option<Value>,
        curkey: Option<Value>,
        curval: Option<Value>,
        gen: u64,
    },
    /// A group of `parent` (a `GroupBy`), valid while `parent.gen == gen`.
    Grouper {
        parent: ObjRef,
        tgt: Value,
        gen: u64,
    },
}

/// Which predicate-driven iterator a [`LazyIter::Pred`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PredKind {
    StarMap,
    TakeWhile,
    DropWhile,
    FilterFalse,
}

impl LazyIter {
    /// The class (`itertools.<name>`).
    pub fn class(&self) -> ClassId {
        match self {
            LazyIter::Count { .. } => ClassId::ItertoolsCount,
            LazyIter::Cycle { .. } => ClassId::ItertoolsCycle,
            LazyIter::Repeat { .. } => ClassId::ItertoolsRepeat,
            LazyIter::Chain { .. } => ClassId::ItertoolsChain,
            LazyIter::ISlice { .. } => ClassId::ItertoolsISlice,
            LazyIter::Accumulate { .. } => ClassId::ItertoolsAccumulate,
            LazyIter::ZipLongest { .. } => ClassId::ItertoolsZipLongest,
            LazyIter::Pairwise { .. } => ClassId::ItertoolsPairwise,
            LazyIter::Compress { .. } => ClassId::ItertoolsCompress,
            LazyIter::GroupBy { .. } => ClassId::ItertoolsGroupBy,
            LazyIter::Grouper { .. } => ClassId::ItertoolsGrouper,
            LazyIter::Pred { kind, .. } => match kind {
                PredKind::StarMap => ClassId::ItertoolsStarMap,
                PredKind::TakeWhile => ClassId::ItertoolsTakeWhile,
                PredKind::DropWhile => ClassId::ItertoolsDropWhile,
                PredKind::FilterFalse => ClassId::ItertoolsFilterFalse,
            },
        }
    }

    /// The CPython type name (`itertools.<name>`).
    pub fn type_name(&self) -> &'static str {
        self.class().name()
    }
}

pub fn attr(it: &mut Interp, name: &str) -> Option<Value> {
    let _ = (it, name);
    None
}

/// `iter(v)` as an object reference.
fn iter_of(it: &mut Interp, v: Value) -> PyResult<ObjRef> {
    match it.get_iter(v)? {
        Value::Obj(r) => Ok(r),
        _ => Err(it.not_iterable(v)),
    }
}

fn lazy(it: &mut Interp, l: LazyIter) -> Value {
    it.alloc_native(NativeObj::Lazy(Box::new(l)))
}

impl Interp {
    /// `next()` of a lazy native iterator (`None`: exhausted).
    pub fn lazy_next(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        let Some(l) = self.lazy_state(r) else {
            return Ok(None);
        };
        let (out, next) = match l {
            LazyIter::Count { cur, step } => {
                let n = self.binary(BinaryOp::Add, cur, step, false)?;
                (Some(cur), LazyIter::Count { cur: n, step })
            }
            LazyIter::Repeat { value, left } => match left {
                Some(n) if n <= 0 => (None, LazyIter::Repeat { value, left }),
                Some(n) => (
                    Some(value),
                    LazyIter::Repeat {
                        value,
                        left: Some(n - 1),
                    },
                ),
                None => (Some(value), LazyIter::Repeat { value, left }),
            },
            LazyIter::Grouper { parent, tgt, gen } => {
                let out = self.nested(|it| it.grouper_next(parent, tgt, gen))?;
                return Ok(out);
            }
            // The rest may run Python code: nested (see the module docs).
            l => self.nested(|it| it.lazy_step(r, l))?,
        };
        self.set_lazy_state(r, next);
        Ok(out)
    }

    fn lazy_state(&self, r: ObjRef) -> Option<LazyIter> {
        match self.native(r) {
            Some(NativeObj::Lazy(l)) => Some((**l).clone()),
            _ => None,
        }
    }

    fn set_lazy_state(&mut self, r: ObjRef, l: LazyIter) {
        if let Object::Native(n) = self.heap.get_mut(r) {
            **n = NativeObj::Lazy(Box::new(l));
        }
    }

    /// One step of a lazy iterator that may call Python: the item and the
    /// new state.
    fn lazy_step(&mut self, me: ObjRef, l: LazyIter) -> PyResult<(Option<Value>, LazyIter)> {
        Ok(match l {
            LazyIter::Cycle {
                src,
                mut saved,
                idx,
            } => {
                if let Some(s) = src {
                    if let Some(v) = self.iter_next(s)? {
                        saved.push(v);
                        let next = LazyIter::Cycle { src, saved, idx: 0 };
                        return Ok((Some(v), next));
                    }
                }
                if saved.is_empty() {
                    (
                        None,
                        LazyIter::Cycle {
                            src: None,
                            saved,
                            idx,
                        },
                    )
                } else {
                    let v = saved[idx % saved.len()];
                    let idx = (idx + 1) % saved.len();
                    (
                        Some(v),
                        LazyIter::Cycle {
                            src: None,
                            saved,
                            idx,
                        },
                    )
                }
            }
            LazyIter::Chain { source, mut active } => {
                let mut source = source;
                loop {
                    if let Some(a) = active {
                        if let Some(v) = self.iter_next(a)? {
                            return Ok((Some(v), LazyIter::Chain { source, active }));
                        }
                        active = None;
                    }
                    let Some(src) = source else {
                        return Ok((None, LazyIter::Chain { source, active }));
                    };
                    match self.iter_next(src)? {
                        Some(iterable) => match self.get_iter(iterable)? {
                            Value::Obj(a) => active = Some(a),
                            _ => return Err(self.not_iterable(iterable)),
                        },
                        None => source = None,
                    }
                }
            }
            LazyIter::ISlice {
                src,
                mut cnt,
                mut next,
                stop,
                step,
            } => {
                let done = |cnt, next| LazyIter::ISlice {
                    src: None,
                    cnt,
                    next,
                    stop,
                    step,
                };
                let Some(s) = src else {
                    return Ok((None, done(cnt, next)));
                };
                while cnt < next {
                    if self.iter_next(s)?.is_none() {
                        return Ok((None, done(cnt, next)));
                    }
                    cnt += 1;
                }
                if stop.is_some_and(|stop| cnt >= stop) {
                    return Ok((None, done(cnt, next)));
                }
                let Some(v) = self.iter_next(s)? else {
                    return Ok((None, done(cnt, next)));
                };
                cnt += 1;
                next = next.saturating_add(step);
                if let Some(stop) = stop {
                    next = next.min(stop);
                }
                (
                    Some(v),
                    LazyIter::ISlice {
                        src,
                        cnt,
                        next,
                        stop,
                        step,
                    },
                )
            }
            LazyIter::Accumulate {
                src,
                func,
                total,
                initial,
            } => {
                if let Some(init) = initial {
                    let next = LazyIter::Accumulate {
                        src,
                        func,
                        total: Some(init),
                        initial: None,
                    };
                    return Ok((Some(init), next));
                }
                let Some(v) = self.iter_next(src)? else {
                    let next = LazyIter::Accumulate {
                        src,
                        func,
                        total,
                        initial,
                    };
                    return Ok((None, next));
                };
                let t = match (total, func) {
                    (None, _) => v,
                    (Some(t), None) => self.binary(BinaryOp::Add, t, v, false)?,
                    (Some(t), Some(f)) => self.call_sync(f, &[t, v])?,
                };
                let next = LazyIter::Accumulate {
                    src,
                    func,
                    total: Some(t),
                    initial,
                };
                (Some(t), next)
            }
            LazyIter::ZipLongest {
                mut srcs,
                mut active,
                fill,
            } => {
                if srcs.is_empty() || active == 0 {
                    return Ok((None, LazyIter::ZipLongest { srcs, active, fill }));
                }
                let mut items = Vec::with_capacity(srcs.len());
                for slot in srcs.iter_mut() {
                    let v = match *slot {
                        None => fill,
                        Some(s) => match self.iter_next(s)? {
                            Some(v) => v,
                            None => {
                                *slot = None;
                                active -= 1;
                                if active == 0 {
                                    return Ok((None, LazyIter::ZipLongest { srcs, active, fill }));
                                }
                                fill
                            }
                        },
                    };
                    items.push(v);
                }
                let t = self.heap.tuple(items);
                (Some(t), LazyIter::ZipLongest { srcs, active, fill })
            }
            LazyIter::Pairwise { src, old } => {
                let Some(s) = src else {
                    return Ok((None, LazyIter::Pairwise { src, old }));
                };
                let old = match old {
                    Some(o) => o,
                    None => match self.iter_next(s)? {
                        Some(o) => o,
                        None => {
                            return Ok((
                                None,
                                LazyIter::Pairwise {
                                    src: None,
                                    old: None,
                                },
                            ))
                        }
                    },
                };
                match self.iter_next(s)? {
                    Some(new) => {
                        let t = self.heap.tuple(vec![old, new]);
                        (
                            Some(t),
                            LazyIter::Pairwise {
                                src,
                                old: Some(new),
                            },
                        )
                    }
                    None => (
                        None,
                        LazyIter::Pairwise {
                            src: None,
                            old: None,
                        },
                    ),
                }
            }
            LazyIter::Compress { data, sel } => loop {
                let Some(d) = self.iter_next(data)? else {
                    return Ok((None, LazyIter::Compress { data, sel }));
                };
                let Some(s) = self.iter_next(sel)? else {
                    return Ok((None, LazyIter::Compress { data, sel }));
                };
                if self.truthy(s)? {
                    return Ok((Some(d), LazyIter::Compress { data, sel }));
                }
            },
            LazyIter::Pred {
                kind,
                func,
                src,
                flag,
            } => {
                let same = |flag| LazyIter::Pred {
                    kind,
                    func,
                    src,
                    flag,
                };
                match kind {
                    PredKind::StarMap => {
                        let Some(args) = self.iter_next(src)? else {
                            return Ok((None, same(flag)));
                        };
                        let args = self.iterate(args)?;
                        (Some(self.call_sync(func, &args)?), same(flag))
                    }
                    PredKind::TakeWhile => {
                        if flag {
                            return Ok((None, same(flag)));
                        }
                        let Some(v) = self.iter_next(src)? else {
                            return Ok((None, same(flag)));
                        };
                        let r = self.call_sync(func, &[v])?;
                        if self.truthy(r)? {
                            (Some(v), same(false))
                        } else {
                            (None, same(true))
                        }
                    }
                    PredKind::DropWhile => loop {
                        let Some(v) = self.iter_next(src)? else {
                            return Ok((None, same(flag)));
                        };
                        if flag {
                            return Ok((Some(v), same(true)));
                        }
                        let r = self.call_sync(func, &[v])?;
                        if !self.truthy(r)? {
                            return Ok((Some(v), same(true)));
                        }
                    },
                    PredKind::FilterFalse => loop {
                        let Some(v) = self.iter_next(src)? else {
                            return Ok((None, same(flag)));
                        };
                        let r = match func {
                            Value::None => v,
                            f => self.call_sync(f, &[v])?,
                        };
                        if !self.truthy(r)? {
                            return Ok((Some(v), same(flag)));
                        }
                    },
                }
            }
            LazyIter::GroupBy {
                src,
                key,
                mut tgt,
                mut curkey,
                mut curval,
                gen,
            } => {
                // CPython's groupby_next: skip the rest of the current group.
                loop {
                    match (curkey, tgt) {
                        (None, _) => {}
                        (Some(_), None) => break,
                        (Some(c), Some(t)) => {
                            if !self.py_eq(t, c)? {
                                break;
                            }
                        }
                    }
                    let Some(v) = self.iter_next(src)? else {
                        let next = LazyIter::GroupBy {
                            src,
                            key,
                            tgt,
                            curkey,
                            curval: None,
                            gen: gen + 1,
                        };
                        return Ok((None, next));
                    };
                    curkey = Some(match key {
                        Some(f) => self.call_sync(f, &[v])?,
                        None => v,
                    });
                    curval = Some(v);
                }
                let Some(k) = curkey else {
                    return Err(self.type_error("groupby: no current key"));
                };
                tgt = Some(k);
                let gen = gen + 1;
                let grouper = lazy(
                    self,
                    LazyIter::Grouper {
                        parent: me,
                        tgt: k,
                        gen,
                    },
                );
                let t = self.heap.tuple(vec![k, grouper]);
                let next = LazyIter::GroupBy {
                    src,
                    key,
                    tgt,
                    curkey,
                    curval,
                    gen,
                };
                (Some(t), next)
            }
            l @ (LazyIter::Count { .. } | LazyIter::Repeat { .. } | LazyIter::Grouper { .. }) => {
                (None, l)
            }
        })
    }

    /// `next()` of a `groupby` group (CPython's `_grouper_next`).
    fn grouper_next(&mut self, parent: ObjRef, tgt: Value, gen: u64) -> PyResult<Option<Value>> {
        let Some(LazyIter::GroupBy {
            src,
            key,
            tgt: ptgt,
            curkey,
            curval,
            gen: pgen,
        }) = self.lazy_state(parent)
        else {
            return Ok(None);
        };
        if pgen != gen {
            return Ok(None);
        }
        let (curkey, curval) = match curval {
            Some(v) => (curkey, v),
            None => {
                let Some(v) = self.iter_next(src)? else {
                    return Ok(None);
                };
                let k = match key {
                    Some(f) => self.call_sync(f, &[v])?,
                    None => v,
                };
                (Some(k), v)
            }
        };
        let Some(ck) = curkey else {
            return Ok(None);
        };
        let same = self.py_eq(tgt, ck)?;
        let out = if same { Some(curval) } else { None };
        self.set_lazy_state(
            parent,
            LazyIter::GroupBy {
                src,
                key,
                tgt: ptgt,
                curkey,
                curval: if same { None } else { Some(curval) },
                gen: pgen,
            },
        );
        Ok(out)
    }
}

fn check_size(it: &mut Interp, n: f64) -> PyResult<()> {
    if n > 5e7 {
        return Err(it.err(crate::classes::ClassId::MemoryError, ""));
    }
    it.reserve((n as usize).saturating_mul(16))
}

fn opt_int(it: &mut Interp, v: Option<Value>, what: &str) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(it.expect_int(v, what)?)),
    }
}

pub fn call(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    let out: Vec<Value> = match name {
        "count" => {
            let start = args
                .first()
                .copied()
                .or(Interp::kwarg(kwargs, "start"))
                .unwrap_or(Value::Int(0));
            let step = args
                .get(1)
                .copied()
                .or(Interp::kwarg(kwargs, "step"))
                .unwrap_or(Value::Int(1));
            return Ok(lazy(it, LazyIter::Count { cur: start, step }));
        }
        "repeat" => {
            let Some(&value) = args.first() else {
                return Err(it.type_error("repeat() missing required argument 'object' (pos 1)"));
            };
            let left = opt_int(
                it,
                args.get(1).copied().or(Interp::kwarg(kwargs, "times")),
                "times",
            )?;
            return Ok(lazy(
                it,
                LazyIter::Repeat {
                    value,
                    left: left.map(|n| n.max(0)),
                },
            ));
        }
        "cycle" => {
            it.arity("cycle", args, 1, 1)?;
            let src = iter_of(it, args[0])?;
            return Ok(lazy(
                it,
                LazyIter::Cycle {
                    src: Some(src),
                    saved: Vec::new(),
                    idx: 0,
                },
            ));
        }
        "chain" => {
            let all = it.heap.tuple(args.to_vec());
            let source = iter_of(it, all)?;
            return Ok(lazy(
                it,
                LazyIter::Chain {
                    source: Some(source),
                    active: None,
                },
            ));
        }
        "chain.from_iterable" => {
            it.arity("from_iterable", args, 1, 1)?;
            let source = iter_of(it, args[0])?;
            return Ok(lazy(
                it,
                LazyIter::Chain {
                    source: Some(source),
                    active: None,
                },
            ));
        }
        "islice" => {
            if args.len() < 2 || args.len() > 4 {
                return Err(it.type_error(format!(
                    "islice expected at most 4 arguments, got {}",
                    args.len()
                )));
            }
            let msg =
                "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            let (start, stop, step) = if args.len() == 2 {
                (Some(0), opt_int(it, Some(args[1]), msg)?, Some(1))
            } else {
                (
                    opt_int(it, Some(args[1]), msg)?,
                    opt_int(it, Some(args[2]), msg)?,
                    opt_int(it, args.get(3).copied(), msg)?,
                )
            };
            let start = start.unwrap_or(0);
            let step = step.unwrap_or(1);
            if start < 0 || stop.is_some_and(|s| s < 0) {
                return Err(it.value_error(
                    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
                ));
            }
            if step <= 0 {
                return Err(it.value_error("Step for islice() must be a positive integer or None."));
            }
            let src = iter_of(it, args[0])?;
            return Ok(lazy(
                it,
                LazyIter::ISlice {
                    src: Some(src),
                    cnt: 0,
                    next: start as u64,
                    stop: stop.map(|s| s as u64),
                    step: step as u64,
                },
            ));
        }
        "product" => {
            let rep = opt_int(it, Interp::kwarg(kwargs, "repeat"), "repeat")?
                .unwrap_or(1)
                .max(0) as usize;
            let mut pools = Vec::new();
            for &a in args {
                pools.push(it.iterate(a)?);
            }
            let pools: Vec<Vec<Value>> = (0..rep).flat_map(|_| pools.clone()).collect();
            let total: f64 = pools.iter().map(|p| p.len() as f64).product();
            check_size(it, total * (pools.len() as f64 + 1.0))?;
            let mut result: Vec<Vec<Value>> = vec![Vec::new()];
            for pool in &pools {
                let mut next = Vec::with_capacity(result.len() * pool.len());
                for r in &result {
                    for &x in pool {
                        let mut t = r.clone();
                        t.push(x);
                        next.push(t);
                    }
                }
                result = next;
            }
            result.into_iter().map(|t| it.heap.tuple(t)).collect()
        }
        "permutations" | "combinations" | "combinations_with_replacement" => {
            let Some(&src) = args.first() else {
                return Err(it.type_error(format!(
                    "{name}() missing required argument 'iterable' (pos 1)"
                )));
            };
            let pool = it.iterate(src)?;
            let n = pool.len();
            let r = match args.get(1).copied().or(Interp::kwarg(kwargs, "r")) {
                None | Some(Value::None) if name == "permutations" => n as i64,
                None | Some(Value::None) => {
                    return Err(
                        it.type_error(format!("{name}() missing required argument 'r' (pos 2)"))
                    )
                }
                Some(v) => it.expect_int(v, "r")?,
            };
            if r < 0 {
                return Err(it.value_error("r must be non-negative"));
            }
            let r = r as usize;
            let idx = match name {
                "permutations" => permutations(it, n, r)?,
                "combinations" => combinations(it, n, r, false)?,
                _ => combinations(it, n, r, true)?,
            };
            idx.into_iter()
                .map(|ix| {
                    let t = ix.into_iter().map(|i| pool[i]).collect();
                    it.heap.tuple(t)
                })
                .collect()
        }
        "groupby" => {
            let Some(&src) = args.first() else {
                return Err(it.type_error("groupby() missing required argument 'iterable' (pos 1)"));
            };
            let key = args
                .get(1)
                .copied()
                .or(Interp::kwarg(kwargs, "key"))
                .filter(|k| !matches!(k, Value::None));
            let src = iter_of(it, src)?;
            return Ok(lazy(
                it,
                LazyIter::GroupBy {
                    src,
                    key,
                    tgt: None,
                    curkey: None,
                    curval: None,
                    gen: 0,
                },
            ));
        }
        "accumulate" => {
            let Some(&src) = args.first() else {
                return Err(
                    it.type_error("accumulate() missing required argument 'iterable' (pos 1)")
                );
            };
            let func = args
                .get(1)
                .copied()
                .or(Interp::kwarg(kwargs, "func"))
                .filter(|k| !matches!(k, Value::None));
            let initial = Interp::kwarg(kwargs, "initial").filter(|k| !matches!(k, Value::None));
            let src = iter_of(it, src)?;
            return Ok(lazy(
                it,
                LazyIter::Accumulate {
                    src,
                    func,
                    total: None,
                    initial,
                },
            ));
        }
        "zip_longest" => {
            let fill = Interp::kwarg(kwargs, "fillvalue").unwrap_or(Value::None);
            let mut srcs = Vec::with_capacity(args.len());
            for &a in args {
                srcs.push(Some(iter_of(it, a)?));
            }
            let active = srcs.len();
            return Ok(lazy(it, LazyIter::ZipLongest { srcs, active, fill }));
        }
        "pairwise" => {
            it.arity("pairwise", args, 1, 1)?;
            let src = iter_of(it, args[0])?;
            return Ok(lazy(
                it,
                LazyIter::Pairwise {
                    src: Some(src),
                    old: None,
                },
            ));
        }
        "compress" => {
            it.arity("compress", args, 2, 2)?;
            let data = iter_of(it, args[0])?;
            let sel = iter_of(it, args[1])?;
            return Ok(lazy(it, LazyIter::Compress { data, sel }));
        }
        "tee" => {
            let n = match args.get(1) {
                Some(&v) => it.expect_int(v, "n")?,
                None => 2,
            };
            let items = it.iterate(args.first().copied().unwrap_or(Value::None))?;
            let its: Vec<Value> = (0..n.max(0))
                .map(|_| it.values_iter(items.clone()))
                .collect();
            return Ok(it.heap.tuple(its));
        }
        _ => {
            // starmap, takewhile, dropwhile, filterfalse: (func, iterable).
            it.arity(name, args, 2, 2)?;
            let kind = match name {
                "starmap" => PredKind::StarMap,
                "takewhile" => PredKind::TakeWhile,
                "dropwhile" => PredKind::DropWhile,
                _ => PredKind::FilterFalse,
            };
            let src = iter_of(it, args[1])?;
            return Ok(lazy(
                it,
                LazyIter::Pred {
                    kind,
                    func: args[0],
                    src,
                    flag: false,
                },
            ));
        }
    };
    Ok(it.values_iter(out))
}

fn permutations(it: &mut Interp, n: usize, r: usize) -> PyResult<Vec<Vec<usize>>> {
    if r > n {
        return Ok(Vec::new());
    }
    let total: f64 = ((n - r + 1)..=n).map(|x| x as f64).product();
    check_size(it, total * (r as f64 + 1.0))?;
    // CPython's algorithm (lexicographic by index).
    let mut indices: Vec<usize> = (0..n).collect();
    let mut cycles: Vec<usize> = (0..r).map(|i| n - i).collect();
    let mut out = vec![indices[..r].to_vec()];
    if n == 0 {
        return Ok(out);
    }
    'outer: loop {
        for i in (0..r).rev() {
            cycles[i] -= 1;
            if cycles[i] == 0 {
                let x = indices.remove(i);
                indices.push(x);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                indices.swap(i, n - j);
                out.push(indices[..r].to_vec());
                continue 'outer;
            }
        }
        return Ok(out);
    }
}

fn combinations(it: &mut Interp, n: usize, r: usize, repl: bool) -> PyResult<Vec<Vec<usize>>> {
    if !repl && r > n || (repl && n == 0 && r > 0) {
        return Ok(Vec::new());
    }
    let (top, k) = if repl { (n + r - 1, r) } else { (n, r) };
    let k = k.min(top.saturating_sub(k));
    let total: f64 = (0..k).map(|i| (top - i) as f64 / (i + 1) as f64).product();
    check_size(it, total * (r as f64 + 1.0))?;
    let mut out = Vec::new();
    let mut idx: Vec<usize> = if repl { vec![0; r] } else { (0..r).collect() };
    loop {
        out.push(idx.clone());
        let mut i = r;
        loop {
            if i == 0 {
                return Ok(out);
            }
            i -= 1;
            let limit = if repl { n - 1 } else { i + n - r };
            if idx[i] != limit {
                break;
            }
        }
        idx[i] += 1;
        for j in i + 1..r {
            idx[j] = if repl { idx[i] } else { idx[j - 1] + 1 };
        }
    }
}
