//! The `bytes` and `bytearray` types: their constructors, the mutating
//! methods of `bytearray`, the class-level `fromhex`/`maketrans`, and the
//! glue between the interpreter and [`crate::text::encode`]/`decode`
//! (argument checks, error classes).

use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::text::{self, CodecError};
use crate::value::Value;

impl Interp {
    /// An `encoding`/`errors` argument (`default` when absent).
    pub(crate) fn codec_name_arg(
        &mut self,
        v: Option<Value>,
        method: &str,
        param: &str,
        default: &str,
    ) -> PyResult<String> {
        let Some(v) = v else {
            return Ok(default.to_string());
        };
        match self.heap.as_str(v) {
            Some(s) => Ok(s.to_string()),
            None => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!(
                    "{method}() argument '{param}' must be str, not {t}"
                )))
            }
        }
    }

    /// Raises a codec failure as CPython's exception: `UnicodeEncodeError`
    /// / `UnicodeDecodeError` carry their five fields (`encoding`, `object`
    /// — `text` or `data` —, `start`, `end`, `reason`).
    pub(crate) fn codec_result<T>(
        &mut self,
        r: Result<T, CodecError>,
        text: &str,
        data: &[u8],
    ) -> PyResult<T> {
        let e = match r {
            Ok(v) => return Ok(v),
            Err(e) => e,
        };
        let (cls, f, obj) = match e {
            CodecError::Lookup(m) => return Err(self.err(ClassId::LookupError, m)),
            CodecError::Type(m) => return Err(self.type_error(m)),
            CodecError::Encode(f) => (ClassId::UnicodeEncodeError, f, self.heap.str(text)),
            CodecError::Decode(f) => {
                let b = self.new_bytes(false, data.to_vec());
                (ClassId::UnicodeDecodeError, f, b)
            }
        };
        let enc = self.heap.str(f.codec);
        let reason = self.heap.str(f.reason);
        let args = vec![
            enc,
            obj,
            Value::Int(f.start as i64),
            Value::Int(f.end as i64),
            reason,
        ];
        Err(crate::interp::Raise::Exc(self.new_exception(cls, args)))
    }

    /// `str.encode(encoding='utf-8', errors='strict')`.
    pub(crate) fn str_encode(
        &mut self,
        s: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        self.arity("encode", args, 0, 2)?;
        self.only_kwargs("encode", kwargs, &["encoding", "errors"])?;
        let enc = args.first().copied().or(Self::kwarg(kwargs, "encoding"));
        let errors = args.get(1).copied().or(Self::kwarg(kwargs, "errors"));
        let enc = self.codec_name_arg(enc, "encode", "encoding", "utf-8")?;
        let errors = self.codec_name_arg(errors, "encode", "errors", "strict")?;
        let r = text::encode(s, &enc, &errors);
        let b = self.codec_result(r, s, &[])?;
        Ok(self.new_bytes(false, b))
    }

    /// `bytes(...)` / `bytearray(...)`.
    pub(crate) fn construct_bytes(
        &mut self,
        bytearray: bool,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let name = if bytearray { "bytearray" } else { "bytes" };
        self.arity(name, args, 0, 3)?;
        self.only_kwargs(name, kwargs, &["source", "encoding", "errors"])?;
        let src = args.first().copied().or(Self::kwarg(kwargs, "source"));
        let enc = args.get(1).copied().or(Self::kwarg(kwargs, "encoding"));
        let errors = args.get(2).copied().or(Self::kwarg(kwargs, "errors"));
        let Some(x) = src else {
            if enc.is_some() || errors.is_some() {
                let what = if enc.is_some() { "encoding" } else { "errors" };
                return Err(self.type_error(format!("{what} without a string argument")));
            }
            return Ok(self.new_bytes(bytearray, Vec::new()));
        };
        if let Some(s) = self.heap.as_str(x) {
            let s = s.to_string();
            if enc.is_none() {
                return Err(self.type_error("string argument without an encoding"));
            }
            let enc = self.codec_name_arg(enc, name, "encoding", "utf-8")?;
            let errors = self.codec_name_arg(errors, name, "errors", "strict")?;
            let r = text::encode(&s, &enc, &errors);
            let b = self.codec_result(r, &s, &[])?;
            return Ok(self.new_bytes(bytearray, b));
        }
        if enc.is_some() || errors.is_some() {
            let what = if enc.is_some() { "encoding" } else { "errors" };
            return Err(self.type_error(format!("{what} without a string argument")));
        }
        if let Some(b) = self.bytes_like(x) {
            return Ok(self.new_bytes(bytearray, b));
        }
        if let Some(n) = self.index_value(x) {
            if n < 0 {
                return Err(self.value_error("negative count"));
            }
            self.reserve(n as usize)?;
            return Ok(self.new_bytes(bytearray, vec![0; n as usize]));
        }
        if matches!(x, Value::Float(_) | Value::None) {
            let t = self.heap.type_name(x);
            return Err(self.type_error(format!("cannot convert '{t}' object to {name}")));
        }
        let items = self.iterate(x)?;
        let out = self.byte_items(&items, !bytearray)?;
        Ok(self.new_bytes(bytearray, out))
    }

    /// Ints `0..=255` from `items` (`bytes(...)` says "bytes must be ...").
    fn byte_items(&mut self, items: &[Value], plural: bool) -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(items.len());
        for &i in items {
            let n = self.expect_int(i, "byte")?;
            match u8::try_from(n) {
                Ok(b) => out.push(b),
                Err(_) if plural => return Err(self.value_error("bytes must be in range(0, 256)")),
                Err(_) => return Err(self.value_error("byte must be in range(0, 256)")),
            }
        }
        Ok(out)
    }

    /// Class-level methods of `bytes`/`bytearray`: `fromhex`, `maketrans`.
    pub(crate) fn bytes_class_method(
        &mut self,
        cls: ClassId,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let bytearray = cls == ClassId::ByteArray;
        Ok(Some(match name {
            "fromhex" => {
                self.arity("fromhex", args, 1, 1)?;
                let Some(s) = self.heap.as_str(args[0]) else {
                    let t = self.heap.type_name(args[0]);
                    return Err(self.type_error(format!("fromhex() argument must be str, not {t}")));
                };
                let r = text::bytes_fromhex(s).map_err(|e| self.value_error(e.message))?;
                self.new_bytes(bytearray, r)
            }
            "maketrans" => {
                self.arity("maketrans", args, 2, 2)?;
                let from = self.bytes_arg(args[0])?;
                let to = self.bytes_arg(args[1])?;
                if from.len() != to.len() {
                    return Err(self.value_error("maketrans arguments must have same length"));
                }
                let mut table: Vec<u8> = (0..=255).collect();
                for (&f, &t) in from.iter().zip(to.iter()) {
                    table[f as usize] = t;
                }
                self.new_bytes(false, table)
            }
            _ => return Ok(None),
        }))
    }

    fn bytearray_data(&mut self, recv: Value) -> Option<&mut Vec<u8>> {
        match recv {
            Value::Obj(r) => match self.heap.get_mut(r) {
                Object::ByteArray(b) => Some(b),
                _ => None,
            },
            _ => None,
        }
    }

    /// The mutating methods of `bytearray` (and `copy`); `None` for other
    /// names or a `bytes` receiver. Mutates in place (no copy per call).
    pub(crate) fn bytearray_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Option<Value>> {
        let Some(len) = self.bytearray_data(recv).map(|b| b.len()) else {
            return Ok(None);
        };
        if !matches!(
            name,
            "append" | "extend" | "insert" | "pop" | "remove" | "reverse" | "clear" | "copy"
        ) {
            return Ok(None);
        }
        self.no_kwargs(name, kwargs)?;
        let mut out = Value::None;
        match name {
            "append" => {
                self.arity(name, args, 1, 1)?;
                let x = self.byte_value(args[0])?;
                self.reserve(1)?;
                if let Some(b) = self.bytearray_data(recv) {
                    b.push(x);
                }
            }
            "extend" => {
                self.arity(name, args, 1, 1)?;
                let more = match self.bytes_like(args[0]) {
                    Some(m) => m,
                    None => {
                        if self.index_value(args[0]).is_some()
                            || matches!(args[0], Value::Float(_) | Value::None)
                        {
                            let t = self.heap.type_name(args[0]);
                            return Err(self.type_error(format!("can't extend bytearray with {t}")));
                        }
                        let items = self.iterate(args[0])?;
                        self.byte_items(&items, false)?
                    }
                };
                self.reserve(more.len())?;
                if let Some(b) = self.bytearray_data(recv) {
                    b.extend(more);
                }
            }
            "insert" => {
                self.arity(name, args, 2, 2)?;
                let i = self.expect_int(args[0], "index")?;
                let x = self.byte_value(args[1])?;
                let n = len as i64;
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
                self.reserve(1)?;
                if let Some(b) = self.bytearray_data(recv) {
                    b.insert(at, x);
                }
            }
            "pop" => {
                self.arity(name, args, 0, 1)?;
                if len == 0 {
                    return Err(self.err(ClassId::IndexError, "pop from empty bytearray"));
                }
                let i = match args.first() {
                    Some(&v) => self.expect_int(v, "index")?,
                    None => -1,
                };
                let Some(at) = text::normalize_index(i, len) else {
                    return Err(self.err(ClassId::IndexError, "pop index out of range"));
                };
                if let Some(b) = self.bytearray_data(recv) {
                    out = Value::Int(b.remove(at) as i64);
                }
            }
            "remove" => {
                self.arity(name, args, 1, 1)?;
                let x = self.byte_value(args[0])?;
                let at = self
                    .bytearray_data(recv)
                    .and_then(|b| b.iter().position(|&c| c == x));
                let Some(at) = at else {
                    return Err(self.value_error("value not found in bytearray"));
                };
                if let Some(b) = self.bytearray_data(recv) {
                    b.remove(at);
                }
            }
            "reverse" => {
                self.arity(name, args, 0, 0)?;
                if let Some(b) = self.bytearray_data(recv) {
                    b.reverse();
                }
            }
            "clear" => {
                self.arity(name, args, 0, 0)?;
                if let Some(b) = self.bytearray_data(recv) {
                    b.clear();
                }
            }
            _ => {
                self.arity(name, args, 0, 0)?;
                let b = self.bytes_like(recv).unwrap_or_default();
                out = self.new_bytes(true, b);
            }
        }
        Ok(Some(out))
    }

    fn bytearray_bad_index(&mut self, key: Value) -> crate::interp::Raise {
        let t = self.heap.type_name(key);
        self.type_error(format!(
            "bytearray indices must be integers or slices, not {t}"
        ))
    }

    /// The slice object `key` refers to, if it is one.
    fn as_slice(&self, key: Value) -> Option<crate::value::ObjRef> {
        match key {
            Value::Obj(k) if matches!(self.heap.get(k), Object::Slice(..)) => Some(k),
            _ => None,
        }
    }

    /// `ba[key] = value` for a `bytearray` `r` (int index or slice).
    pub(crate) fn bytearray_set_item(
        &mut self,
        r: crate::value::ObjRef,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let recv = Value::Obj(r);
        let len = self.bytearray_data(recv).map_or(0, |b| b.len());
        if let Some(i) = self.index_value(key) {
            let x = self.byte_value(value)?;
            let Some(i) = text::normalize_index(i, len) else {
                return Err(self.err(ClassId::IndexError, "bytearray index out of range"));
            };
            if let Some(b) = self.bytearray_data(recv) {
                b[i] = x;
            }
            return Ok(());
        }
        let Some(k) = self.as_slice(key) else {
            return Err(self.bytearray_bad_index(key));
        };
        let new = match self.bytes_like(value) {
            Some(b) => b,
            None if self.index_value(value).is_some()
                || matches!(value, Value::Float(_) | Value::None)
                || self.heap.as_str(value).is_some() =>
            {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            None => {
                let items = self.iterate(value)?;
                self.byte_items(&items, false)?
            }
        };
        let idx = self.slice_indices(k, len)?;
        if idx.step == 1 {
            let (a, e) = (idx.start as usize, idx.start.max(idx.stop) as usize);
            self.reserve(new.len())?;
            if let Some(b) = self.bytearray_data(recv) {
                b.splice(a..e, new);
            }
            return Ok(());
        }
        if new.len() != idx.len() {
            return Err(self.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                idx.len()
            )));
        }
        let positions: Vec<usize> = idx.indices().collect();
        if let Some(b) = self.bytearray_data(recv) {
            for (i, x) in positions.into_iter().zip(new) {
                b[i] = x;
            }
        }
        Ok(())
    }

    /// `del ba[key]` for a `bytearray` `r`.
    pub(crate) fn bytearray_del_item(
        &mut self,
        r: crate::value::ObjRef,
        key: Value,
    ) -> PyResult<()> {
        let recv = Value::Obj(r);
        let len = self.bytearray_data(recv).map_or(0, |b| b.len());
        if let Some(i) = self.index_value(key) {
            let Some(i) = text::normalize_index(i, len) else {
                return Err(self.err(ClassId::IndexError, "bytearray index out of range"));
            };
            if let Some(b) = self.bytearray_data(recv) {
                b.remove(i);
            }
            return Ok(());
        }
        let Some(k) = self.as_slice(key) else {
            return Err(self.bytearray_bad_index(key));
        };
        let idx = self.slice_indices(k, len)?;
        let mut drop = vec![false; len];
        for i in idx.indices() {
            drop[i] = true;
        }
        if let Some(b) = self.bytearray_data(recv) {
            let mut i = 0;
            b.retain(|_| {
                i += 1;
                !drop[i - 1]
            });
        }
        Ok(())
    }

    /// `a + b` (and `a += b`) where `a` is bytes-like: the result has `a`'s
    /// type; `bytearray +=` extends in place. `None` leaves a user object's
    /// `__radd__` its turn.
    pub(crate) fn bytes_concat(
        &mut self,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let Some(more) = self.bytes_like(b) else {
            if self.is_user_obj(b) {
                return Ok(None);
            }
            let (ta, tb) = (self.heap.type_name(a), self.heap.type_name(b));
            return Err(self.type_error(format!("can't concat {tb} to {ta}")));
        };
        self.reserve(more.len())?;
        if inplace {
            if let Some(buf) = self.bytearray_data(a) {
                buf.extend(more);
                return Ok(Some(a));
            }
        }
        let ba = self.bytearray_data(a).is_some();
        let mut out = self.bytes_like(a).unwrap_or_default();
        out.extend(more);
        Ok(Some(self.new_bytes(ba, out)))
    }

    /// `needle in b` for a bytes-like `b`: a byte value or a sub-sequence.
    pub(crate) fn bytes_contains(
        &mut self,
        b: crate::value::ObjRef,
        needle: Value,
    ) -> PyResult<bool> {
        let sub = if let Some(n) = self.bytes_like(needle) {
            n
        } else if self.index_value(needle).is_some() {
            vec![self.byte_value(needle)?]
        } else {
            let t = self.heap.type_name(needle);
            return Err(self.type_error(format!("a bytes-like object is required, not '{t}'")));
        };
        let hay = self.bytes_like(Value::Obj(b)).unwrap_or_default();
        Ok(sub.is_empty() || hay.windows(sub.len()).any(|w| w == sub.as_slice()))
    }

    /// `str(obj, encoding='utf-8', errors='strict')`: decodes a bytes-like
    /// `obj`.
    pub(crate) fn str_from_bytes(
        &mut self,
        obj: Value,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let enc = args.first().copied().or(Self::kwarg(kwargs, "encoding"));
        let errors = args.get(1).copied().or(Self::kwarg(kwargs, "errors"));
        let Some(b) = self.bytes_like(obj) else {
            let t = self.heap.type_name(obj);
            let msg = if self.heap.as_str(obj).is_some() {
                "decoding str is not supported".to_string()
            } else {
                format!("decoding to str: need a bytes-like object, {t} found")
            };
            return Err(self.type_error(msg));
        };
        let enc = self.codec_name_arg(enc, "str", "encoding", "utf-8")?;
        let errors = self.codec_name_arg(errors, "str", "errors", "strict")?;
        let r = text::decode(&b, &enc, &errors);
        let s = self.codec_result(r, "", &b)?;
        Ok(self.heap.str(s))
    }
}
