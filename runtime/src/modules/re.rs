//! `re` on fancy-regex: `compile`, `match`, `fullmatch`, `search`,
//! `findall`, `finditer`, `sub`/`subn` (templates and Python callables),
//! `split`, `escape`; `Pattern` and `Match` objects with CPython's reprs.
//!
//! Patterns are translated from Python syntax by [`super::re_syntax`].
//! Compiled regexes are not heap data (not serializable): the heap keeps
//! the pattern text and flags, and compiled forms live in a bounded
//! process-wide cache keyed by (text, flags, `$` mode, anchoring), so a
//! restored run simply recompiles.
//!
//! Positions: the engine works in UTF-8 byte offsets, Python in code
//! points; [`Subject`] converts. Iteration (findall/finditer/sub/split)
//! follows CPython 3.7+: an empty match may follow a non-empty one at the
//! same position, but not another empty one.

use super::native::NativeObj;
use super::re_syntax::{self, parse_template, TemplatePiece};
use super::{StdCont, StdOutcome};
use crate::classes::ClassId;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult};
use crate::value::{ObjRef, Value};
use pycps_ir::Module;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

pub const FUNCTIONS: &[&str] = &[
    "compile",
    "match",
    "fullmatch",
    "search",
    "findall",
    "finditer",
    "sub",
    "subn",
    "split",
    "escape",
    "purge",
];

const FLAG_NAMES: &[(&str, i64)] = &[
    ("IGNORECASE", re_syntax::I),
    ("LOCALE", re_syntax::L),
    ("MULTILINE", re_syntax::M),
    ("DOTALL", re_syntax::S),
    ("UNICODE", re_syntax::U),
    ("VERBOSE", re_syntax::X),
    ("ASCII", re_syntax::A),
];

pub fn attr(it: &mut Interp, name: &str) -> Option<Value> {
    let _ = it;
    let flag = match name {
        "I" | "IGNORECASE" => re_syntax::I,
        "L" | "LOCALE" => re_syntax::L,
        "M" | "MULTILINE" => re_syntax::M,
        "S" | "DOTALL" => re_syntax::S,
        "U" | "UNICODE" => re_syntax::U,
        "X" | "VERBOSE" => re_syntax::X,
        "A" | "ASCII" => re_syntax::A,
        "NOFLAG" => 0,
        "error" => return Some(Value::Obj(ClassId::ReError.obj())),
        "Pattern" => return Some(Value::Obj(ClassId::RePattern.obj())),
        "Match" => return Some(Value::Obj(ClassId::ReMatch.obj())),
        _ => return None,
    };
    Some(Value::Int(flag))
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PatternObj {
    pub pattern: String,
    pub flags: i64,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MatchObj {
    pub string: Value,
    pub pattern: ObjRef,
    /// Code-point spans of group 0..=n (`None`: did not participate).
    pub spans: Vec<Option<(usize, usize)>>,
    pub pos: usize,
    pub endpos: usize,
}

/// A `re.sub` with a Python replacement function in progress.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SubState {
    text: String,
    /// Byte spans of each match.
    spans: Vec<(usize, usize)>,
    matches: Vec<Value>,
    out: String,
    idx: usize,
    subn: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Anchor {
    Search,
    Match,
    Full,
}

/// Code-point spans of each group of one match.
type Spans = Vec<Option<(usize, usize)>>;

type Cache = HashMap<(String, i64, bool, u8), Arc<fancy_regex::Regex>>;

fn cache() -> &'static Mutex<Cache> {
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The subject string with byte ↔ code-point conversion.
struct Subject<'a> {
    s: &'a str,
    /// Byte offset of each char (empty when the text is ASCII).
    starts: Vec<usize>,
}

impl<'a> Subject<'a> {
    fn new(s: &'a str) -> Self {
        let starts = if s.is_ascii() {
            Vec::new()
        } else {
            s.char_indices().map(|(b, _)| b).collect()
        };
        Subject { s, starts }
    }
    fn len(&self) -> usize {
        if self.starts.is_empty() {
            self.s.len()
        } else {
            self.starts.len()
        }
    }
    fn b2c(&self, b: usize) -> usize {
        if self.starts.is_empty() {
            b
        } else {
            self.starts.partition_point(|&x| x < b)
        }
    }
    fn c2b(&self, c: usize) -> usize {
        if self.starts.is_empty() {
            c.min(self.s.len())
        } else {
            self.starts.get(c).copied().unwrap_or(self.s.len())
        }
    }
}

impl Interp {
    fn re_error(&mut self, msg: String, pos: usize) -> crate::interp::Raise {
        let m = if pos == usize::MAX {
            return self.err(ClassId::IndexError, msg);
        } else {
            format!("{msg} at position {pos}")
        };
        self.err(ClassId::ReError, m)
    }

    fn pattern_obj(&self, r: ObjRef) -> Option<&PatternObj> {
        match self.native(r) {
            Some(NativeObj::Pattern(p)) => Some(p),
            _ => None,
        }
    }

    /// The compiled engine regex for a pattern object.
    fn engine(
        &mut self,
        p: &PatternObj,
        nl: bool,
        anchor: Anchor,
    ) -> PyResult<Arc<fancy_regex::Regex>> {
        let key = (p.pattern.clone(), p.flags, nl, anchor as u8);
        if let Ok(c) = cache().lock() {
            if let Some(r) = c.get(&key) {
                return Ok(r.clone());
            }
        }
        let t = re_syntax::translate(&p.pattern, p.flags, nl)
            .map_err(|(m, pos)| self.re_error(m, pos))?;
        let src = match anchor {
            Anchor::Search => t.regex,
            Anchor::Match => format!("\\A(?:{})", t.regex),
            Anchor::Full => format!("\\A(?:{})\\z", t.regex),
        };
        let re = fancy_regex::RegexBuilder::new(&src)
            .backtrack_limit(10_000_000)
            .build()
            .map_err(|e| self.err(ClassId::ReError, format!("{e}")))?;
        let re = Arc::new(re);
        if let Ok(mut c) = cache().lock() {
            if c.len() > 512 {
                c.clear();
            }
            c.insert(key, re.clone());
        }
        Ok(re)
    }

    /// `re.compile(pattern, flags)`.
    pub fn re_compile(&mut self, pattern: Value, flags: Value) -> PyResult<ObjRef> {
        if let Value::Obj(r) = pattern {
            if self.pattern_obj(r).is_some() {
                if !matches!(flags, Value::Int(0) | Value::Bool(false)) {
                    return Err(
                        self.value_error("cannot process flags argument with a compiled pattern")
                    );
                }
                return Ok(r);
            }
        }
        let Some(text) = self.heap.as_str(pattern).map(str::to_string) else {
            let t = self.heap.type_name(pattern);
            return Err(self.type_error(format!(
                "first argument must be string or compiled pattern, not {t}"
            )));
        };
        let flags = match flags {
            Value::Int(f) => f,
            Value::Bool(b) => b as i64,
            _ => {
                let t = self.heap.type_name(flags);
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for &: '{t}' and 'int'"
                )));
            }
        };
        let t =
            re_syntax::translate(&text, flags, false).map_err(|(m, pos)| self.re_error(m, pos))?;
        let p = PatternObj {
            pattern: text,
            flags: flags | t.inline_flags | re_syntax::U,
            groups: t.groups,
            names: t.names,
        };
        // Validate with the engine now so errors surface at compile time.
        self.engine(&p, false, Anchor::Search)?;
        let v = self.alloc_native(NativeObj::Pattern(Box::new(p)));
        Ok(v.as_obj().unwrap_or(ClassId::Object.obj()))
    }

    /// All matches from `pos` to `endpos` (code points), up to `limit`.
    fn re_scan(
        &mut self,
        pat: ObjRef,
        text: &str,
        pos: usize,
        endpos: usize,
        limit: usize,
        anchor: Anchor,
    ) -> PyResult<Vec<Spans>> {
        let Some(p) = self.pattern_obj(pat).cloned() else {
            return Ok(Vec::new());
        };
        let subj = Subject::new(text);
        let endpos = endpos.min(subj.len());
        let end_b = subj.c2b(endpos);
        let hay = &text[..end_b];
        let nl = hay.ends_with('\n');
        let mut pos_b = subj.c2b(pos.min(endpos));
        let mut offset = 0;
        let mut hay = hay;
        if anchor != Anchor::Search && pos_b > 0 {
            hay = &hay[pos_b..];
            offset = pos_b;
            pos_b = 0;
        }
        let re = self.engine(&p, nl, anchor)?;
        let mut out = Vec::new();
        let mut forbid_empty_at: Option<usize> = None;
        while pos_b <= hay.len() && out.len() < limit {
            let caps = match re.captures_from_pos(hay, pos_b) {
                Ok(Some(c)) => c,
                Ok(None) => break,
                Err(e) => {
                    return Err(self.err(
                        ClassId::RuntimeError,
                        format!("regular expression failed: {e}"),
                    ))
                }
            };
            let Some(m0) = caps.get(0) else { break };
            let (st, en) = (m0.start(), m0.end());
            if st == en && forbid_empty_at == Some(st) {
                match hay[st..].chars().next() {
                    Some(c) => {
                        pos_b = st + c.len_utf8();
                        continue;
                    }
                    None => break,
                }
            }
            let spans = (0..=p.groups)
                .map(|g| {
                    caps.get(g)
                        .map(|m| (subj.b2c(m.start() + offset), subj.b2c(m.end() + offset)))
                })
                .collect();
            out.push(spans);
            forbid_empty_at = if st == en { Some(en) } else { None };
            pos_b = en;
            if anchor != Anchor::Search {
                break;
            }
        }
        Ok(out)
    }

    fn new_match(
        &mut self,
        string: Value,
        pat: ObjRef,
        spans: Vec<Option<(usize, usize)>>,
        pos: usize,
        endpos: usize,
    ) -> Value {
        self.alloc_native(NativeObj::Match(Box::new(MatchObj {
            string,
            pattern: pat,
            spans,
            pos,
            endpos,
        })))
    }
}

fn check_str(it: &mut Interp, v: Value) -> PyResult<String> {
    match it.heap.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = it.heap.type_name(v);
            Err(it.type_error(format!("expected string or bytes-like object, got '{t}'")))
        }
    }
}

/// Binds `(names...)` from positional and keyword arguments.
fn bind<const N: usize>(
    it: &mut Interp,
    fname: &str,
    names: [&str; N],
    required: usize,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    if args.len() > N {
        return Err(it.type_error(format!(
            "{fname}() takes at most {N} arguments ({} given)",
            args.len() + kwargs.len()
        )));
    }
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(*a);
    }
    for (k, v) in kwargs {
        match names.iter().position(|n| n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(*v),
            Some(_) => {
                return Err(it.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position"
                )))
            }
            None => {
                return Err(it.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(it.type_error(format!(
                "{fname}() missing required argument '{n}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

fn int_or(it: &mut Interp, v: Option<Value>, d: i64) -> PyResult<i64> {
    match v {
        None => Ok(d),
        Some(v) => it.expect_int(v, "an integer is required"),
    }
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
        "compile" => {
            let [p, f] = bind(it, "compile", ["pattern", "flags"], 1, args, kwargs)?;
            let r = it.re_compile(p.unwrap_or(Value::None), f.unwrap_or(Value::Int(0)))?;
            Value::Obj(r)
        }
        "escape" => {
            let [p] = bind(it, "escape", ["pattern"], 1, args, kwargs)?;
            let s = check_str(it, p.unwrap_or(Value::None))?;
            let mut out = String::with_capacity(s.len());
            for c in s.chars() {
                if "()[]{}?*+-|^$\\.&~# \t\n\r\u{b}\u{c}".contains(c) {
                    out.push('\\');
                }
                out.push(c);
            }
            it.heap.str(out)
        }
        "purge" => Value::None,
        "sub" | "subn" => {
            let [p, repl, s, count, flags] = bind(
                it,
                name,
                ["pattern", "repl", "string", "count", "flags"],
                3,
                args,
                kwargs,
            )?;
            let pat = it.re_compile(p.unwrap_or(Value::None), flags.unwrap_or(Value::Int(0)))?;
            let mut a = vec![repl.unwrap_or(Value::None), s.unwrap_or(Value::None)];
            a.extend(count);
            return pattern_method(it, module, pat, name, &a, &[], in_async);
        }
        "split" => {
            let [p, s, maxsplit, flags] = bind(
                it,
                "split",
                ["pattern", "string", "maxsplit", "flags"],
                2,
                args,
                kwargs,
            )?;
            let pat = it.re_compile(p.unwrap_or(Value::None), flags.unwrap_or(Value::Int(0)))?;
            let mut a = vec![s.unwrap_or(Value::None)];
            a.extend(maxsplit);
            return pattern_method(it, module, pat, name, &a, &[], in_async);
        }
        _ => {
            let [p, s, flags] = bind(it, name, ["pattern", "string", "flags"], 2, args, kwargs)?;
            let pat = it.re_compile(p.unwrap_or(Value::None), flags.unwrap_or(Value::Int(0)))?;
            return pattern_method(
                it,
                module,
                pat,
                name,
                &[s.unwrap_or(Value::None)],
                &[],
                in_async,
            );
        }
    };
    Ok(CallOut::Value(v))
}

/// Methods of `Pattern` objects.
pub fn pattern_method(
    it: &mut Interp,
    module: &Module,
    pat: ObjRef,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    in_async: bool,
) -> PyResult<CallOut> {
    let v = match name {
        "match" | "fullmatch" | "search" | "findall" | "finditer" => {
            let [s, pos, endpos] = bind(it, name, ["string", "pos", "endpos"], 1, args, kwargs)?;
            let sv = s.unwrap_or(Value::None);
            let text = check_str(it, sv)?;
            let n = text.chars().count() as i64;
            let clamp = |x: i64| (if x < 0 { 0 } else { x.min(n) }) as usize;
            let pos = clamp(int_or(it, pos, 0)?);
            let endpos = clamp(int_or(it, endpos, n)?);
            let anchor = match name {
                "match" => Anchor::Match,
                "fullmatch" => Anchor::Full,
                _ => Anchor::Search,
            };
            let limit = if matches!(name, "findall" | "finditer") {
                usize::MAX
            } else {
                1
            };
            let found = it.re_scan(pat, &text, pos, endpos, limit, anchor)?;
            match name {
                "findall" => {
                    let groups = it.pattern_obj(pat).map_or(0, |p| p.groups);
                    let chars: Vec<char> = text.chars().collect();
                    let sub = |sp: Option<(usize, usize)>| -> String {
                        sp.map(|(a, b)| chars[a..b].iter().collect())
                            .unwrap_or_default()
                    };
                    let mut items = Vec::with_capacity(found.len());
                    for spans in found {
                        let v = match groups {
                            0 => it.heap.str(sub(spans[0])),
                            1 => it.heap.str(sub(spans[1])),
                            _ => {
                                let parts: Vec<Value> =
                                    spans[1..].iter().map(|&sp| it.heap.str(sub(sp))).collect();
                                it.heap.tuple(parts)
                            }
                        };
                        items.push(v);
                    }
                    it.heap.list(items)
                }
                "finditer" => {
                    let ms: Vec<Value> = found
                        .into_iter()
                        .map(|sp| it.new_match(sv, pat, sp, pos, endpos))
                        .collect();
                    it.values_iter(ms)
                }
                _ => match found.into_iter().next() {
                    Some(sp) => it.new_match(sv, pat, sp, pos, endpos),
                    None => Value::None,
                },
            }
        }
        "split" => {
            let [s, maxsplit] = bind(it, "split", ["string", "maxsplit"], 1, args, kwargs)?;
            let text = check_str(it, s.unwrap_or(Value::None))?;
            let maxsplit = int_or(it, maxsplit, 0)?;
            let limit = if maxsplit <= 0 {
                usize::MAX
            } else {
                maxsplit as usize
            };
            let n = text.chars().count();
            let found = if maxsplit < 0 {
                Vec::new()
            } else {
                it.re_scan(pat, &text, 0, n, limit, Anchor::Search)?
            };
            let chars: Vec<char> = text.chars().collect();
            let mut out = Vec::new();
            let mut last = 0;
            for spans in found {
                let Some((a, b)) = spans[0] else { continue };
                out.push(it.heap.str(chars[last..a].iter().collect::<String>()));
                for g in &spans[1..] {
                    out.push(match g {
                        Some((x, y)) => it.heap.str(chars[*x..*y].iter().collect::<String>()),
                        None => Value::None,
                    });
                }
                last = b;
            }
            out.push(it.heap.str(chars[last..].iter().collect::<String>()));
            it.heap.list(out)
        }
        "sub" | "subn" => {
            let [repl, s, count] = bind(it, name, ["repl", "string", "count"], 2, args, kwargs)?;
            let sv = s.unwrap_or(Value::None);
            let text = check_str(it, sv)?;
            let count = int_or(it, count, 0)?;
            let limit = if count <= 0 {
                usize::MAX
            } else {
                count as usize
            };
            let n = text.chars().count();
            let found = if count < 0 {
                Vec::new()
            } else {
                it.re_scan(pat, &text, 0, n, limit, Anchor::Search)?
            };
            let subj = Subject::new(&text);
            let repl = repl.unwrap_or(Value::None);
            let byte_spans: Vec<(usize, usize)> = found
                .iter()
                .filter_map(|sp| sp[0].map(|(a, b)| (subj.c2b(a), subj.c2b(b))))
                .collect();
            if let Some(rs) = it.heap.as_str(repl).map(str::to_string) {
                let (groups, names) = it
                    .pattern_obj(pat)
                    .map_or((0, Vec::new()), |p| (p.groups, p.names.clone()));
                let tpl =
                    parse_template(&rs, groups, &names).map_err(|(m, pos)| it.re_error(m, pos))?;
                let mut out = String::with_capacity(text.len());
                let mut last = 0;
                for (spans, &(a, b)) in found.iter().zip(&byte_spans) {
                    out.push_str(&text[last..a]);
                    for piece in &tpl {
                        match piece {
                            TemplatePiece::Lit(l) => out.push_str(l),
                            TemplatePiece::Group(g) => {
                                if let Some(Some((x, y))) = spans.get(*g) {
                                    out.push_str(&text[subj.c2b(*x)..subj.c2b(*y)]);
                                }
                            }
                        }
                    }
                    last = b;
                    if out.len() > (1 << 28) {
                        it.reserve(out.len())?;
                    }
                }
                out.push_str(&text[last..]);
                let s = it.heap.str(out);
                if name == "subn" {
                    it.heap.tuple(vec![s, Value::Int(byte_spans.len() as i64)])
                } else {
                    s
                }
            } else {
                let matches: Vec<Value> = found
                    .into_iter()
                    .map(|sp| it.new_match(sv, pat, sp, 0, n))
                    .collect();
                let st = SubState {
                    text,
                    spans: byte_spans,
                    matches,
                    out: String::new(),
                    idx: 0,
                    subn: name == "subn",
                };
                let out = sub_step(it, repl, st);
                return it.std_start(module, out, in_async);
            }
        }
        _ => {
            return Err(it.err(
                ClassId::AttributeError,
                format!("'re.Pattern' object has no attribute '{name}'"),
            ))
        }
    };
    Ok(CallOut::Value(v))
}

/// Next step of a `sub` with a callable: call it on the next match or finish.
fn sub_step(it: &mut Interp, func: Value, mut st: SubState) -> StdOutcome {
    if st.idx < st.matches.len() {
        let (a, _) = st.spans[st.idx];
        let last = if st.idx == 0 {
            0
        } else {
            st.spans[st.idx - 1].1
        };
        st.out.push_str(&st.text[last..a]);
        let m = st.matches[st.idx];
        return StdOutcome::Call {
            func,
            args: vec![m],
            cont: StdCont::ReSub(Box::new((func, st))),
        };
    }
    let last = st.spans.last().map_or(0, |s| s.1);
    st.out.push_str(&st.text[last..]);
    let n = st.spans.len() as i64;
    let s = it.heap.str(std::mem::take(&mut st.out));
    StdOutcome::Done(if st.subn {
        it.heap.tuple(vec![s, Value::Int(n)])
    } else {
        s
    })
}

pub fn resume_sub(
    it: &mut Interp,
    func: Value,
    mut st: SubState,
    v: Value,
) -> PyResult<StdOutcome> {
    match it.heap.as_str(v) {
        Some(s) => st.out.push_str(s),
        None => {
            let t = it.heap.type_name(v);
            return Err(it.type_error(format!("expected str instance, {t} found")));
        }
    }
    if st.out.len() > (1 << 28) {
        it.reserve(st.out.len())?;
    }
    st.idx += 1;
    Ok(sub_step(it, func, st))
}

// ----- Match objects --------------------------------------------------------

impl MatchObj {
    fn group_index(&self, it: &Interp, key: Value) -> Option<usize> {
        match key {
            Value::Int(i) if i >= 0 && (i as usize) < self.spans.len() => Some(i as usize),
            Value::Bool(b) => Some(b as usize).filter(|&i| i < self.spans.len()),
            _ => {
                let name = it.heap.as_str(key)?;
                let p = it.pattern_obj(self.pattern)?;
                p.names.iter().find(|(n, _)| n == name).map(|(_, i)| *i)
            }
        }
    }
}

fn substr(it: &Interp, s: Value, span: Option<(usize, usize)>) -> Option<String> {
    let (a, b) = span?;
    let text = it.heap.as_str(s)?;
    Some(text.chars().skip(a).take(b - a).collect())
}

/// `m[g]` / `m.group(g)`.
pub fn match_group(it: &mut Interp, m: &MatchObj, key: Value) -> PyResult<Value> {
    let Some(g) = m.group_index(it, key) else {
        return Err(it.err(ClassId::IndexError, "no such group"));
    };
    Ok(match substr(it, m.string, m.spans[g]) {
        Some(s) => it.heap.str(s),
        None => Value::None,
    })
}

pub fn match_method(
    it: &mut Interp,
    m: &MatchObj,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    match name {
        "group" => {
            if args.is_empty() {
                return match_group(it, m, Value::Int(0));
            }
            if args.len() == 1 {
                return match_group(it, m, args[0]);
            }
            let mut out = Vec::new();
            for &a in args {
                out.push(match_group(it, m, a)?);
            }
            Ok(it.heap.tuple(out))
        }
        "groups" | "groupdict" => {
            let d = args
                .first()
                .copied()
                .or(Interp::kwarg(kwargs, "default"))
                .unwrap_or(Value::None);
            let val = |it: &mut Interp, g: usize| match substr(it, m.string, m.spans[g]) {
                Some(s) => it.heap.str(s),
                None => d,
            };
            if name == "groups" {
                let items: Vec<Value> = (1..m.spans.len()).map(|g| val(it, g)).collect();
                return Ok(it.heap.tuple(items));
            }
            let names = it
                .pattern_obj(m.pattern)
                .map(|p| p.names.clone())
                .unwrap_or_default();
            let dict = it.new_dict();
            for (n, g) in names {
                let k = it.heap.str(n);
                let v = val(it, g);
                it.dict_set(dict, k, v)?;
            }
            Ok(dict)
        }
        "start" | "end" | "span" => {
            let g = match args.first() {
                None => 0,
                Some(&k) => match m.group_index(it, k) {
                    Some(g) => g,
                    None => return Err(it.err(ClassId::IndexError, "no such group")),
                },
            };
            let (a, b) = m.spans[g].map_or((-1, -1), |(a, b)| (a as i64, b as i64));
            Ok(match name {
                "start" => Value::Int(a),
                "end" => Value::Int(b),
                _ => it.heap.tuple(vec![Value::Int(a), Value::Int(b)]),
            })
        }
        "expand" => {
            let t = check_str(it, args.first().copied().unwrap_or(Value::None))?;
            let (groups, names) = it
                .pattern_obj(m.pattern)
                .map_or((0, Vec::new()), |p| (p.groups, p.names.clone()));
            let tpl =
                parse_template(&t, groups, &names).map_err(|(msg, pos)| it.re_error(msg, pos))?;
            let mut out = String::new();
            for piece in tpl {
                match piece {
                    TemplatePiece::Lit(l) => out.push_str(&l),
                    TemplatePiece::Group(g) => {
                        out.push_str(&substr(it, m.string, m.spans[g]).unwrap_or_default())
                    }
                }
            }
            Ok(it.heap.str(out))
        }
        _ => Err(it.err(
            ClassId::AttributeError,
            format!("'re.Match' object has no attribute '{name}'"),
        )),
    }
}

pub fn match_attr(it: &mut Interp, m: &MatchObj, name: &str) -> Option<Value> {
    Some(match name {
        "string" => m.string,
        "re" => Value::Obj(m.pattern),
        "pos" => Value::Int(m.pos as i64),
        "endpos" => Value::Int(m.endpos as i64),
        "lastindex" | "lastgroup" => {
            let mut best: Option<(usize, usize)> = None;
            for (g, sp) in m.spans.iter().enumerate().skip(1) {
                if let Some((_, e)) = sp {
                    if best.is_none_or(|(_, be)| *e > be) {
                        best = Some((g, *e));
                    }
                }
            }
            match (best, name) {
                (None, _) => Value::None,
                (Some((g, _)), "lastindex") => Value::Int(g as i64),
                (Some((g, _)), _) => {
                    let n = it.pattern_obj(m.pattern).and_then(|p| {
                        p.names
                            .iter()
                            .find(|(_, i)| *i == g)
                            .map(|(n, _)| n.clone())
                    });
                    match n {
                        Some(n) => it.heap.str(n),
                        None => Value::None,
                    }
                }
            }
        }
        _ => return None,
    })
}

pub fn pattern_attr(it: &mut Interp, p: &PatternObj, name: &str) -> Option<Value> {
    Some(match name {
        "pattern" => it.heap.str(p.pattern.clone()),
        "flags" => Value::Int(p.flags),
        "groups" => Value::Int(p.groups as i64),
        "groupindex" => {
            let d = it.new_dict();
            for (n, g) in &p.names {
                let k = it.heap.str(n.clone());
                let _ = it.dict_set(d, k, Value::Int(*g as i64));
            }
            d
        }
        _ => return None,
    })
}

pub fn pattern_repr(p: &PatternObj) -> String {
    let mut flags = p.flags & !re_syntax::U;
    let mut s = format!("re.compile({}", crate::text::str_repr(&p.pattern));
    if flags != 0 {
        let mut names = Vec::new();
        for (n, f) in FLAG_NAMES {
            if flags & f != 0 {
                names.push(format!("re.{n}"));
                flags &= !f;
            }
        }
        if flags != 0 {
            names.push(format!("{flags:#x}"));
        }
        s.push_str(", ");
        s.push_str(&names.join("|"));
    }
    s.push(')');
    s
}

pub fn match_repr(it: &Interp, m: &MatchObj) -> String {
    let (a, b) = m.spans[0].unwrap_or((0, 0));
    let text = substr(it, m.string, m.spans[0]).unwrap_or_default();
    format!(
        "<re.Match object; span=({a}, {b}), match={}>",
        crate::text::str_repr(&text)
    )
}
