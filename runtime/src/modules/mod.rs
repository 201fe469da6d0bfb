//! Built-in standard-library modules and the module registry.
//!
//! Owns: `import x` / `from x import y` for everything but `asyncio` (which
//! lives in `crate::asyncio`), module attribute lookup, calling module-level
//! functions ([`ModFn`]), and the native objects those modules create
//! ([`NativeObj`]: compiled patterns, deques, partials, ...).
//!
//! Invariants:
//! * A module is `Object::Module(ModuleKind::Std(m))`; its functions are
//!   `Object::ModFn(ModFn)`, a (module, index into `m.functions()`) pair, so
//!   everything stays plain serializable data.
//! * Module state that must outlive one call (the `random` generator) lives
//!   in [`StdState`] on the interpreter.
//! * Nothing here touches the filesystem, network or environment; nothing
//!   panics on any Python input.
//!
//! One file per module; each exposes `FUNCTIONS` (callable names), an
//! `attr` for constants/classes and a `call` for its functions.

pub mod classhooks;
pub mod collections;
pub mod collections_ops;
pub mod functools;
pub mod itertools;
pub mod json;
pub mod math;
pub mod native;
pub mod re;
pub mod re_syntax;
pub mod string;
pub mod time;
// helper "native": sys, hashlib, base64/binascii, uuid support.
pub mod binascii;
pub mod hashlib;
pub mod sys;
pub mod typing;

pub use native::NativeObj;

use crate::builtins::{NativeCont, NativeKind, NativeStep};
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::object::{ModuleKind, Object};
use crate::value::{ObjRef, Value};
use pycps_ir::Module;
use serde::{Deserialize, Serialize};

macro_rules! std_modules {
    ($( $id:ident = $name:literal => $file:ident, )*) => {
        /// A built-in standard-library module.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub enum StdModule { $($id,)* }
        impl StdModule {
            pub const ALL: &'static [StdModule] = &[$(StdModule::$id,)*];
            /// The module's `__name__`.
            pub fn name(self) -> &'static str {
                match self { $(StdModule::$id => $name,)* }
            }
            /// The module's callable names (indexed by [`ModFn::idx`]).
            pub fn functions(self) -> &'static [&'static str] {
                match self { $(StdModule::$id => $file::FUNCTIONS,)* }
            }
        }
    };
}

std_modules! {
    Future = "__future__" => future,
    Math = "math" => math,
    Json = "json" => json,
    Time = "time" => time,
    Typing = "typing" => typing,
    String = "string" => string,
    Re = "re" => re,
    Collections = "collections" => collections,
    Itertools = "itertools" => itertools,
    Functools = "functools" => functools,
    Dataclasses = "dataclasses" => pystd,
    Enum = "enum" => pystd,
    Textwrap = "textwrap" => pystd,
    Statistics = "statistics" => pystd,
    Random = "random" => pystd,
    Datetime = "datetime" => pystd,
    Copy = "copy" => pystd,
    Heapq = "heapq" => pystd,
    Bisect = "bisect" => pystd,
    Operator = "operator" => pystd,
    Contextlib = "contextlib" => pystd,
    Abc = "abc" => pystd,
    Types = "types" => pystd,
    Io = "io" => pystd,
    Csv = "csv" => pystd,
    Pprint = "pprint" => pystd,
    UrllibParse = "urllib.parse" => pystd,
    Html = "html" => pystd,
    Fnmatch = "fnmatch" => pystd,
    Shlex = "shlex" => pystd,
    Fractions = "fractions" => pystd,
    // A package: its attribute `parse` is the `urllib.parse` module.
    Urllib = "urllib" => pystd,
    // The Python halves of native modules, loaded by their attribute lookup.
    PyCollections = "_pycps_collections" => pystd,
    PyFunctools = "_pycps_functools" => pystd,
    PyString = "_pycps_string" => pystd,
    PyAsyncio = "_pycps_asyncio" => pystd,
    PyAsyncioSync = "_pycps_asyncio_sync" => pystd,
    // sys / hashlib / base64 / binascii / uuid (native), uuid (Python).
    Sys = "sys" => sys,
    Hashlib = "hashlib" => hashlib,
    Binascii = "binascii" => binascii,
    Base64 = "base64" => base64_fns,
    Uuid = "uuid" => pystd,
    PyNative = "_pycps_native" => native_fns,
    Hmac = "hmac" => hmac_fns,
}

/// Modules written in Python (`cps/src/pystd/*.py`), compiled into the
/// program as a loader function `__pycps_std_<name>` returning the module
/// namespace dict. The first import calls the loader and stores the
/// namespace in the loader's global slot; attribute lookups read it.
mod pystd {
    pub const FUNCTIONS: &[&str] = &[];
}

/// `base64`'s functions (implemented with `binascii`'s, in its file).
mod base64_fns {
    pub const FUNCTIONS: &[&str] = super::binascii::BASE64_FUNCTIONS;
}

/// `hmac` (implemented with `hashlib`, in its file).
mod hmac_fns {
    pub const FUNCTIONS: &[&str] = super::hashlib::HMAC_FUNCTIONS;
}

/// `_pycps_native`: helpers for Python-source modules (`urandom`).
mod native_fns {
    pub const FUNCTIONS: &[&str] = super::hashlib::NATIVE_FUNCTIONS;
}

/// `__future__`: the feature names, importable as no-ops.
mod future {
    pub const FUNCTIONS: &[&str] = &[];
    pub const FEATURES: &[&str] = &[
        "annotations",
        "division",
        "absolute_import",
        "print_function",
        "unicode_literals",
        "generators",
        "nested_scopes",
        "with_statement",
        "generator_stop",
    ];
}

impl StdModule {
    /// Written in Python (see [`pystd`]).
    pub fn is_python(self) -> bool {
        self.functions().is_empty() && !matches!(self, StdModule::Future | StdModule::Urllib)
    }

    /// The name of the loader function of a Python-source module
    /// (`__pycps_std_<name>`, dots of a dotted name becoming `_`).
    pub fn loader_name(self) -> String {
        format!("__pycps_std_{}", self.name().replace('.', "_"))
    }

    pub fn by_name(name: &str) -> Option<StdModule> {
        StdModule::ALL.iter().copied().find(|m| m.name() == name)
    }
}

/// A module-level function: `functions()[idx]` of `module`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModFn {
    pub module: StdModule,
    pub idx: u16,
}

impl ModFn {
    pub fn name(self) -> &'static str {
        self.module
            .functions()
            .get(self.idx as usize)
            .copied()
            .unwrap_or("?")
    }

    pub fn lookup(module: StdModule, name: &str) -> Option<ModFn> {
        let idx = module.functions().iter().position(|f| *f == name)?;
        Some(ModFn {
            module,
            idx: idx as u16,
        })
    }
}

/// A standard-library function suspended on a Python call it made; it is
/// resumed with that call's result by [`Interp::std_resume`].
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum StdCont {
    /// `json.dumps` waiting for `default(obj)`.
    JsonDefault(json::DumpsState),
    /// `functools.reduce` waiting for `func(acc, item)`.
    Reduce(Box<functools::ReduceState>),
    /// An `lru_cache` miss waiting for the function's result.
    LruStore {
        lru: crate::value::ObjRef,
        key: Value,
    },
    /// `json.loads` waiting for `object_hook(dict)`.
    JsonHook(Box<json::HookState>),
    /// `re.sub` waiting for the replacement function's result.
    ReSub(Box<(Value, re::SubState)>),
}

/// What a standard-library function asks for next.
pub enum StdOutcome {
    Done(Value),
    /// Call `func(*args)`, then resume `cont` with the result.
    Call {
        func: Value,
        args: Vec<Value>,
        cont: StdCont,
    },
}

/// Module state that persists across calls.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct StdState {}

impl Interp {
    /// `import name`.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if name == "asyncio" {
            return Ok(self.asyncio_module());
        }
        match StdModule::by_name(name) {
            Some(m) if m.is_python() => {
                self.load_py_module(m)?;
                Ok(Value::Obj(
                    self.heap.alloc(Object::Module(ModuleKind::Std(m))),
                ))
            }
            Some(m) => Ok(Value::Obj(
                self.heap.alloc(Object::Module(ModuleKind::Std(m))),
            )),
            None => {
                // `a.b.c`: names the first prefix that is not a module.
                let mut missing = name;
                for (i, _) in name.match_indices('.') {
                    if StdModule::by_name(&name[..i]).is_none() {
                        missing = &name[..i];
                        break;
                    }
                }
                Err(self.err(
                    ClassId::ModuleNotFoundError,
                    format!("No module named '{missing}'"),
                ))
            }
        }
    }

    /// The namespace dict of a Python-source module, running its loader on
    /// first use (through `call_sync`, so the import instruction is redone
    /// when the loader's frame returns).
    pub fn load_py_module(&mut self, m: StdModule) -> PyResult<ObjRef> {
        let loader = m.loader_name();
        let slot = self.module.names.iter().position(|n| *n == loader);
        let no_module = |it: &mut Interp| {
            it.err(
                ClassId::ModuleNotFoundError,
                format!("No module named '{}'", m.name()),
            )
        };
        let Some(slot) = slot else {
            return Err(no_module(self));
        };
        let v = self.globals.get(slot).copied().unwrap_or(Value::Unbound);
        match self.heap.obj(v) {
            Some(Object::Dict(_)) => Ok(v.as_obj().unwrap_or(ClassId::Object.obj())),
            Some(Object::Function(_)) => {
                let ns = self.call_sync(v, &[])?;
                if !matches!(self.heap.obj(ns), Some(Object::Dict(_))) {
                    return Err(no_module(self));
                }
                if let Some(g) = self.globals.get_mut(slot) {
                    *g = ns;
                }
                Ok(ns.as_obj().unwrap_or(ClassId::Object.obj()))
            }
            _ => Err(no_module(self)),
        }
    }

    /// `name` from the namespace of the Python half `m` of a native module
    /// (`None`: the program does not include it, or it has no such name).
    pub fn py_half_attr(&mut self, m: StdModule, name: &str) -> PyResult<Option<Value>> {
        let loader = m.loader_name();
        if !self.module.names.contains(&loader) {
            return Ok(None);
        }
        let ns = self.load_py_module(m)?;
        Ok(self.dict_get_str(ns, name))
    }

    /// `module.qualname` of user class `cls` (its `__module__`, as set by
    /// the class body: `__main__` or a Python-source module's name).
    pub fn user_class_path(&self, cls: ObjRef) -> String {
        let Object::UserClass(k) = self.heap.get(cls) else {
            return self.heap.class_name(cls);
        };
        let m = self
            .dict_get_str(k.dict, "__module__")
            .and_then(|m| self.heap.as_str(m))
            .unwrap_or("__main__");
        format!("{m}.{}", k.qualname)
    }

    /// `f.name` on a module function (`chain.from_iterable`).
    pub fn mod_fn_attr(&mut self, f: ModFn, name: &str) -> Option<Value> {
        let full = format!("{}.{name}", f.name());
        ModFn::lookup(f.module, &full).map(|g| Value::Obj(self.heap.alloc(Object::ModFn(g))))
    }

    /// `module.name` for a standard-library module (`None`: no such attribute).
    pub fn std_module_attr(&mut self, m: StdModule, name: &str) -> PyResult<Option<Value>> {
        if name == "__name__" {
            return Ok(Some(self.heap.str(m.name())));
        }
        if let Some(f) = ModFn::lookup(m, name) {
            return Ok(Some(Value::Obj(self.heap.alloc(Object::ModFn(f)))));
        }
        if m.is_python() {
            let ns = self.load_py_module(m)?;
            return Ok(self.dict_get_str(ns, name));
        }
        Ok(match m {
            StdModule::Future => future::FEATURES
                .contains(&name)
                .then(|| self.heap.str(format!("_Feature({name})"))),
            StdModule::Math => math::attr(self, name),
            StdModule::Json => json::attr(self, name),
            StdModule::Time => None,
            StdModule::Typing => typing::attr(self, name),
            StdModule::String => return string::attr(self, name),
            StdModule::Re => re::attr(self, name),
            StdModule::Collections => return collections::attr(self, name),
            StdModule::Itertools => itertools::attr(self, name),
            StdModule::Functools => return functools::attr(self, name),
            StdModule::Urllib if name == "parse" => Some(self.import_module("urllib.parse")?),
            StdModule::Sys => return sys::attr(self, name),
            StdModule::Hashlib => hashlib::attr(self, name),
            StdModule::Binascii | StdModule::Base64 => binascii::attr(self, m, name),
            _ => None,
        })
    }

    /// Calls a module-level function.
    pub fn call_mod_fn(
        &mut self,
        module: &Module,
        f: ModFn,
        args: &[Value],
        kwargs: &[(&str, Value)],
        in_async: bool,
    ) -> PyResult<CallOut> {
        let name = f.name();
        let _ = (module, in_async);
        let v = match f.module {
            StdModule::Future => Value::None,
            StdModule::Math => math::call(self, name, args, kwargs)?,
            StdModule::Json => return json::call(self, module, name, args, kwargs, in_async),
            StdModule::Time => time::call(self, name, args, kwargs)?,
            StdModule::Typing => typing::call(self, name, args, kwargs)?,
            StdModule::String => string::call(self, name, args, kwargs)?,
            StdModule::Re => return re::call(self, module, name, args, kwargs, in_async),
            StdModule::Collections => {
                collections::call(self, module, name, args, kwargs, in_async)?
            }
            StdModule::Itertools => itertools::call(self, name, args, kwargs)?,
            StdModule::Functools => {
                return functools::call(self, module, name, args, kwargs, in_async)
            }
            StdModule::Sys => sys::call(self, name, args, kwargs)?,
            StdModule::Hashlib | StdModule::PyNative => hashlib::call(self, name, args, kwargs)?,
            StdModule::Hmac => hashlib::call_hmac(self, name, args, kwargs)?,
            StdModule::Binascii | StdModule::Base64 => {
                binascii::call(self, f.module, name, args, kwargs)?
            }
            _ => Value::None,
        };
        Ok(CallOut::Value(v))
    }

    /// Resumes a suspended standard-library function with a call's result.
    pub fn std_resume(&mut self, cont: StdCont, v: Value) -> PyResult<StdOutcome> {
        match cont {
            StdCont::JsonDefault(st) => json::resume_dumps(self, st, v),
            StdCont::JsonHook(st) => json::resume_hook(self, *st, v),
            StdCont::Reduce(st) => Ok(functools::resume_reduce(*st, v)),
            StdCont::LruStore { lru, key } => functools::resume_lru(self, lru, key, v),
            StdCont::ReSub(b) => {
                let (f, st) = *b;
                re::resume_sub(self, f, st, v)
            }
        }
    }

    /// Runs an outcome until it finishes or needs a Python frame.
    pub fn std_drive(
        &mut self,
        module: &Module,
        dst: pycps_ir::ValueId,
        mut out: StdOutcome,
        in_async: bool,
    ) -> PyResult<NativeStep> {
        loop {
            match out {
                StdOutcome::Done(v) => return Ok(NativeStep::Done(v)),
                StdOutcome::Call { func, args, cont } => {
                    match self.call_value(module, func, &args, &[], in_async)? {
                        CallOut::Value(v) => out = self.std_resume(cont, v)?,
                        CallOut::Push(frame) => {
                            let kind = NativeKind::Std {
                                cont: Box::new(cont),
                                in_async,
                            };
                            return Ok(NativeStep::Push(
                                frame,
                                NativeCont {
                                    dst,
                                    kind,
                                    parent: None,
                                },
                            ));
                        }
                        CallOut::Native(..) => {
                            return Err(self.type_error(
                                "this callback is not supported here (nested built-in callback)",
                            ))
                        }
                    }
                }
            }
        }
    }

    /// Starts an outcome from a module function call.
    pub fn std_start(
        &mut self,
        module: &Module,
        out: StdOutcome,
        in_async: bool,
    ) -> PyResult<CallOut> {
        match self.std_drive(module, pycps_ir::ValueId(0), out, in_async)? {
            NativeStep::Done(v) => Ok(CallOut::Value(v)),
            NativeStep::Push(f, c) => Ok(CallOut::Native(f, c)),
            step => self.step_out(step),
        }
    }

    /// A str argument or `TypeError` naming the function and the type.
    pub fn std_str_arg(&mut self, v: Value, what: &str) -> PyResult<String> {
        match self.heap.as_str(v) {
            Some(s) => Ok(s.to_string()),
            None => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!("{what} must be str, not {t}")))
            }
        }
    }
}
