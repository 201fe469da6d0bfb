//! Methods of `bytes` and `bytearray` that read their receiver (the
//! mutating `bytearray` methods, the constructors and the class-level
//! `fromhex`/`maketrans` live in `bytes_type`).
//!
//! A method of a `bytearray` returns `bytearray`s where the same method of
//! `bytes` returns `bytes` (CPython's behaviour). Byte arguments accept any
//! bytes-like value (`bytes`, `bytearray`). The searching, separator and
//! padding methods go through the `str` helpers over the latin-1 mapping
//! (see [`crate::text::latin1`]).

use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::text::{self, from_latin1, latin1};
use crate::value::Value;

/// The method names of `bytes` and `bytearray` (for attribute access).
#[rustfmt::skip]
pub const BYTES_METHODS: &[&str] = &[
    "capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "fromhex",
    "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace",
    "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition",
    "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
    "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
    "translate", "upper", "zfill",
];

/// The method names of `bytearray`: those of `bytes` plus the mutators.
#[rustfmt::skip]
pub const BYTEARRAY_METHODS: &[&str] = &[
    "capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "fromhex",
    "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace",
    "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition",
    "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
    "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
    "translate", "upper", "zfill", "append", "extend", "insert", "pop", "remove", "reverse",
    "clear", "copy",
];

impl Interp {
    /// The bytes of a bytes-like value (`bytes`, `bytearray`).
    pub(crate) fn bytes_like(&self, v: Value) -> Option<Vec<u8>> {
        match self.heap.obj(v) {
            Some(Object::Bytes(b) | Object::ByteArray(b)) => Some(b.clone()),
            _ => None,
        }
    }

    /// A bytes-like argument (`TypeError` otherwise, CPython's message).
    pub(crate) fn bytes_arg(&mut self, v: Value) -> PyResult<Vec<u8>> {
        match self.bytes_like(v) {
            Some(b) => Ok(b),
            None => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!("a bytes-like object is required, not '{t}'")))
            }
        }
    }

    /// A byte value `0..=255` given as an int.
    pub(crate) fn byte_value(&mut self, v: Value) -> PyResult<u8> {
        let n = self.expect_int(v, "byte")?;
        u8::try_from(n).map_err(|_| self.value_error("byte must be in range(0, 256)"))
    }

    /// A `bytes` or `bytearray` holding `b`.
    pub(crate) fn new_bytes(&mut self, bytearray: bool, b: Vec<u8>) -> Value {
        Value::Obj(self.heap.alloc(if bytearray {
            Object::ByteArray(b)
        } else {
            Object::Bytes(b)
        }))
    }

    /// The needle of `find`/`count`/`index`: bytes-like or an int byte.
    fn bytes_sub(&mut self, v: Value) -> PyResult<Vec<u8>> {
        if let Some(b) = self.bytes_like(v) {
            return Ok(b);
        }
        if self.index_value(v).is_some() {
            return Ok(vec![self.byte_value(v)?]);
        }
        let t = self.heap.type_name(v);
        Err(self.type_error(format!(
            "argument should be integer or bytes-like object, not '{t}'"
        )))
    }

    fn opt_index(&mut self, v: Option<&Value>, what: &str) -> PyResult<Option<i64>> {
        match v {
            Some(&v) if !matches!(v, Value::None) => Ok(Some(self.expect_int(v, what)?)),
            _ => Ok(None),
        }
    }

    fn fill_byte(&mut self, v: Option<&Value>, method: &str) -> PyResult<u8> {
        let Some(&v) = v else {
            return Ok(b' ');
        };
        match self.bytes_like(v) {
            Some(b) if b.len() == 1 => Ok(b[0]),
            _ => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!(
                    "{method}() argument 2 must be a byte string of length 1, not {t}"
                )))
            }
        }
    }

    fn bytes_list(&mut self, bytearray: bool, parts: Vec<Vec<u8>>) -> Value {
        let items = parts
            .into_iter()
            .map(|p| self.new_bytes(bytearray, p))
            .collect();
        self.heap.list(items)
    }

    /// `recv.name(*args, **kwargs)` for `bytes` and `bytearray` receivers.
    pub(crate) fn bytes_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        if let Some(v) = self.bytearray_method(recv, name, args, kwargs)? {
            return Ok(v);
        }
        let (b, ba) = match self.heap.obj(recv) {
            Some(Object::Bytes(b)) => (b.clone(), false),
            Some(Object::ByteArray(b)) => (b.clone(), true),
            _ => (Vec::new(), false),
        };
        if !matches!(
            name,
            "decode" | "hex" | "split" | "rsplit" | "splitlines" | "translate"
        ) {
            self.no_kwargs(name, kwargs)?;
        }
        if let Some(out) = text::bytes_case(&b, name) {
            self.arity(name, args, 0, 0)?;
            return Ok(self.new_bytes(ba, out));
        }
        if let Some(r) = text::bytes_is(&b, name) {
            self.arity(name, args, 0, 0)?;
            return Ok(Value::Bool(r));
        }
        let s = latin1(&b);
        let v = match name {
            "decode" => {
                self.arity(name, args, 0, 2)?;
                self.only_kwargs(name, kwargs, &["encoding", "errors"])?;
                let enc = args.first().copied().or(Self::kwarg(kwargs, "encoding"));
                let errors = args.get(1).copied().or(Self::kwarg(kwargs, "errors"));
                let enc = self.codec_name_arg(enc, name, "encoding", "utf-8")?;
                let errors = self.codec_name_arg(errors, name, "errors", "strict")?;
                let r = text::decode(&b, &enc, &errors);
                let out = self.codec_result(r, "", &b)?;
                self.heap.str(out)
            }
            "hex" => {
                self.arity(name, args, 0, 2)?;
                self.only_kwargs(name, kwargs, &["sep", "bytes_per_sep"])?;
                let sep = args.first().copied().or(Self::kwarg(kwargs, "sep"));
                let per = args
                    .get(1)
                    .copied()
                    .or(Self::kwarg(kwargs, "bytes_per_sep"));
                let sep = match sep {
                    None => None,
                    Some(v) => {
                        let chars: Vec<char> = match (self.heap.as_str(v), self.bytes_like(v)) {
                            (Some(s), _) => s.chars().collect(),
                            (None, Some(b)) => b.iter().map(|&x| x as char).collect(),
                            _ => {
                                let t = self.heap.type_name(v);
                                return Err(
                                    self.type_error(format!("sep must be str or bytes, not {t}"))
                                );
                            }
                        };
                        match chars[..] {
                            [c] if c.is_ascii() => Some(c),
                            [_] => return Err(self.value_error("sep must be ASCII.")),
                            _ => return Err(self.value_error("sep must be length 1.")),
                        }
                    }
                };
                let per = match per {
                    Some(p) => self.expect_int(p, "bytes_per_sep")?,
                    None => 1,
                };
                self.heap.str(text::bytes_hex(&b, sep, per))
            }
            "count" | "find" | "rfind" | "index" | "rindex" => {
                self.arity(name, args, 1, 3)?;
                let sub = self.bytes_sub(args[0])?;
                let start = self.opt_index(args.get(1), "start")?;
                let end = self.opt_index(args.get(2), "end")?;
                let sub = latin1(&sub);
                if name == "count" {
                    return Ok(Value::Int(text::str_count(&s, &sub, start, end) as i64));
                }
                let pos = if name.starts_with('r') {
                    text::str_rfind(&s, &sub, start, end)
                } else {
                    text::str_find(&s, &sub, start, end)
                };
                match pos {
                    Some(i) => Value::Int(i as i64),
                    None if name.ends_with("index") => {
                        return Err(self.value_error("subsection not found"))
                    }
                    None => Value::Int(-1),
                }
            }
            "startswith" | "endswith" => {
                self.arity(name, args, 1, 3)?;
                let start = self.opt_index(args.get(1), "start")?;
                let end = self.opt_index(args.get(2), "end")?;
                let options = match self.heap.obj(args[0]) {
                    Some(Object::Tuple(items)) => items.clone(),
                    _ => vec![args[0]],
                };
                let mut r = false;
                for p in options {
                    let Some(p) = self.bytes_like(p) else {
                        let t = self.heap.type_name(p);
                        return Err(self.type_error(format!(
                            "{name} first arg must be bytes or a tuple of bytes, not {t}"
                        )));
                    };
                    let p = latin1(&p);
                    r |= if name == "startswith" {
                        text::str_startswith(&s, &p, start, end)
                    } else {
                        text::str_endswith(&s, &p, start, end)
                    };
                }
                Value::Bool(r)
            }
            "split" | "rsplit" => {
                self.arity(name, args, 0, 2)?;
                self.only_kwargs(name, kwargs, &["sep", "maxsplit"])?;
                let sep = args.first().copied().or(Self::kwarg(kwargs, "sep"));
                let max = match args.get(1).copied().or(Self::kwarg(kwargs, "maxsplit")) {
                    Some(m) => self.expect_int(m, "maxsplit")?,
                    None => -1,
                };
                let parts = match sep {
                    None | Some(Value::None) => text::bytes_split_ws(&b, max, name == "rsplit"),
                    Some(sep) => {
                        let sep = latin1(&self.bytes_arg(sep)?);
                        let parts = if name == "split" {
                            text::str_split(&s, Some(&sep), max)
                        } else {
                            text::str_rsplit(&s, Some(&sep), max)
                        };
                        let parts = parts.map_err(|e| self.text_error(e))?;
                        parts.into_iter().map(from_latin1).collect()
                    }
                };
                self.bytes_list(ba, parts)
            }
            "splitlines" => {
                self.arity(name, args, 0, 1)?;
                self.only_kwargs(name, kwargs, &["keepends"])?;
                let keep = match args.first().copied().or(Self::kwarg(kwargs, "keepends")) {
                    Some(k) => self.truthy(k)?,
                    None => false,
                };
                let parts = text::bytes_splitlines(&b, keep);
                self.bytes_list(ba, parts)
            }
            "strip" | "lstrip" | "rstrip" => {
                self.arity(name, args, 0, 1)?;
                let (l, r) = (name != "rstrip", name != "lstrip");
                let out = match args.first() {
                    None | Some(Value::None) => text::bytes_strip_ws(&b, l, r).to_vec(),
                    Some(&chars) => {
                        let chars = latin1(&self.bytes_arg(chars)?);
                        let t = match (l, r) {
                            (true, true) => text::str_strip(&s, Some(&chars)),
                            (true, false) => text::str_lstrip(&s, Some(&chars)),
                            _ => text::str_rstrip(&s, Some(&chars)),
                        };
                        from_latin1(t)
                    }
                };
                self.new_bytes(ba, out)
            }
            "replace" => {
                self.arity(name, args, 2, 3)?;
                let old = latin1(&self.bytes_arg(args[0])?);
                let new = latin1(&self.bytes_arg(args[1])?);
                let count = match args.get(2) {
                    Some(&c) => self.expect_int(c, "count")?,
                    None => -1,
                };
                let r = text::str_replace(&s, &old, &new, count).map_err(|e| self.text_error(e))?;
                self.new_bytes(ba, from_latin1(&r))
            }
            "join" => {
                self.arity(name, args, 1, 1)?;
                let items = self.iterate(args[0])?;
                let mut out = Vec::new();
                for (i, item) in items.into_iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(&b);
                    }
                    match self.bytes_like(item) {
                        Some(p) => out.extend_from_slice(&p),
                        None => {
                            let t = self.heap.type_name(item);
                            return Err(self.type_error(format!(
                                "sequence item {i}: expected a bytes-like object, {t} found"
                            )));
                        }
                    }
                }
                self.new_bytes(ba, out)
            }
            "partition" | "rpartition" => {
                self.arity(name, args, 1, 1)?;
                let sep = latin1(&self.bytes_arg(args[0])?);
                let parts = if name == "partition" {
                    text::str_partition(&s, &sep)
                } else {
                    text::str_rpartition(&s, &sep)
                };
                let (a, m, c) = parts.map_err(|e| self.text_error(e))?;
                let items = [a, m, c]
                    .into_iter()
                    .map(|p| self.new_bytes(ba, from_latin1(p)))
                    .collect();
                self.heap.tuple(items)
            }
            "center" | "ljust" | "rjust" => {
                self.arity(name, args, 1, 2)?;
                let w = self.expect_int(args[0], "width")?;
                let fill = self.fill_byte(args.get(1), name)? as char;
                let r = match name {
                    "center" => text::str_center(&s, w, fill),
                    "ljust" => text::str_ljust(&s, w, fill),
                    _ => text::str_rjust(&s, w, fill),
                };
                let r = r.map_err(|e| self.text_error(e))?;
                self.new_bytes(ba, from_latin1(&r))
            }
            "zfill" => {
                self.arity(name, args, 1, 1)?;
                let w = self.expect_int(args[0], "width")?;
                let r = text::str_zfill(&s, w).map_err(|e| self.text_error(e))?;
                self.new_bytes(ba, from_latin1(&r))
            }
            "expandtabs" => {
                self.arity(name, args, 0, 1)?;
                let n = match args.first() {
                    Some(&t) => self.expect_int(t, "tabsize")?,
                    None => 8,
                };
                let r = text::str_expandtabs(&s, n).map_err(|e| self.text_error(e))?;
                self.new_bytes(ba, from_latin1(&r))
            }
            "removeprefix" | "removesuffix" => {
                self.arity(name, args, 1, 1)?;
                let a = latin1(&self.bytes_arg(args[0])?);
                let r = if name == "removeprefix" {
                    text::str_removeprefix(&s, &a)
                } else {
                    text::str_removesuffix(&s, &a)
                };
                self.new_bytes(ba, from_latin1(r))
            }
            "translate" => {
                self.arity(name, args, 1, 2)?;
                self.only_kwargs(name, kwargs, &["delete"])?;
                let table = match args[0] {
                    Value::None => None,
                    t => {
                        let t = self.bytes_arg(t)?;
                        if t.len() != 256 {
                            return Err(
                                self.value_error("translation table must be 256 characters long")
                            );
                        }
                        Some(t)
                    }
                };
                let delete = match args.get(1).copied().or(Self::kwarg(kwargs, "delete")) {
                    Some(d) => self.bytes_arg(d)?,
                    None => Vec::new(),
                };
                let out = b
                    .iter()
                    .filter(|x| !delete.contains(x))
                    .map(|&x| table.as_ref().map_or(x, |t| t[x as usize]))
                    .collect();
                self.new_bytes(ba, out)
            }
            _ => {
                let t = if ba { "bytearray" } else { "bytes" };
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'{t}' object has no attribute '{name}'"),
                ));
            }
        };
        Ok(v)
    }
}
