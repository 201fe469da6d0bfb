//! Built-in exception instances beyond `args`: constructing them (keyword
//! arguments, `OSError(errno, ...)` → its errno subclass, `UnicodeError`
//! arity), CPython's C-level fields (`StopIteration.value`,
//! `OSError.errno/strerror/filename/filename2`, `NameError.name`,
//! `AttributeError.name/obj`, `ImportError.msg/name/path`,
//! `SystemExit.code`, `SyntaxError.msg/filename/lineno/...`, the
//! `UnicodeError` fields) and the `str()` of the classes whose message is
//! built from those fields.
//!
//! Fields derived from `args` are computed on access; fields stored later
//! (`e.filename = ...`, the `name`/`obj` of an `AttributeError` raised by
//! attribute lookup) live in `ExceptionObj::slots`, which takes precedence.

use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::{ExceptionObj, Object};
use crate::value::{ObjRef, Value};

/// The subclass `OSError(errno, strerror)` creates (CPython's errno map,
/// Linux numbering).
fn oserror_subclass(errno: i64) -> Option<ClassId> {
    Some(match errno {
        11 | 114 | 115 => ClassId::BlockingIOError,
        10 => ClassId::ChildProcessError,
        32 | 108 => ClassId::BrokenPipeError,
        103 => ClassId::ConnectionAbortedError,
        111 => ClassId::ConnectionRefusedError,
        104 => ClassId::ConnectionResetError,
        17 => ClassId::FileExistsError,
        2 => ClassId::FileNotFoundError,
        21 => ClassId::IsADirectoryError,
        20 => ClassId::NotADirectoryError,
        4 => ClassId::InterruptedError,
        1 | 13 => ClassId::PermissionError,
        3 => ClassId::ProcessLookupError,
        110 => ClassId::TimeoutError,
        _ => return None,
    })
}

/// Keyword arguments a built-in exception class accepts.
fn exception_kwargs(cls: ClassId) -> &'static [&'static str] {
    if cls.is_subclass(ClassId::ImportError) {
        &["name", "path"]
    } else if cls.is_subclass(ClassId::NameError) {
        &["name"]
    } else if cls.is_subclass(ClassId::AttributeError) {
        &["name", "obj"]
    } else {
        &[]
    }
}

fn slot(e: &ExceptionObj, name: &str) -> Option<Value> {
    e.slots.iter().find(|(k, _)| k == name).map(|&(_, v)| v)
}

impl Interp {
    /// `cls(*args, **kwargs)` for a built-in exception class.
    pub fn construct_exception(
        &mut self,
        cls: ClassId,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let allowed = exception_kwargs(cls);
        if let Some((k, _)) = kwargs.iter().find(|(k, _)| !allowed.contains(k)) {
            let name = cls.name();
            return Err(self.type_error(if allowed.is_empty() {
                format!("{name}() takes no keyword arguments")
            } else {
                format!("'{k}' is an invalid keyword argument for {name}()")
            }));
        }
        let mut cls = cls;
        let mut args = args.to_vec();
        let mut slots = Vec::new();
        if cls.is_subclass(ClassId::OSError) && (2..=5).contains(&args.len()) {
            if cls == ClassId::OSError {
                if let Some(sub) = self.index_value(args[0]).and_then(oserror_subclass) {
                    cls = sub;
                }
            }
            if args.len() >= 3 {
                slots.push(("filename".to_string(), args[2]));
                if let Some(&f2) = args.get(4) {
                    slots.push(("filename2".to_string(), f2));
                }
                args.truncate(2);
            }
        }
        if matches!(
            cls,
            ClassId::UnicodeDecodeError | ClassId::UnicodeEncodeError
        ) || cls == ClassId::UnicodeTranslateError
        {
            self.check_unicode_error_args(cls, &args)?;
        }
        for &(k, v) in kwargs {
            slots.push((k.to_string(), v));
        }
        let e = self.new_exception(cls, args);
        if let Some(Object::Exception(x)) = e.as_obj().map(|r| self.heap.get_mut(r)) {
            x.slots = slots;
        }
        Ok(e)
    }

    /// The argument checks of `UnicodeDecodeError(encoding, object, start,
    /// end, reason)`, `UnicodeEncodeError(...)` and
    /// `UnicodeTranslateError(object, start, end, reason)`.
    fn check_unicode_error_args(&mut self, cls: ClassId, args: &[Value]) -> PyResult<()> {
        let translate = cls == ClassId::UnicodeTranslateError;
        let want = if translate { 4 } else { 5 };
        if args.len() != want {
            return Err(self.type_error(format!(
                "function takes exactly {want} arguments ({} given)",
                args.len()
            )));
        }
        let obj_type = match cls {
            ClassId::UnicodeDecodeError => "a bytes-like object",
            _ => "str",
        };
        let kinds: &[&str] = if translate {
            &[obj_type, "int", "int", "str"]
        } else {
            &["str", obj_type, "int", "int", "str"]
        };
        for (i, (&a, &kind)) in args.iter().zip(kinds).enumerate() {
            let ok = match kind {
                "str" => self.heap.as_str(a).is_some(),
                "int" => self.index_value(a).is_some(),
                _ => matches!(self.heap.obj(a), Some(Object::Bytes(_))),
            };
            if !ok {
                let t = self.heap.type_name(a);
                return Err(self.type_error(format!("argument {} must be {kind}, not {t}", i + 1)));
            }
        }
        Ok(())
    }

    /// Records a C-level field of exception `exc` (`AttributeError.obj`).
    pub fn set_exception_slot(&mut self, exc: Value, name: &str, v: Value) {
        if let Some(Object::Exception(e)) = exc.as_obj().map(|r| self.heap.get_mut(r)) {
            match e.slots.iter_mut().find(|(k, _)| k == name) {
                Some(s) => s.1 = v,
                None => e.slots.push((name.to_string(), v)),
            }
        }
    }

    /// A `NameError` for the unbound name `name` (its `name` field set, so
    /// the traceback can suggest a close name).
    pub fn name_error(&mut self, name: &str) -> crate::interp::Raise {
        let e = self.err(ClassId::NameError, format!("name '{name}' is not defined"));
        if let crate::interp::Raise::Exc(v) = e {
            let n = self.heap.str(name);
            self.set_exception_slot(v, "name", n);
        }
        e
    }

    /// Whether `name` is a C-level field of built-in exception class `cls`
    /// (assignable, stored in `slots`).
    pub fn is_exception_field(cls: ClassId, name: &str) -> bool {
        let fields: &[&str] = if cls.is_subclass(ClassId::StopIteration) {
            &["value"]
        } else if cls.is_subclass(ClassId::SystemExit) {
            &["code"]
        } else if cls.is_subclass(ClassId::OSError) {
            &["errno", "strerror", "filename", "filename2"]
        } else if cls.is_subclass(ClassId::ImportError) {
            &["msg", "name", "path"]
        } else if cls.is_subclass(ClassId::NameError) {
            &["name"]
        } else if cls.is_subclass(ClassId::AttributeError) {
            &["name", "obj"]
        } else if cls.is_subclass(ClassId::SyntaxError) {
            &[
                "msg",
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
                "print_file_and_line",
            ]
        } else if cls.is_subclass(ClassId::UnicodeError) {
            &["encoding", "object", "start", "end", "reason"]
        } else {
            &[]
        };
        fields.contains(&name)
    }

    /// The C-level field `name` of built-in exception `r` (`None`: the
    /// class has no such field).
    pub fn exception_field(&mut self, r: ObjRef, name: &str) -> Option<Value> {
        let Object::Exception(e) = self.heap.get(r) else {
            return None;
        };
        let cls = e.class;
        if !Self::is_exception_field(cls, name) {
            return None;
        }
        if let Some(v) = slot(e, name) {
            return Some(v);
        }
        let args = e.args.clone();
        let arg = |i: usize| args.get(i).copied().unwrap_or(Value::None);
        let v = if cls.is_subclass(ClassId::StopIteration) {
            arg(0)
        } else if cls.is_subclass(ClassId::SystemExit) {
            match args.len() {
                0 => Value::None,
                1 => args[0],
                _ => self.heap.tuple(args.clone()),
            }
        } else if cls.is_subclass(ClassId::OSError) {
            match name {
                "errno" if (2..=5).contains(&args.len()) => args[0],
                "strerror" if (2..=5).contains(&args.len()) => args[1],
                _ => Value::None,
            }
        } else if cls.is_subclass(ClassId::ImportError) {
            match name {
                "msg" if args.len() == 1 => args[0],
                _ => Value::None,
            }
        } else if cls.is_subclass(ClassId::SyntaxError) {
            let info = match (args.len(), self.heap.obj(arg(1))) {
                (2, Some(Object::Tuple(t))) if (4..=6).contains(&t.len()) => t.clone(),
                _ => Vec::new(),
            };
            let pos = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ]
            .iter()
            .position(|&f| f == name);
            match (name, pos) {
                ("msg", _) => arg(0),
                (_, Some(i)) => info.get(i).copied().unwrap_or(Value::None),
                _ => Value::None,
            }
        } else if cls.is_subclass(ClassId::UnicodeError) {
            let names: &[&str] = if cls == ClassId::UnicodeTranslateError {
                &["object", "start", "end", "reason"]
            } else {
                &["encoding", "object", "start", "end", "reason"]
            };
            match names.iter().position(|&f| f == name) {
                Some(i) if args.len() == names.len() => args[i],
                _ => Value::None,
            }
        } else {
            Value::None
        };
        Some(v)
    }

    /// `str(e)` of the built-in exceptions whose message is built from
    /// their fields (`[Errno 2] No such file: 'x'`, the `UnicodeError`
    /// messages, `msg (file, line N)`); `None`: the `args` rule applies.
    pub fn exception_field_str(&self, r: ObjRef) -> Option<String> {
        let Object::Exception(e) = self.heap.get(r) else {
            return None;
        };
        let cls = e.class;
        let args = &e.args;
        if cls.is_subclass(ClassId::OSError) {
            let filename = slot(e, "filename").filter(|v| !matches!(v, Value::None));
            let filename2 = slot(e, "filename2").filter(|v| !matches!(v, Value::None));
            let errno = slot(e, "errno").or_else(|| args.first().copied());
            let strerror = slot(e, "strerror").or_else(|| args.get(1).copied());
            let (errno, strerror) = match (errno, strerror) {
                (Some(a), Some(b)) if (2..=5).contains(&args.len()) || filename.is_some() => {
                    (self.str_lossy(a), self.str_lossy(b))
                }
                _ => return None,
            };
            return Some(match (filename, filename2) {
                (Some(f), Some(f2)) => format!(
                    "[Errno {errno}] {strerror}: {} -> {}",
                    self.repr_lossy(f),
                    self.repr_lossy(f2)
                ),
                (Some(f), None) => {
                    format!("[Errno {errno}] {strerror}: {}", self.repr_lossy(f))
                }
                _ => format!("[Errno {errno}] {strerror}"),
            });
        }
        if cls.is_subclass(ClassId::UnicodeError) && cls != ClassId::UnicodeError {
            return self.unicode_error_str(cls, args);
        }
        if cls.is_subclass(ClassId::SyntaxError) {
            let msg = args.first().copied()?;
            let msg = self.str_lossy(msg);
            let info = match (args.len(), args.get(1).and_then(|&a| self.heap.obj(a))) {
                (2, Some(Object::Tuple(t))) if (4..=6).contains(&t.len()) => t.clone(),
                _ => return Some(msg),
            };
            let file = self
                .heap
                .as_str(info[0])
                .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
            let line = match info[1] {
                Value::Int(n) => Some(n),
                _ => None,
            };
            return Some(match (file, line) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {l})"),
                (None, None) => msg,
            });
        }
        None
    }

    fn unicode_error_str(&self, cls: ClassId, args: &[Value]) -> Option<String> {
        let translate = cls == ClassId::UnicodeTranslateError;
        let off = if translate { 0 } else { 1 };
        if args.len() != 4 + off {
            return None;
        }
        let encoding = if translate {
            String::new()
        } else {
            self.heap.as_str(args[0])?.to_string()
        };
        let (start, end) = match (args[off + 1], args[off + 2]) {
            (Value::Int(s), Value::Int(e)) => (s, e),
            _ => return None,
        };
        let reason = self.heap.as_str(args[off + 3])?;
        let single = end == start + 1 && start >= 0;
        match cls {
            ClassId::UnicodeDecodeError => {
                let Some(Object::Bytes(b)) = self.heap.obj(args[1]) else {
                    return None;
                };
                Some(match b.get(start as usize) {
                    Some(byte) if single => format!(
                        "'{encoding}' codec can't decode byte {byte:#04x} in position {start}: {reason}"
                    ),
                    _ => format!(
                        "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                        end - 1
                    ),
                })
            }
            _ => {
                let s = self.heap.as_str(args[off])?;
                let ch = if single {
                    s.chars().nth(start as usize)
                } else {
                    None
                };
                let what = match ch {
                    Some(c) => {
                        let n = c as u32;
                        let esc = if n < 0x100 {
                            format!("\\x{n:02x}")
                        } else if n < 0x10000 {
                            format!("\\u{n:04x}")
                        } else {
                            format!("\\U{n:08x}")
                        };
                        format!("character '{esc}' in position {start}")
                    }
                    None => format!("characters in position {start}-{}", end - 1),
                };
                Some(if translate {
                    format!("can't translate {what}: {reason}")
                } else {
                    format!("'{encoding}' codec can't encode {what}: {reason}")
                })
            }
        }
    }

    /// `str(v)` without running user code (field values in messages).
    fn str_lossy(&self, v: Value) -> String {
        match self.heap.as_str(v) {
            Some(s) => s.to_string(),
            None => self.repr_lossy(v),
        }
    }
}
