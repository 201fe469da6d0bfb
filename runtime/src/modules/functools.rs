//! `functools`: `reduce` (a linear continuation: one Python call per
//! item, no replay), `partial` (a native callable that forwards its call
//! outcome unchanged), `lru_cache`/`cache` (a native wrapper with a dict of
//! results; a miss calls the function through a continuation and stores the
//! result afterwards; LRU eviction when `maxsize` is set), `cmp_to_key`,
//! `cache_info()`. `wraps`, `update_wrapper`, `total_ordering`,
//! `singledispatch` and `singledispatchmethod` are Python
//! (`cps/src/pystd/_pycps_functools.py`), looked up by [`attr`].

use super::native::NativeObj;
use super::{StdCont, StdOutcome};
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use pycps_ir::Module;
use serde::{Deserialize, Serialize};

pub const FUNCTIONS: &[&str] = &["reduce", "partial", "lru_cache", "cache", "cmp_to_key"];

/// Names served by the Python half of the module.
const PY_NAMES: &[&str] = &[
    "wraps",
    "update_wrapper",
    "total_ordering",
    "singledispatch",
    "singledispatchmethod",
    "WRAPPER_ASSIGNMENTS",
    "WRAPPER_UPDATES",
];

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PartialObj {
    pub func: Value,
    pub args: Vec<Value>,
    pub kwargs: Vec<(String, Value)>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LruObj {
    pub func: Value,
    /// Results by argument tuple (a dict, insertion order = recency).
    pub cache: ObjRef,
    pub maxsize: Option<usize>,
    pub hits: i64,
    pub misses: i64,
}

pub fn attr(it: &mut Interp, name: &str) -> PyResult<Option<Value>> {
    if PY_NAMES.contains(&name) {
        return it.py_half_attr(super::StdModule::PyFunctools, name);
    }
    Ok(None)
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReduceState {
    func: Value,
    items: Vec<Value>,
    idx: usize,
    acc: Value,
}

fn reduce_step(st: ReduceState) -> StdOutcome {
    if st.idx >= st.items.len() {
        return StdOutcome::Done(st.acc);
    }
    StdOutcome::Call {
        func: st.func,
        args: vec![st.acc, st.items[st.idx]],
        cont: StdCont::Reduce(Box::new(st)),
    }
}

pub fn resume_reduce(mut st: ReduceState, v: Value) -> StdOutcome {
    st.acc = v;
    st.idx += 1;
    reduce_step(st)
}

/// After a cache miss: store `v` under `key`.
pub fn resume_lru(it: &mut Interp, lru: ObjRef, key: Value, v: Value) -> PyResult<StdOutcome> {
    let Some(NativeObj::Lru(l)) = it.native(lru) else {
        return Ok(StdOutcome::Done(v));
    };
    let (cache, maxsize) = (l.cache, l.maxsize);
    if maxsize != Some(0) {
        it.dict_set(Value::Obj(cache), key, v)?;
        if let Some(m) = maxsize {
            let entries = it.dict_entries(cache);
            if entries.len() > m {
                it.dict_remove(cache, entries[0].0)?;
            }
        }
    }
    Ok(StdOutcome::Done(v))
}

fn make_lru(it: &mut Interp, func: Value, maxsize: Option<usize>) -> Value {
    let cache = it.new_dict().as_obj().unwrap_or(ClassId::Object.obj());
    it.alloc_native(NativeObj::Lru(Box::new(LruObj {
        func,
        cache,
        maxsize,
        hits: 0,
        misses: 0,
    })))
}

pub fn call(
    it: &mut Interp,
    module: &Module,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    in_async: bool,
) -> PyResult<CallOut> {
    let v = match name {
        "reduce" => {
            if args.len() < 2 || args.len() > 3 {
                return Err(it.type_error(format!(
                    "reduce expected at least 2 arguments, got {}",
                    args.len()
                )));
            }
            let mut items = it.iterate(args[1])?;
            let acc = match args.get(2) {
                Some(&a) => a,
                None => {
                    if items.is_empty() {
                        return Err(
                            it.type_error("reduce() of empty iterable with no initial value")
                        );
                    }
                    items.remove(0)
                }
            };
            let st = ReduceState {
                func: args[0],
                items,
                idx: 0,
                acc,
            };
            return it.std_start(module, reduce_step(st), in_async);
        }
        "partial" => {
            let Some((&func, rest)) = args.split_first() else {
                return Err(it.type_error("type 'partial' takes at least one argument"));
            };
            if !it.is_callable(func) {
                return Err(it.type_error("the first argument must be callable"));
            }
            it.alloc_native(NativeObj::Partial(Box::new(PartialObj {
                func,
                args: rest.to_vec(),
                kwargs: kwargs.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            })))
        }
        "cache" => {
            it.arity("cache", args, 1, 1)?;
            make_lru(it, args[0], None)
        }
        "lru_cache" => {
            let arg = args.first().copied().or(Interp::kwarg(kwargs, "maxsize"));
            match arg {
                Some(f) if it.is_callable(f) && !matches!(f, Value::Int(_)) => {
                    make_lru(it, f, Some(128))
                }
                None => it.alloc_native(NativeObj::LruFactory(Some(128))),
                Some(Value::None) => it.alloc_native(NativeObj::LruFactory(None)),
                Some(v) => {
                    let n = it.expect_int(
                        v,
                        "Expected first argument to be an integer, a callable, or None",
                    )?;
                    it.alloc_native(NativeObj::LruFactory(Some(n.max(0) as usize)))
                }
            }
        }
        "cmp_to_key" => {
            it.arity("cmp_to_key", args, 1, 1)?;
            it.alloc_native(NativeObj::CmpToKey(args[0]))
        }
        _ => return Err(it.type_error(format!("functools.{name} is not supported"))),
    };
    Ok(CallOut::Value(v))
}

impl Interp {
    /// Calls a `partial`, an `lru_cache` wrapper, or a decorator factory.
    pub fn call_functools(
        &mut self,
        module: &Module,
        r: ObjRef,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let Some(n) = self.native(r).cloned() else {
            return Err(self.not_callable(Value::Obj(r)));
        };
        match n {
            NativeObj::Partial(p) => {
                let mut a = p.args.clone();
                a.extend_from_slice(args);
                let mut kw: Vec<(&str, Value)> =
                    p.kwargs.iter().map(|(k, v)| (k.as_str(), *v)).collect();
                for (k, v) in kwargs {
                    match kw.iter_mut().find(|(kk, _)| kk == k) {
                        Some(e) => e.1 = *v,
                        None => kw.push((k, *v)),
                    }
                }
                self.call_value(module, p.func, &a, &kw, in_async)
            }
            NativeObj::LruFactory(maxsize) => {
                self.arity("lru_cache", args, 1, 1)?;
                Ok(CallOut::Value(make_lru(self, args[0], maxsize)))
            }
            NativeObj::Wraps(_) => {
                self.arity("wraps", args, 1, 1)?;
                Ok(CallOut::Value(args[0]))
            }
            NativeObj::CmpToKey(cmp) => {
                self.arity("K", args, 1, 1)?;
                Ok(CallOut::Value(
                    self.alloc_native(NativeObj::CmpKey { cmp, obj: args[0] }),
                ))
            }
            NativeObj::Lru(l) => {
                if !kwargs.is_empty() {
                    return self.call_value(module, l.func, args, kwargs, in_async);
                }
                let key = self.heap.tuple(args.to_vec());
                let hit = self.dict_get(l.cache, key)?;
                if let Some(v) = hit {
                    if l.maxsize.is_some() {
                        self.dict_remove(l.cache, key)?;
                        self.dict_set(Value::Obj(l.cache), key, v)?;
                    }
                    if let Object::Native(n) = self.heap.get_mut(r) {
                        if let NativeObj::Lru(l) = &mut **n {
                            l.hits += 1;
                        }
                    }
                    return Ok(CallOut::Value(v));
                }
                if let Object::Native(n) = self.heap.get_mut(r) {
                    if let NativeObj::Lru(l) = &mut **n {
                        l.misses += 1;
                    }
                }
                let out = StdOutcome::Call {
                    func: l.func,
                    args: args.to_vec(),
                    cont: StdCont::LruStore { lru: r, key },
                };
                self.std_start(module, out, in_async)
            }
            _ => Err(self.not_callable(Value::Obj(r))),
        }
    }

    /// Methods of `lru_cache` wrappers.
    pub fn lru_method(&mut self, r: ObjRef, name: &str) -> PyResult<Value> {
        let Some(NativeObj::Lru(l)) = self.native(r).cloned() else {
            return Err(self.type_error("not an lru_cache wrapper"));
        };
        match name {
            "cache_info" => {
                let cur = self.dict_entries(l.cache).len();
                let ms = l.maxsize.map_or("None".to_string(), |m| m.to_string());
                let s = format!(
                    "CacheInfo(hits={}, misses={}, maxsize={ms}, currsize={cur})",
                    l.hits, l.misses
                );
                Ok(self.alloc_native(NativeObj::TypingAlias(s)))
            }
            "cache_clear" => {
                let d = self.new_dict().as_obj().unwrap_or(ClassId::Object.obj());
                if let Object::Native(n) = self.heap.get_mut(r) {
                    if let NativeObj::Lru(l) = &mut **n {
                        l.cache = d;
                        l.hits = 0;
                        l.misses = 0;
                    }
                }
                Ok(Value::None)
            }
            _ => Err(self.err(
                ClassId::AttributeError,
                format!("'functools._lru_cache_wrapper' object has no attribute '{name}'"),
            )),
        }
    }

    /// `a < b` (etc.) between two `cmp_to_key` wrappers: `cmp(a, b)`.
    pub fn cmp_key_compare(&mut self, a: Value, b: Value) -> PyResult<Option<i64>> {
        let (Some(NativeObj::CmpKey { cmp, obj: x }), Some(NativeObj::CmpKey { obj: y, .. })) = (
            a.as_obj().and_then(|r| self.native(r)).cloned(),
            b.as_obj().and_then(|r| self.native(r)).cloned(),
        ) else {
            return Ok(None);
        };
        let r = self.call_sync(cmp, &[x, y])?;
        let zero = Value::Int(0);
        let lt = self.compare(pycps_ir::CompareOp::Lt, r, zero)?;
        let gt = self.compare(pycps_ir::CompareOp::Gt, r, zero)?;
        Ok(Some(if self.truthy(lt)? {
            -1
        } else if self.truthy(gt)? {
            1
        } else {
            0
        }))
    }
}

impl Interp {
    pub fn is_cmp_key(&self, v: Value) -> bool {
        matches!(
            v.as_obj().and_then(|r| self.native(r)),
            Some(NativeObj::CmpKey { .. })
        )
    }

    /// Stable merge sort of `items` by `cmp_to_key` wrappers.
    pub fn sort_cmp_keys(
        &mut self,
        items: Vec<Value>,
        keys: Vec<Value>,
        reverse: bool,
    ) -> PyResult<Vec<Value>> {
        let mut idx: Vec<usize> = (0..items.len()).collect();
        let mut width = 1;
        let n = idx.len();
        while width < n {
            let mut out = Vec::with_capacity(n);
            let mut lo = 0;
            while lo < n {
                let mid = (lo + width).min(n);
                let hi = (lo + 2 * width).min(n);
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    let c = self
                        .cmp_key_compare(keys[idx[j]], keys[idx[i]])?
                        .unwrap_or(0);
                    let take_right = if reverse { c > 0 } else { c < 0 };
                    if take_right {
                        out.push(idx[j]);
                        j += 1;
                    } else {
                        out.push(idx[i]);
                        i += 1;
                    }
                }
                out.extend_from_slice(&idx[i..mid]);
                out.extend_from_slice(&idx[j..hi]);
                lo = hi;
            }
            idx = out;
            width *= 2;
        }
        Ok(idx.into_iter().map(|i| items[i]).collect())
    }
}
