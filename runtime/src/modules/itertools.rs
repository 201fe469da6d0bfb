//! `itertools`. `count`, `cycle` and `repeat` are lazy native iterators
//! (they may be infinite); `islice` pulls only what it needs from its
//! input; the other functions materialise their (finite) inputs and return
//! an iterator over the results, with combinatoric sizes checked against
//! the memory limit first. Functions taking a Python callable call it
//! through the replaying `call_sync`.
//!
//! Known gap: the results are computed when the function is called, not
//! item by item, so side effects of callbacks happen eagerly.

use super::native::NativeObj;
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
    "batched",
];

/// The lazy iterators.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum LazyIter {
    Count { cur: Value, step: Value },
    Cycle { items: Vec<Value>, idx: usize },
    Repeat { value: Value, left: Option<i64> },
}

pub fn attr(it: &mut Interp, name: &str) -> Option<Value> {
    let _ = (it, name);
    None
}

/// The items of `src` for a function that then calls Python callbacks:
/// read once through a memoised `list(src)`, so the replays of the
/// operation (one per callback, see `crate::protocol`) see the same items
/// even when `src` is a one-shot iterator.
fn materialize(it: &mut Interp, src: Value) -> PyResult<Vec<Value>> {
    let list = it.call_sync(Value::Obj(crate::classes::ClassId::List.obj()), &[src])?;
    match it.heap.obj(list) {
        Some(Object::List(items)) => Ok(items.clone()),
        _ => it.iterate(src),
    }
}

fn lazy(it: &mut Interp, l: LazyIter) -> Value {
    it.alloc_native(NativeObj::Lazy(Box::new(l)))
}

impl Interp {
    /// `next()` of a lazy native iterator (`None`: exhausted).
    pub fn lazy_next(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        let Some(NativeObj::Lazy(l)) = self.native(r) else {
            return Ok(None);
        };
        let l = (**l).clone();
        let (out, next) = match l {
            LazyIter::Count { cur, step } => {
                let n = self.binary(BinaryOp::Add, cur, step, false)?;
                (Some(cur), LazyIter::Count { cur: n, step })
            }
            LazyIter::Cycle { items, idx } => {
                if items.is_empty() {
                    return Ok(None);
                }
                let v = items[idx % items.len()];
                (
                    Some(v),
                    LazyIter::Cycle {
                        items,
                        idx: (idx + 1) % usize::MAX,
                    },
                )
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
        };
        if let Object::Native(n) = self.heap.get_mut(r) {
            **n = NativeObj::Lazy(Box::new(next));
        }
        Ok(out)
    }

    /// Up to `n` items of any iterable, pulled one by one.
    fn take(&mut self, src: Value, n: usize) -> PyResult<Vec<Value>> {
        let iter = self.get_iter(src)?;
        let Some(r) = iter.as_obj() else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        while out.len() < n {
            match self.iter_next(r)? {
                Some(v) => out.push(v),
                None => break,
            }
            if out.len() % 4096 == 0 {
                self.reserve(out.len() * 16)?;
            }
        }
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
            let items = it.iterate(args[0])?;
            return Ok(lazy(it, LazyIter::Cycle { items, idx: 0 }));
        }
        "chain" => {
            let mut out = Vec::new();
            for &a in args {
                out.extend(it.iterate(a)?);
            }
            out
        }
        "chain.from_iterable" => {
            it.arity("from_iterable", args, 1, 1)?;
            let mut out = Vec::new();
            for a in it.iterate(args[0])? {
                out.extend(it.iterate(a)?);
            }
            out
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
            let items = match stop {
                Some(s) => it.take(args[0], s as usize)?,
                None => it.iterate(args[0])?,
            };
            items
                .into_iter()
                .skip(start as usize)
                .step_by(step as usize)
                .collect()
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
            let items = materialize(it, src)?;
            let mut groups: Vec<(Value, Vec<Value>)> = Vec::new();
            for x in items {
                let k = match key {
                    Some(f) => it.call_sync(f, &[x])?,
                    None => x,
                };
                let same = match groups.last() {
                    Some((gk, _)) => it.py_eq(*gk, k)?,
                    None => false,
                };
                if same {
                    if let Some(g) = groups.last_mut() {
                        g.1.push(x);
                    }
                } else {
                    groups.push((k, vec![x]));
                }
            }
            groups
                .into_iter()
                .map(|(k, g)| {
                    let gi = it.values_iter(g);
                    it.heap.tuple(vec![k, gi])
                })
                .collect()
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
            let items = materialize(it, src)?;
            let mut out = Vec::with_capacity(items.len() + 1);
            let mut acc = initial;
            if let Some(a) = acc {
                out.push(a);
            }
            for x in items {
                let v = match acc {
                    None => x,
                    Some(a) => match func {
                        Some(f) => it.call_sync(f, &[a, x])?,
                        None => it.binary(BinaryOp::Add, a, x, false)?,
                    },
                };
                out.push(v);
                acc = Some(v);
            }
            out
        }
        "zip_longest" => {
            let fill = Interp::kwarg(kwargs, "fillvalue").unwrap_or(Value::None);
            let mut cols = Vec::new();
            for &a in args {
                cols.push(it.iterate(a)?);
            }
            let n = cols.iter().map(Vec::len).max().unwrap_or(0);
            (0..n)
                .map(|i| {
                    let t = cols
                        .iter()
                        .map(|c| c.get(i).copied().unwrap_or(fill))
                        .collect();
                    it.heap.tuple(t)
                })
                .collect()
        }
        "pairwise" => {
            it.arity("pairwise", args, 1, 1)?;
            let items = it.iterate(args[0])?;
            items
                .windows(2)
                .map(|w| it.heap.tuple(w.to_vec()))
                .collect()
        }
        "batched" => {
            it.arity("batched", args, 2, 2)?;
            let items = it.iterate(args[0])?;
            let n = it.expect_int(args[1], "n")?;
            if n < 1 {
                return Err(it.value_error("n must be at least one"));
            }
            items
                .chunks(n as usize)
                .map(|c| it.heap.tuple(c.to_vec()))
                .collect()
        }
        "compress" => {
            it.arity("compress", args, 2, 2)?;
            let data = it.iterate(args[0])?;
            let sel = it.iterate(args[1])?;
            let mut out = Vec::new();
            for (d, s) in data.into_iter().zip(sel) {
                if it.truthy(s)? {
                    out.push(d);
                }
            }
            out
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
            let (f, src) = (args[0], args[1]);
            let items = materialize(it, src)?;
            let mut out = Vec::new();
            let mut dropping = true;
            for x in items {
                match name {
                    "starmap" => {
                        let a = it.iterate(x)?;
                        out.push(it.call_sync(f, &a)?);
                    }
                    "takewhile" => {
                        let r = it.call_sync(f, &[x])?;
                        if !it.truthy(r)? {
                            break;
                        }
                        out.push(x);
                    }
                    "dropwhile" => {
                        if dropping {
                            let r = it.call_sync(f, &[x])?;
                            if it.truthy(r)? {
                                continue;
                            }
                            dropping = false;
                        }
                        out.push(x);
                    }
                    _ => {
                        let r = if matches!(f, Value::None) {
                            x
                        } else {
                            it.call_sync(f, &[x])?
                        };
                        if !it.truthy(r)? {
                            out.push(x);
                        }
                    }
                }
            }
            out
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
