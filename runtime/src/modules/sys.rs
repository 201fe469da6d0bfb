//! `sys`: `exit`, `argv`, `version`/`version_info`, `platform`, `maxsize`,
//! `byteorder`, `float_info`, `stdout`/`stderr` (with `write`/`flush`),
//! `getrecursionlimit`/`setrecursionlimit`, `intern`, `modules`; and how an
//! uncaught `SystemExit` becomes the run's exit status.
//!
//! Invariants:
//! * Nothing here reads the environment or the file system: `argv` is just
//!   `[<the program's file name as given>]`, `path` is empty.
//! * `sys.stdout`/`sys.stderr` are [`NativeObj::Stream`] objects writing to
//!   the run's output buffers; a program may replace them (`sys.stdout =
//!   buf`): the replacement lives in [`SysState`] and `print()` without
//!   `file=` writes to it.
//! * `setrecursionlimit` really moves the limit the interpreter enforces,
//!   but never above [`crate::limits::Limits::max_recursion_limit`] (frames
//!   live on the heap, so the cap bounds memory, not the Rust stack);
//!   `getrecursionlimit` reports the value the program asked for.

use super::collections::NtClass;
use super::NativeObj;
use crate::classes::ClassId;
use crate::error::{ExitStatus, OutStream};
use crate::interp::{Interp, PyResult};
use crate::object::{ModuleKind, Object};
use crate::value::{ObjRef, Value};
use num_traits::ToPrimitive;
use serde::{Deserialize, Serialize};

pub const FUNCTIONS: &[&str] = &[
    "exit",
    "getrecursionlimit",
    "setrecursionlimit",
    "intern",
    "getdefaultencoding",
    "getfilesystemencoding",
];

/// The data attributes (`dir(sys)` lists them with [`FUNCTIONS`]).
pub const ATTRS: &[&str] = &[
    "stdout",
    "stderr",
    "__stdout__",
    "__stderr__",
    "maxsize",
    "maxunicode",
    "byteorder",
    "platform",
    "executable",
    "hexversion",
    "version",
    "api_version",
    "copyright",
    "argv",
    "orig_argv",
    "path",
    "meta_path",
    "path_hooks",
    "warnoptions",
    "builtin_module_names",
    "modules",
    "version_info",
    "float_info",
    "int_info",
];

/// The CPython this runtime matches.
pub const VERSION: (i64, i64, i64) = (3, 11, 7);

/// Mutable state of the `sys` module (all values are GC roots).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SysState {
    /// A replacement of `sys.stdout` (`None`: the real stream).
    pub stdout: Option<Value>,
    pub stderr: Option<Value>,
    /// Objects created on first use, so `sys.argv is sys.argv` and
    /// mutations stick.
    pub cached: Vec<(String, Value)>,
    /// The limit the program asked for with `setrecursionlimit`.
    pub recursion_limit: Option<usize>,
    /// A `SystemExit` raised by an event-loop callback: asyncio re-raises
    /// it out of the loop, so the run ends with it (see `Run::advance`).
    #[serde(default)]
    pub pending_exit: Option<Value>,
}

/// `sys.name`.
pub fn attr(it: &mut Interp, name: &str) -> PyResult<Option<Value>> {
    if let Some((_, v)) = it.sys.cached.iter().find(|(n, _)| n == name) {
        return Ok(Some(*v));
    }
    let v = match name {
        "stdout" => it
            .sys
            .stdout
            .unwrap_or_else(|| stream(it, OutStream::Stdout)),
        "stderr" => it
            .sys
            .stderr
            .unwrap_or_else(|| stream(it, OutStream::Stderr)),
        "__stdout__" => stream(it, OutStream::Stdout),
        "__stderr__" => stream(it, OutStream::Stderr),
        "maxsize" => Value::Int(i64::MAX),
        "maxunicode" => Value::Int(0x10FFFF),
        "byteorder" => it.heap.str("little"),
        "platform" => it.heap.str("linux"),
        "executable" => it.heap.str(""),
        "hexversion" => Value::Int((VERSION.0 << 24) | (VERSION.1 << 16) | (VERSION.2 << 8) | 0xf0),
        "version" => {
            let (a, b, c) = VERSION;
            it.heap.str(format!("{a}.{b}.{c} (pycps) [Rust]"))
        }
        "api_version" => Value::Int(1013),
        "copyright" => it
            .heap
            .str("Copyright (c) 2001-2023 Python Software Foundation."),
        "argv" | "orig_argv" => {
            let f = it.heap.str(it.module.filename.clone());
            cache(it, name, |it| it.heap.list(vec![f]))
        }
        "path" | "meta_path" | "path_hooks" | "warnoptions" => {
            cache(it, name, |it| it.heap.list(Vec::new()))
        }
        "builtin_module_names" => {
            let names: Vec<Value> = ["builtins", "sys"]
                .iter()
                .map(|n| it.heap.str(*n))
                .collect();
            it.heap.tuple(names)
        }
        "modules" => {
            let d = it.new_dict();
            if let Value::Obj(r) = d {
                let m = Value::Obj(
                    it.heap
                        .alloc(Object::Module(ModuleKind::Std(super::StdModule::Sys))),
                );
                it.dict_set_str(r, "sys", m)?;
            }
            cache(it, name, |_| d)
        }
        "version_info" => {
            let (a, b, c) = VERSION;
            let rl = it.heap.str("final");
            let values = vec![
                Value::Int(a),
                Value::Int(b),
                Value::Int(c),
                rl,
                Value::Int(0),
            ];
            struct_seq(
                it,
                name,
                "sys.version_info",
                &["major", "minor", "micro", "releaselevel", "serial"],
                values,
            )
        }
        "float_info" => {
            let values = vec![
                Value::Float(f64::MAX),
                Value::Int(f64::MAX_EXP as i64),
                Value::Int(f64::MAX_10_EXP as i64),
                Value::Float(f64::MIN_POSITIVE),
                Value::Int(f64::MIN_EXP as i64),
                Value::Int(f64::MIN_10_EXP as i64),
                Value::Int(f64::DIGITS as i64),
                Value::Int(f64::MANTISSA_DIGITS as i64),
                Value::Float(f64::EPSILON),
                Value::Int(2),
                Value::Int(1),
            ];
            struct_seq(
                it,
                name,
                "sys.float_info",
                &[
                    "max",
                    "max_exp",
                    "max_10_exp",
                    "min",
                    "min_exp",
                    "min_10_exp",
                    "dig",
                    "mant_dig",
                    "epsilon",
                    "radix",
                    "rounds",
                ],
                values,
            )
        }
        "int_info" => struct_seq(
            it,
            name,
            "sys.int_info",
            &[
                "bits_per_digit",
                "sizeof_digit",
                "default_max_str_digits",
                "str_digits_check_threshold",
            ],
            vec![
                Value::Int(30),
                Value::Int(4),
                Value::Int(4300),
                Value::Int(640),
            ],
        ),
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// `sys.name = value`: the streams are looked up by `print`; anything else
/// is kept as a plain module attribute.
pub fn set_attr(it: &mut Interp, name: &str, value: Value) {
    match name {
        "stdout" => it.sys.stdout = Some(value),
        "stderr" => it.sys.stderr = Some(value),
        _ => {
            it.sys.cached.retain(|(n, _)| n != name);
            it.sys.cached.push((name.to_string(), value));
        }
    }
}

fn cache(it: &mut Interp, name: &str, make: impl FnOnce(&mut Interp) -> Value) -> Value {
    let v = make(it);
    it.sys.cached.push((name.to_string(), v));
    v
}

/// A named struct sequence (`sys.version_info`), built as a namedtuple.
fn struct_seq(
    it: &mut Interp,
    attr: &str,
    cls_name: &str,
    fields: &[&str],
    values: Vec<Value>,
) -> Value {
    let cls = it.alloc_native(NativeObj::NtClass(Box::new(NtClass {
        name: cls_name.to_string(),
        fields: fields.iter().map(|f| f.to_string()).collect(),
        defaults: Vec::new(),
        ns: None,
    })));
    let Value::Obj(cls) = cls else {
        return Value::None;
    };
    let v = it.alloc_native(NativeObj::NtInst { cls, values });
    cache(it, attr, |_| v)
}

fn stream(it: &mut Interp, s: OutStream) -> Value {
    let key = match s {
        OutStream::Stdout => "__stdout__",
        OutStream::Stderr => "__stderr__",
    };
    if let Some((_, v)) = it.sys.cached.iter().find(|(n, _)| n == key) {
        return *v;
    }
    let v = it.alloc_native(NativeObj::Stream(s));
    cache(it, key, |_| v)
}

pub fn call(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    it.no_kwargs(name, kwargs)?;
    let at_most = |it: &mut Interp, n: usize| -> PyResult<()> {
        if args.len() > n {
            let plural = if n == 1 { "" } else { "s" };
            return Err(it.type_error(format!(
                "{name} expected at most {n} argument{plural}, got {}",
                args.len()
            )));
        }
        Ok(())
    };
    let exactly_one = |it: &mut Interp| -> PyResult<Value> {
        match args {
            [a] => Ok(*a),
            _ => Err(it.type_error(format!(
                "{name}() takes exactly one argument ({} given)",
                args.len()
            ))),
        }
    };
    match name {
        "exit" => {
            at_most(it, 1)?;
            // `PyErr_SetObject(SystemExit, status)`: `None` gives no
            // args, a tuple becomes the args.
            let args = match args.first() {
                None | Some(Value::None) => Vec::new(),
                Some(&v) => match it.heap.obj(v) {
                    Some(Object::Tuple(items)) => items.clone(),
                    _ => vec![v],
                },
            };
            let e = it.new_exception(ClassId::SystemExit, args);
            Err(crate::interp::Raise::Exc(e))
        }
        "getrecursionlimit" => {
            at_most(it, 0)?;
            let n = it.sys.recursion_limit.unwrap_or(it.limits.recursion_limit);
            Ok(Value::Int(n as i64))
        }
        "setrecursionlimit" => {
            let v = exactly_one(it)?;
            let is_int = matches!(v, Value::Int(_) | Value::Bool(_))
                || matches!(it.heap.obj(v), Some(Object::BigInt(_)));
            if !is_int {
                let t = it.heap.type_name(v);
                return Err(
                    it.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
            let n = match v {
                Value::Obj(r) if matches!(it.heap.get(r), Object::BigInt(_)) => {
                    let Object::BigInt(b) = it.heap.get(r) else {
                        return Ok(Value::None);
                    };
                    if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN
                    } else {
                        return Err(it.err(
                            ClassId::OverflowError,
                            "Python int too large to convert to C int",
                        ));
                    }
                }
                v => it.expect_int(v, "an integer")?,
            };
            if n > i32::MAX as i64 {
                return Err(it.err(
                    ClassId::OverflowError,
                    "Python int too large to convert to C int",
                ));
            }
            if n < 1 {
                return Err(it.value_error("recursion limit must be greater or equal than 1"));
            }
            let n = n as usize;
            it.sys.recursion_limit = Some(n);
            it.limits.recursion_limit = n.min(it.limits.max_recursion_limit.max(1));
            Ok(Value::None)
        }
        "intern" => {
            let v = exactly_one(it)?;
            if it.heap.as_str(v).is_none() {
                let t = it.heap.type_name(v);
                return Err(it.type_error(format!("intern() argument must be str, not {t}")));
            }
            Ok(v)
        }
        "getdefaultencoding" | "getfilesystemencoding" => {
            at_most(it, 0)?;
            Ok(it.heap.str("utf-8"))
        }
        _ => Ok(Value::None),
    }
}

impl Interp {
    /// The exit status of an uncaught exception, when it is a
    /// `SystemExit` (CPython's `_Py_HandleSystemExit`): `None` → 0, an int
    /// → itself, anything else is printed to stderr and gives 1.
    pub fn system_exit_status(&mut self, exc: Value) -> Option<ExitStatus> {
        let cls = match self.heap.obj(exc) {
            Some(Object::Exception(e)) => e.class,
            _ => return None,
        };
        if !cls.is_subclass(ClassId::SystemExit) {
            return None;
        }
        let code = match self.nested(|it| it.get_attr(exc, "code")) {
            Ok(c) => c,
            Err(_) => Value::None,
        };
        let int = match code {
            Value::None => Some(0),
            Value::Bool(b) => Some(b as i32),
            Value::Int(i) => Some(i as i32),
            Value::Obj(r) => match self.heap.get(r) {
                // Out of a C long: CPython reports -1.
                Object::BigInt(b) => Some(b.to_i64().map_or(-1, |i| i as i32)),
                _ => None,
            },
            _ => None,
        };
        if let Some(code) = int {
            return Some(ExitStatus {
                code,
                message: None,
            });
        }
        let text = self
            .nested(|it| it.to_str(code))
            .unwrap_or_else(|_| String::new());
        let _ = self.write_stderr(&format!("{text}\n"));
        Some(ExitStatus {
            code: 1,
            message: Some(text),
        })
    }

    /// Where `print()` without `file=` writes: the real stdout (`None`) or
    /// the object the program put in `sys.stdout`.
    pub fn current_stdout(&self) -> Option<Value> {
        let v = self.sys.stdout?;
        match self.stream_of(v) {
            Some(OutStream::Stdout) => None,
            _ => Some(v),
        }
    }

    /// The stream a `sys.stdout`/`sys.stderr` object writes to.
    pub fn stream_of(&self, v: Value) -> Option<OutStream> {
        match self.heap.obj(v) {
            Some(Object::Native(n)) => match &**n {
                NativeObj::Stream(s) => Some(*s),
                _ => None,
            },
            _ => None,
        }
    }

    /// Writes text to one of the run's streams.
    pub fn write_stream(&mut self, s: OutStream, text: &str) -> PyResult<()> {
        match s {
            OutStream::Stdout => self.write_output(text),
            OutStream::Stderr => self.write_stderr(text),
        }
    }

    /// `sys.stdout.name` and friends.
    pub fn stream_attr(&mut self, s: OutStream, name: &str) -> Option<Value> {
        Some(match name {
            "name" => self.heap.str(stream_name(s)),
            "encoding" => self.heap.str("utf-8"),
            "errors" => self.heap.str("strict"),
            "mode" => self.heap.str("w"),
            "closed" | "line_buffering" => Value::Bool(false),
            "newlines" => Value::None,
            _ => return None,
        })
    }

    /// `sys.stdout.write(s)` and the other stream methods.
    pub fn stream_method(
        &mut self,
        s: OutStream,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        self.no_kwargs(name, kwargs)?;
        let one = |it: &mut Interp| -> PyResult<Value> {
            match args {
                [a] => Ok(*a),
                _ => Err(it.type_error(format!(
                    "{name}() takes exactly one argument ({} given)",
                    args.len()
                ))),
            }
        };
        let none = |it: &mut Interp| -> PyResult<()> {
            if args.is_empty() {
                Ok(())
            } else {
                Err(it.type_error(format!(
                    "TextIOWrapper.{name}() takes no arguments ({} given)",
                    args.len()
                )))
            }
        };
        match name {
            "write" => {
                let v = one(self)?;
                let Some(text) = self.heap.as_str(v).map(str::to_string) else {
                    let t = self.heap.type_name(v);
                    return Err(self.type_error(format!("write() argument must be str, not {t}")));
                };
                self.write_stream(s, &text)?;
                Ok(Value::Int(text.chars().count() as i64))
            }
            "writelines" => {
                let v = one(self)?;
                let items = self.iterate(v)?;
                let mut text = String::new();
                for item in items {
                    match self.heap.as_str(item) {
                        Some(t) => text.push_str(t),
                        None => {
                            let t = self.heap.type_name(item);
                            return Err(
                                self.type_error(format!("write() argument must be str, not {t}"))
                            );
                        }
                    }
                }
                self.write_stream(s, &text)?;
                Ok(Value::None)
            }
            "flush" => {
                none(self)?;
                Ok(Value::None)
            }
            "isatty" | "readable" | "seekable" => {
                none(self)?;
                Ok(Value::Bool(false))
            }
            "writable" => {
                none(self)?;
                Ok(Value::Bool(true))
            }
            "fileno" => Err(self.err(
                ClassId::OSError,
                "pycps does not support file descriptors (sys.stdout.fileno())",
            )),
            _ => Err(self.err(
                ClassId::AttributeError,
                format!("'_io.TextIOWrapper' object has no attribute '{name}'"),
            )),
        }
    }
}

fn stream_name(s: OutStream) -> &'static str {
    match s {
        OutStream::Stdout => "<stdout>",
        OutStream::Stderr => "<stderr>",
    }
}

/// `repr(sys.stdout)`.
pub fn stream_repr(s: OutStream) -> String {
    format!(
        "<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>",
        stream_name(s)
    )
}

/// Whether `r` is the `sys` module object.
pub fn is_sys_module(it: &Interp, r: ObjRef) -> bool {
    matches!(
        it.heap.get(r),
        Object::Module(ModuleKind::Std(super::StdModule::Sys))
    )
}
