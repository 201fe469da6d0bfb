//! `str.format` / `str.format_map` (over the template parser of
//! [`crate::text::parse_format_template`], so nested replacement fields in
//! specs such as `'{:{}{}}'.format(x, align, width)` work),
//! `str.translate`, `str.maketrans`, and the dispatch of the class-level
//! methods of built-in types (`str.maketrans`, `bytes.fromhex`,
//! `int.from_bytes`, `float.fromhex`).

use crate::classes::ClassId;
use crate::interp::{Interp, PyResult, Raise};
use crate::object::Object;
use crate::text::{self, FormatArgs, TextError};
use crate::value::Value;
use pycps_ir::Conversion;

/// A failure while evaluating a template: a template error or a raise.
enum FmtErr {
    Text(TextError),
    Raise(Raise),
}

impl From<TextError> for FmtErr {
    fn from(e: TextError) -> Self {
        FmtErr::Text(e)
    }
}

impl From<Raise> for FmtErr {
    fn from(e: Raise) -> Self {
        FmtErr::Raise(e)
    }
}

/// The arguments of one `format`/`format_map` call.
struct Call<'a> {
    it: &'a mut Interp,
    args: &'a [Value],
    kwargs: &'a [(&'a str, Value)],
    /// `format_map`'s mapping (keywords are looked up in it).
    mapping: Option<Value>,
}

impl FormatArgs for Call<'_> {
    type Value = Value;
    type Error = FmtErr;

    fn positional(&mut self, i: usize) -> Result<Value, FmtErr> {
        if self.mapping.is_some() {
            return Err(TextError::value("Format string contains positional fields").into());
        }
        match self.args.get(i) {
            Some(&v) => Ok(v),
            None => Err(self
                .it
                .err(
                    ClassId::IndexError,
                    format!("Replacement index {i} out of range for positional args tuple"),
                )
                .into()),
        }
    }

    fn keyword(&mut self, name: &str) -> Result<Value, FmtErr> {
        if let Some(m) = self.mapping {
            let k = self.it.heap.str(name);
            return Ok(self.it.get_item(m, k)?);
        }
        match Interp::kwarg(self.kwargs, name) {
            Some(v) => Ok(v),
            None => {
                let k = self.it.heap.str(name);
                Err(self.it.key_error(k).into())
            }
        }
    }

    fn getattr(&mut self, v: &Value, name: &str) -> Result<Value, FmtErr> {
        Ok(self.it.get_attr(*v, name)?)
    }

    fn getitem_index(&mut self, v: &Value, i: usize) -> Result<Value, FmtErr> {
        let i = i64::try_from(i).unwrap_or(i64::MAX);
        Ok(self.it.get_item(*v, Value::Int(i))?)
    }

    fn getitem_key(&mut self, v: &Value, key: &str) -> Result<Value, FmtErr> {
        let k = self.it.heap.str(key);
        Ok(self.it.get_item(*v, k)?)
    }

    fn convert(&mut self, v: Value, conversion: char) -> Result<Value, FmtErr> {
        let c = match conversion {
            'r' => Conversion::Repr,
            'a' => Conversion::Ascii,
            _ => Conversion::Str,
        };
        Ok(self.it.format_value(v, Some(c), None)?)
    }

    fn format(&mut self, v: &Value, spec: &str) -> Result<String, FmtErr> {
        let spec = (!spec.is_empty()).then(|| self.it.heap.str(spec));
        let r = self.it.format_value(*v, None, spec)?;
        Ok(self.it.heap.as_str(r).unwrap_or("").to_string())
    }
}

impl Interp {
    /// `template.format(*args, **kwargs)`, or `template.format_map(mapping)`.
    pub(crate) fn str_format(
        &mut self,
        template: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
        mapping: Option<Value>,
    ) -> PyResult<Value> {
        let pieces = text::parse_format_template(template);
        let mut call = Call {
            it: self,
            args,
            kwargs,
            mapping,
        };
        match text::str_format(&pieces, &mut call) {
            Ok(s) => Ok(self.heap.str(s)),
            Err(FmtErr::Raise(r)) => Err(r),
            Err(FmtErr::Text(e)) => {
                let cls = match e.kind {
                    text::ErrorKind::IndexError => ClassId::IndexError,
                    text::ErrorKind::TypeError => ClassId::TypeError,
                    text::ErrorKind::KeyError => {
                        let k = self.heap.str(e.message);
                        return Err(self.key_error(k));
                    }
                    _ => ClassId::ValueError,
                };
                Err(self.err(cls, e.message))
            }
        }
    }

    /// `s.translate(table)`: `table[ord(c)]` is a str, an int code point or
    /// `None` (delete); a `LookupError` keeps the character.
    pub(crate) fn str_translate(&mut self, s: &str, table: Value) -> PyResult<Value> {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            let key = Value::Int(c as i64);
            let mapped = match table {
                Value::Obj(d) if matches!(self.heap.get(d), Object::Dict(_)) => {
                    self.dict_get(d, key)?
                }
                _ => match self.get_item(table, key) {
                    Ok(v) => Some(v),
                    Err(Raise::Exc(e))
                        if self.heap.class_of(e).is_subclass(ClassId::LookupError) =>
                    {
                        None
                    }
                    Err(e) => return Err(e),
                },
            };
            match mapped {
                None => out.push(c),
                Some(Value::None) => {}
                Some(v) => {
                    if let Some(t) = self.heap.as_str(v) {
                        out.push_str(t);
                    } else if let Some(n) = self.index_value(v) {
                        match u32::try_from(n).ok().and_then(char::from_u32) {
                            Some(ch) => out.push(ch),
                            None => {
                                return Err(self
                                    .value_error("character mapping must be in range(0x110000)"))
                            }
                        }
                    } else {
                        return Err(
                            self.type_error("character mapping must return integer, None or str")
                        );
                    }
                }
            }
        }
        Ok(self.heap.str(out))
    }

    /// `str.maketrans(x[, y[, z]])`.
    fn str_maketrans(&mut self, args: &[Value]) -> PyResult<Value> {
        self.arity("maketrans", args, 1, 3)?;
        let d = self.new_dict();
        if args.len() == 1 {
            let items = match self.heap.obj(args[0]) {
                Some(Object::Dict(_)) => {
                    let keys = self.iterate(args[0])?;
                    let mut items = Vec::with_capacity(keys.len());
                    for k in keys {
                        let v = self.get_item(args[0], k)?;
                        items.push((k, v));
                    }
                    items
                }
                _ => {
                    return Err(self.type_error(
                        "if you give only one argument to maketrans it must be a dict",
                    ))
                }
            };
            for (k, v) in items {
                let key = if let Some(ks) = self.heap.as_str(k) {
                    let mut cs = ks.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(self
                                .value_error("string keys in translate table must be of length 1"))
                        }
                    }
                } else if matches!(k, Value::Int(_) | Value::Bool(_)) {
                    Value::Int(self.index_value(k).unwrap_or(0))
                } else {
                    return Err(
                        self.type_error("keys in translate table must be strings or integers")
                    );
                };
                self.dict_set(d, key, v)?;
            }
            return Ok(d);
        }
        let Some(x) = self.heap.as_str(args[0]).map(str::to_string) else {
            return Err(self.type_error(
                "first maketrans argument must be a string if there is a second argument",
            ));
        };
        let mut strs = vec![x];
        for (i, &a) in args.iter().enumerate().skip(1) {
            match self.heap.as_str(a) {
                Some(t) => strs.push(t.to_string()),
                None => {
                    let t = self.heap.type_name(a);
                    return Err(self.type_error(format!(
                        "maketrans() argument {} must be str, not {t}",
                        i + 1
                    )));
                }
            }
        }
        let (xs, ys): (Vec<char>, Vec<char>) =
            (strs[0].chars().collect(), strs[1].chars().collect());
        if xs.len() != ys.len() {
            return Err(
                self.value_error("the first two maketrans arguments must have equal length")
            );
        }
        for (a, b) in xs.into_iter().zip(ys) {
            self.dict_set(d, Value::Int(a as i64), Value::Int(b as i64))?;
        }
        if let Some(z) = strs.get(2).cloned() {
            for c in z.chars() {
                self.dict_set(d, Value::Int(c as i64), Value::None)?;
            }
        }
        Ok(d)
    }

    /// `Class.name(...)` for the class-level methods of built-in types
    /// (see [`super::attrs::is_class_method`]); `None` for other names.
    pub(crate) fn builtin_class_method(
        &mut self,
        cls: ClassId,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Option<Value>> {
        if !super::attrs::is_class_method(cls, name) {
            return Ok(None);
        }
        match (cls, name) {
            (ClassId::Str, "maketrans") => {
                self.no_kwargs(name, kwargs)?;
                self.str_maketrans(args).map(Some)
            }
            (ClassId::Bytes | ClassId::ByteArray, _) => {
                self.no_kwargs(name, kwargs)?;
                self.bytes_class_method(cls, name, args)
            }
            _ => self.num_class_method(cls, name, args, kwargs),
        }
    }
}
