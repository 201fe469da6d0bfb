//! `str % args`: turns the operands into [`FmtArg`]s for
//! [`crate::text::percent_format`] (CPython's `PyUnicode_Format` port),
//! including the `%(key)s` mapping lookups.
//!
//! An object that is neither an int, bool, float nor str carries its
//! `str()` and `repr()`, computed only when the template has a conversion
//! that may use them (`%s`, `%r`, `%a`), so a `__repr__` is not run for
//! nothing.

use crate::interp::{Interp, PyResult, Raise};
use crate::object::Object;
use crate::text::{FmtArg, TextError};
use crate::value::Value;

impl Interp {
    /// The [`FmtArg`] of one `%` operand.
    fn fmt_arg(&mut self, v: Value, want_str: bool, want_repr: bool) -> PyResult<FmtArg> {
        if self.heap.header_of(v).is_some() {
            let p = self.plain_value(v);
            let inner = Box::new(self.fmt_arg(p, false, false)?);
            let str_ = if want_str {
                self.to_str(v)?
            } else {
                String::new()
            };
            let repr = if want_repr {
                self.repr(v)?
            } else {
                String::new()
            };
            return Ok(FmtArg::Sub { inner, str_, repr });
        }
        Ok(match v {
            Value::Int(i) => FmtArg::Int(i.into()),
            Value::Bool(b) => FmtArg::Bool(b),
            Value::Float(x) => FmtArg::Float(x),
            _ => match self.heap.obj(v) {
                Some(Object::Str(s)) => FmtArg::Str(s.clone()),
                Some(Object::BigInt(b)) => FmtArg::Int(b.clone()),
                _ => {
                    let type_name = self.heap.type_name(v).to_string();
                    let str_ = if want_str {
                        self.to_str(v)?
                    } else {
                        String::new()
                    };
                    let repr = if want_repr {
                        self.repr(v)?
                    } else {
                        String::new()
                    };
                    FmtArg::Other {
                        type_name,
                        str_,
                        repr,
                    }
                }
            },
        })
    }

    /// Whether `%` treats `v` as a mapping (CPython: `PyMapping_Check`, not
    /// a tuple or str).
    fn percent_mapping(&self, v: Value) -> bool {
        match self.heap.obj(v) {
            Some(
                Object::Dict(_)
                | Object::List(_)
                | Object::Bytes(_)
                | Object::ByteArray(_)
                | Object::Range(_)
                | Object::Native(_),
            ) => true,
            Some(Object::Instance(_)) => self.user_special(v, "__getitem__").is_some(),
            _ => false,
        }
    }

    /// `fmt % args` (printf-style).
    pub fn percent_format(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        let f = self.heap.as_str(fmt).unwrap_or("").to_string();
        let want_str = f.contains('s');
        let want_repr = f.contains('r') || f.contains('a');
        let (items, is_tuple) = match self.heap.obj(args) {
            Some(Object::Tuple(items)) => (items.clone(), true),
            _ => (vec![args], false),
        };
        let mut fargs = Vec::with_capacity(items.len());
        for v in items {
            fargs.push(self.fmt_arg(v, want_str, want_repr)?);
        }
        let mapping = !is_tuple && self.percent_mapping(args);
        // A raise inside a mapping lookup, re-raised after formatting stops.
        let mut pending: Option<Raise> = None;
        let r = {
            let mut lookup = |key: &str| -> Result<FmtArg, TextError> {
                let k = self.heap.str(key);
                let got = self
                    .get_item(args, k)
                    .and_then(|v| self.fmt_arg(v, want_str, want_repr));
                got.map_err(|e| {
                    pending = Some(e);
                    TextError::value("")
                })
            };
            let lookup: Option<crate::text::MappingLookup<'_>> =
                if mapping { Some(&mut lookup) } else { None };
            crate::text::percent_format(&f, &fargs, is_tuple, lookup)
        };
        if let Some(e) = pending {
            return Err(e);
        }
        match r {
            Ok(s) => Ok(self.heap.str(s)),
            Err(e) if e.kind == crate::text::ErrorKind::KeyError => {
                let k = self.heap.str(e.message);
                Err(self.key_error(k))
            }
            Err(e) => Err(self.text_error(e)),
        }
    }
}
