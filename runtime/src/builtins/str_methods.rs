//! Methods of `str`, over the pure helpers of [`crate::text`] where they
//! exist. TODO(text): move the remaining ones to the text helpers.

use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::Value;

impl Interp {
    fn str_arg(&mut self, v: Value, method: &str) -> PyResult<String> {
        match self.heap.as_str(v) {
            Some(s) => Ok(s.to_string()),
            None => {
                let t = self.heap.type_name(v);
                Err(self.type_error(format!("{method}() argument must be str, not {t}")))
            }
        }
    }

    fn opt_chars(&mut self, args: &[Value], method: &str) -> PyResult<Option<String>> {
        match args.first() {
            None | Some(Value::None) => Ok(None),
            Some(&v) => self.str_arg(v, method).map(Some),
        }
    }

    pub(crate) fn str_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let s = self.heap.as_str(recv).unwrap_or("").to_string();
        if !matches!(
            name,
            "split" | "rsplit" | "splitlines" | "format" | "encode" | "expandtabs"
        ) {
            self.no_kwargs(name, kwargs)?;
        }
        let out: Value = match name {
            "join" => {
                self.arity("join", args, 1, 1)?;
                let items = self.iterate(args[0])?;
                let mut out = String::new();
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&s);
                    }
                    match self.heap.as_str(*it) {
                        Some(t) => out.push_str(t),
                        None => {
                            let t = self.heap.type_name(*it);
                            return Err(self.type_error(format!(
                                "sequence item {i}: expected str instance, {t} found"
                            )));
                        }
                    }
                }
                self.heap.str(out)
            }
            "split" | "rsplit" => {
                self.only_kwargs(name, kwargs, &["sep", "maxsplit"])?;
                let sep = args.first().copied().or(Self::kwarg(kwargs, "sep"));
                let maxsplit = match args.get(1).copied().or(Self::kwarg(kwargs, "maxsplit")) {
                    Some(m) => self.expect_int(m, "maxsplit")?,
                    None => -1,
                };
                let sep = match sep {
                    None | Some(Value::None) => None,
                    Some(v) => Some(self.str_arg(v, name)?),
                };
                let parts: Vec<String> = match sep {
                    Some(sep) => {
                        if sep.is_empty() {
                            return Err(self.value_error("empty separator"));
                        }
                        if maxsplit < 0 {
                            s.split(sep.as_str()).map(String::from).collect()
                        } else if name == "split" {
                            s.splitn(maxsplit as usize + 1, sep.as_str())
                                .map(String::from)
                                .collect()
                        } else {
                            let mut v: Vec<String> = s
                                .rsplitn(maxsplit as usize + 1, sep.as_str())
                                .map(String::from)
                                .collect();
                            v.reverse();
                            v
                        }
                    }
                    None => {
                        let ws = |c: char| crate::text::is_py_space(c);
                        if maxsplit < 0 {
                            s.split(ws)
                                .filter(|p| !p.is_empty())
                                .map(String::from)
                                .collect()
                        } else if name == "split" {
                            let mut out = Vec::new();
                            let mut rest = s.trim_start_matches(ws);
                            while !rest.is_empty() {
                                if out.len() as i64 == maxsplit {
                                    out.push(rest.to_string());
                                    break;
                                }
                                match rest.find(ws) {
                                    Some(i) => {
                                        out.push(rest[..i].to_string());
                                        rest = rest[i..].trim_start_matches(ws);
                                    }
                                    None => {
                                        out.push(rest.to_string());
                                        rest = "";
                                    }
                                }
                            }
                            out
                        } else {
                            let mut out = Vec::new();
                            let mut rest = s.trim_end_matches(ws);
                            while !rest.is_empty() {
                                if out.len() as i64 == maxsplit {
                                    out.push(rest.to_string());
                                    break;
                                }
                                match rest.rfind(ws) {
                                    Some(i) => {
                                        let c = rest[i..]
                                            .chars()
                                            .next()
                                            .map(char::len_utf8)
                                            .unwrap_or(1);
                                        out.push(rest[i + c..].to_string());
                                        rest = rest[..i].trim_end_matches(ws);
                                    }
                                    None => {
                                        out.push(rest.to_string());
                                        rest = "";
                                    }
                                }
                            }
                            out.reverse();
                            out
                        }
                    }
                };
                let vals: Vec<Value> = parts.into_iter().map(|p| self.heap.str(p)).collect();
                self.heap.list(vals)
            }
            "splitlines" => {
                let keep = match Self::kwarg(kwargs, "keepends").or(args.first().copied()) {
                    Some(k) => self.truthy(k)?,
                    None => false,
                };
                let mut out = Vec::new();
                let mut cur = String::new();
                let mut chars = s.chars().peekable();
                while let Some(c) = chars.next() {
                    if matches!(
                        c,
                        '\n' | '\r'
                            | '\x0b'
                            | '\x0c'
                            | '\x1c'
                            | '\x1d'
                            | '\x1e'
                            | '\u{85}'
                            | '\u{2028}'
                            | '\u{2029}'
                    ) {
                        if keep {
                            cur.push(c);
                        }
                        if c == '\r' && chars.peek() == Some(&'\n') {
                            chars.next();
                            if keep {
                                cur.push('\n');
                            }
                        }
                        out.push(std::mem::take(&mut cur));
                    } else {
                        cur.push(c);
                    }
                }
                if !cur.is_empty() {
                    out.push(cur);
                }
                let vals: Vec<Value> = out.into_iter().map(|p| self.heap.str(p)).collect();
                self.heap.list(vals)
            }
            "strip" | "lstrip" | "rstrip" => {
                self.arity(name, args, 0, 1)?;
                let chars = self.opt_chars(args, name)?;
                let f = |c: char| match &chars {
                    Some(set) => set.contains(c),
                    None => crate::text::is_py_space(c),
                };
                let r = match name {
                    "strip" => s.trim_matches(f),
                    "lstrip" => s.trim_start_matches(f),
                    _ => s.trim_end_matches(f),
                };
                self.heap.str(r)
            }
            "upper" => self.heap.str(crate::text::str_upper(&s)),
            "lower" => self.heap.str(crate::text::str_lower(&s)),
            "title" => self.heap.str(crate::text::str_title(&s)),
            "capitalize" => self.heap.str(crate::text::str_capitalize(&s)),
            "casefold" => self.heap.str(crate::text::str_casefold(&s)),
            "swapcase" => self.heap.str(crate::text::str_swapcase(&s)),
            "isdigit" => Value::Bool(crate::text::str_isdigit(&s)),
            "isalpha" => Value::Bool(crate::text::str_isalpha(&s)),
            "isalnum" => Value::Bool(crate::text::str_isalnum(&s)),
            "isspace" => Value::Bool(crate::text::str_isspace(&s)),
            "isupper" => Value::Bool(crate::text::str_isupper(&s)),
            "islower" => Value::Bool(crate::text::str_islower(&s)),
            "isnumeric" => Value::Bool(crate::text::str_isnumeric(&s)),
            "isdecimal" => Value::Bool(crate::text::str_isdecimal(&s)),
            "isidentifier" => Value::Bool(crate::text::str_isidentifier(&s)),
            "istitle" => Value::Bool(crate::text::str_istitle(&s)),
            "isascii" => Value::Bool(crate::text::str_isascii(&s)),
            "isprintable" => Value::Bool(crate::text::str_isprintable(&s)),
            "replace" => {
                self.arity("replace", args, 2, 3)?;
                let old = self.str_arg(args[0], "replace")?;
                let new = self.str_arg(args[1], "replace")?;
                let count = match args.get(2) {
                    Some(&c) => self.expect_int(c, "count")?,
                    None => -1,
                };
                let r = if count < 0 {
                    s.replace(&old, &new)
                } else {
                    s.replacen(&old, &new, count as usize)
                };
                self.heap.str(r)
            }
            "startswith" | "endswith" => {
                self.arity(name, args, 1, 3)?;
                let prefixes: Vec<Value> = match self.heap.obj(args[0]) {
                    Some(Object::Tuple(items)) => items.clone(),
                    _ => vec![args[0]],
                };
                let start = match args.get(1) {
                    Some(&v) if !matches!(v, Value::None) => Some(self.expect_int(v, "start")?),
                    _ => None,
                };
                let end = match args.get(2) {
                    Some(&v) if !matches!(v, Value::None) => Some(self.expect_int(v, "end")?),
                    _ => None,
                };
                let mut r = false;
                for p in prefixes {
                    let Some(p) = self.heap.as_str(p) else {
                        let t = self.heap.type_name(p);
                        return Err(self.type_error(format!(
                            "{name} first arg must be str or a tuple of str, not {t}"
                        )));
                    };
                    r |= if name == "startswith" {
                        crate::text::str_startswith(&s, p, start, end)
                    } else {
                        crate::text::str_endswith(&s, p, start, end)
                    };
                }
                Value::Bool(r)
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                self.arity(name, args, 1, 3)?;
                let sub = self.str_arg(args[0], name)?;
                let chars: Vec<char> = s.chars().collect();
                let n = chars.len() as i64;
                let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
                let start = match args.get(1) {
                    Some(&v) if !matches!(v, Value::None) => norm(self.expect_int(v, "start")?),
                    _ => 0,
                };
                let end = match args.get(2) {
                    Some(&v) if !matches!(v, Value::None) => norm(self.expect_int(v, "end")?),
                    _ => n,
                };
                if start > end {
                    if name == "count" {
                        return Ok(Value::Int(0));
                    }
                    if name.ends_with("index") {
                        return Err(self.value_error("substring not found"));
                    }
                    return Ok(Value::Int(-1));
                }
                let hay: String = chars[start as usize..end as usize].iter().collect();
                let to_char = |byte: usize| hay[..byte].chars().count() as i64 + start;
                match name {
                    "count" => {
                        if sub.is_empty() {
                            Value::Int(hay.chars().count() as i64 + 1)
                        } else {
                            Value::Int(hay.matches(sub.as_str()).count() as i64)
                        }
                    }
                    _ => {
                        let pos = if name.starts_with('r') {
                            hay.rfind(&sub)
                        } else {
                            hay.find(&sub)
                        };
                        match pos {
                            Some(b) => Value::Int(to_char(b)),
                            None if name.ends_with("index") => {
                                return Err(self.value_error("substring not found"))
                            }
                            None => Value::Int(-1),
                        }
                    }
                }
            }
            "center" | "ljust" | "rjust" => {
                self.arity(name, args, 1, 2)?;
                let w = self.expect_int(args[0], "width")?.max(0) as usize;
                let fill = match args.get(1) {
                    Some(&f) => {
                        let f = self.str_arg(f, name)?;
                        let mut cs = f.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => c,
                            _ => {
                                return Err(self.type_error(
                                    "The fill character must be exactly one character long",
                                ))
                            }
                        }
                    }
                    None => ' ',
                };
                let n = s.chars().count();
                if n >= w {
                    recv
                } else {
                    let pad = w - n;
                    self.reserve(w)?;
                    let f = |k: usize| fill.to_string().repeat(k);
                    let r = match name {
                        "ljust" => format!("{s}{}", f(pad)),
                        "rjust" => format!("{}{s}", f(pad)),
                        _ => {
                            // CPython: left = pad/2 + (pad & width & 1).
                            let left = pad / 2 + (pad & w & 1);
                            format!("{}{s}{}", f(left), f(pad - left))
                        }
                    };
                    self.heap.str(r)
                }
            }
            "zfill" => {
                self.arity(name, args, 1, 1)?;
                let w = self.expect_int(args[0], "width")?.max(0) as usize;
                let n = s.chars().count();
                if n >= w {
                    recv
                } else {
                    let (sign, rest) = if s.starts_with(['+', '-']) {
                        s.split_at(1)
                    } else {
                        ("", s.as_str())
                    };
                    self.heap.str(format!("{sign}{}{rest}", "0".repeat(w - n)))
                }
            }
            "partition" | "rpartition" => {
                self.arity(name, args, 1, 1)?;
                let sep = self.str_arg(args[0], name)?;
                if sep.is_empty() {
                    return Err(self.value_error("empty separator"));
                }
                let found = if name == "partition" {
                    s.find(&sep)
                } else {
                    s.rfind(&sep)
                };
                let (a, b, c) = match found {
                    Some(i) => (
                        s[..i].to_string(),
                        sep.clone(),
                        s[i + sep.len()..].to_string(),
                    ),
                    None if name == "partition" => (s.clone(), String::new(), String::new()),
                    None => (String::new(), String::new(), s.clone()),
                };
                let (a, b, c) = (self.heap.str(a), self.heap.str(b), self.heap.str(c));
                self.heap.tuple(vec![a, b, c])
            }
            "removeprefix" | "removesuffix" => {
                self.arity(name, args, 1, 1)?;
                let p = self.str_arg(args[0], name)?;
                let r = if name == "removeprefix" {
                    s.strip_prefix(p.as_str()).unwrap_or(&s)
                } else {
                    s.strip_suffix(p.as_str()).unwrap_or(&s)
                };
                self.heap.str(r)
            }
            "encode" => self.str_encode(&s, args, kwargs)?,
            "expandtabs" => {
                self.arity(name, args, 0, 1)?;
                self.only_kwargs(name, kwargs, &["tabsize"])?;
                let n = match args.first().copied().or(Self::kwarg(kwargs, "tabsize")) {
                    Some(t) => self.expect_int(t, "tabsize")?,
                    None => 8,
                };
                match crate::text::str_expandtabs(&s, n) {
                    Ok(r) => self.heap.str(r),
                    Err(_) => return Err(self.err(ClassId::MemoryError, "")),
                }
            }
            "translate" => {
                self.arity(name, args, 1, 1)?;
                self.str_translate(&s, args[0])?
            }
            "format" => self.str_format(&s, args, kwargs, None)?,
            "format_map" => {
                self.arity(name, args, 1, 1)?;
                self.str_format(&s, &[], &[], Some(args[0]))?
            }
            _ => {
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("'str' object has no attribute '{name}'"),
                ))
            }
        };
        Ok(out)
    }
}
