//! `json`: `dumps` and `loads` byte-for-byte as CPython 3.11's C encoder and
//! scanner (separators, `indent`, `sort_keys`, `ensure_ascii`, `allow_nan`,
//! `skipkeys`, `default`; `JSONDecodeError` messages with line/column/char).
//!
//! `default=` is a Python callable: the encoder never calls it from Rust.
//! When it meets an object it cannot encode it stops and asks for
//! `default(obj)` ([`StdOutcome::Call`]); the answer is memoised by the
//! object's identity and encoding restarts from the top. Each restart is
//! linear, and there is one per distinct unencodable object.
//!
//! Nesting is bounded ([`MAX_DEPTH`]) with CPython's `RecursionError`
//! messages, so hostile input never overflows the Rust stack. Lone
//! surrogates from `\ud800` escapes become U+FFFD (Rust strings are UTF-8).

use super::{StdCont, StdOutcome};
use crate::classes::ClassId;
use crate::convert::bigint_value;
use crate::interp::call::CallOut;
use crate::interp::{Interp, PyResult, Raise};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use pycps_ir::Module;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

pub const FUNCTIONS: &[&str] = &["dumps", "loads"];

const MAX_DEPTH: usize = 990;

pub fn attr(it: &mut Interp, name: &str) -> Option<Value> {
    let _ = it;
    match name {
        "JSONDecodeError" => Some(Value::Obj(ClassId::JSONDecodeError.obj())),
        _ => None,
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DumpOpts {
    skipkeys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    check_circular: bool,
    sort_keys: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Option<Value>,
}

/// A `dumps` call in progress (see the module docs).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DumpsState {
    obj: Value,
    opts: DumpOpts,
    /// `default(obj)` results by object identity.
    memo: Vec<(Value, Value)>,
    pending: Value,
}

pub fn call(
    it: &mut Interp,
    module: &Module,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    in_async: bool,
) -> PyResult<CallOut> {
    match name {
        "dumps" => {
            if args.len() != 1 {
                return Err(it.type_error(format!(
                    "dumps() takes 1 positional argument but {} were given",
                    args.len()
                )));
            }
            let opts = dump_opts(it, kwargs)?;
            let st = DumpsState {
                obj: args[0],
                opts,
                memo: Vec::new(),
                pending: Value::None,
            };
            let out = run_dumps(it, st)?;
            it.std_start(module, out, in_async)
        }
        _ => {
            it.only_kwargs(
                "loads",
                kwargs,
                &["strict", "object_hook", "object_pairs_hook", "cls"],
            )?;
            if args.len() != 1 {
                return Err(it.type_error(format!(
                    "loads() takes 1 positional argument but {} were given",
                    args.len()
                )));
            }
            let text = match it.heap.obj(args[0]) {
                Some(Object::Str(s)) => s.clone(),
                Some(Object::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
                _ => {
                    let t = it.heap.type_name(args[0]);
                    return Err(it.type_error(format!(
                        "the JSON object must be str, bytes or bytearray, not {t}"
                    )));
                }
            };
            let strict = match Interp::kwarg(kwargs, "strict") {
                Some(v) => it.truthy(v)?,
                None => true,
            };
            let root = loads(it, &text, strict)?;
            let hook = |k| Interp::kwarg(kwargs, k).filter(|v| !matches!(v, Value::None));
            let (hook, pairs) = match (hook("object_pairs_hook"), hook("object_hook")) {
                (Some(h), _) => (h, true),
                (None, Some(h)) => (h, false),
                (None, None) => return Ok(CallOut::Value(root)),
            };
            let mut todo = Vec::new();
            collect_dicts(it, root, Slot::Root, &mut todo);
            let st = HookState {
                hook,
                pairs,
                todo,
                idx: 0,
                root,
            };
            let out = hook_step(it, st);
            it.std_start(module, out, in_async)
        }
    }
}

fn dump_opts(it: &mut Interp, kwargs: &[(&str, Value)]) -> PyResult<DumpOpts> {
    it.only_kwargs(
        "dumps",
        kwargs,
        &[
            "skipkeys",
            "ensure_ascii",
            "check_circular",
            "allow_nan",
            "cls",
            "indent",
            "separators",
            "default",
            "sort_keys",
        ],
    )?;
    let flag = |it: &mut Interp, k: &str, d: bool| -> PyResult<bool> {
        match Interp::kwarg(kwargs, k) {
            Some(v) => it.truthy(v),
            None => Ok(d),
        }
    };
    let indent = match Interp::kwarg(kwargs, "indent") {
        None | Some(Value::None) => None,
        Some(v) => match it.heap.obj(v) {
            Some(Object::Str(s)) => Some(s.clone()),
            _ => {
                let n = it.expect_int(v, "indent")?;
                Some(" ".repeat(n.clamp(0, 10_000) as usize))
            }
        },
    };
    let (mut item_sep, mut key_sep) = if indent.is_some() {
        (",".to_string(), ": ".to_string())
    } else {
        (", ".to_string(), ": ".to_string())
    };
    if let Some(sv) = Interp::kwarg(kwargs, "separators") {
        if !matches!(sv, Value::None) {
            let parts = it.iterate(sv)?;
            if parts.len() != 2 {
                return Err(it.value_error(format!(
                    "too many values to unpack (expected 2, got {})",
                    parts.len()
                )));
            }
            item_sep = it.std_str_arg(parts[0], "make_encoder() argument 6")?;
            key_sep = it.std_str_arg(parts[1], "make_encoder() argument 5")?;
        }
    }
    Ok(DumpOpts {
        skipkeys: flag(it, "skipkeys", false)?,
        ensure_ascii: flag(it, "ensure_ascii", true)?,
        allow_nan: flag(it, "allow_nan", true)?,
        check_circular: flag(it, "check_circular", true)?,
        sort_keys: flag(it, "sort_keys", false)?,
        indent,
        item_sep,
        key_sep,
        default: Interp::kwarg(kwargs, "default").filter(|v| !matches!(v, Value::None)),
    })
}

pub fn resume_dumps(it: &mut Interp, mut st: DumpsState, v: Value) -> PyResult<StdOutcome> {
    st.memo.push((st.pending, v));
    run_dumps(it, st)
}

enum EncErr {
    NeedDefault(Value),
    Raise(Raise),
}

impl From<Raise> for EncErr {
    fn from(r: Raise) -> Self {
        EncErr::Raise(r)
    }
}

fn run_dumps(it: &mut Interp, mut st: DumpsState) -> PyResult<StdOutcome> {
    let mut out = String::new();
    let mut markers = Vec::new();
    match encode(it, &st, st.obj, &mut out, &mut markers, 0) {
        Ok(()) => Ok(StdOutcome::Done(it.heap.str(out))),
        Err(EncErr::Raise(r)) => Err(r),
        Err(EncErr::NeedDefault(v)) => match st.opts.default {
            Some(f) => {
                st.pending = v;
                Ok(StdOutcome::Call {
                    func: f,
                    args: vec![v],
                    cont: StdCont::JsonDefault(st),
                })
            }
            None => {
                let t = it.heap.type_name(v);
                Err(it.type_error(format!("Object of type {t} is not JSON serializable")))
            }
        },
    }
}

fn float_json(it: &mut Interp, f: f64, allow_nan: bool) -> PyResult<String> {
    if f.is_finite() {
        return Ok(crate::text::float_repr(f));
    }
    if !allow_nan {
        return Err(it.value_error(format!(
            "Out of range float values are not JSON compliant: {}",
            crate::text::float_repr(f)
        )));
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

/// Appends `s` as a JSON string literal.
pub(crate) fn encode_str(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{:04x}", u);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn newline_indent(opts: &DumpOpts, depth: usize, out: &mut String) {
    if let Some(ind) = &opts.indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str(ind);
        }
    }
}

fn enter(it: &mut Interp, markers: &mut Vec<ObjRef>, r: ObjRef, check: bool) -> Result<(), EncErr> {
    if check && markers.contains(&r) {
        return Err(it.value_error("Circular reference detected").into());
    }
    markers.push(r);
    Ok(())
}

fn encode(
    it: &mut Interp,
    st: &DumpsState,
    v: Value,
    out: &mut String,
    markers: &mut Vec<ObjRef>,
    depth: usize,
) -> Result<(), EncErr> {
    it.walk_step(out.len())?;
    if depth > MAX_DEPTH {
        return Err(it
            .err(
                ClassId::RecursionError,
                "maximum recursion depth exceeded while encoding a JSON object",
            )
            .into());
    }
    let opts = &st.opts;
    match v {
        Value::None => out.push_str("null"),
        Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Float(f) => out.push_str(&float_json(it, f, opts.allow_nan)?),
        Value::Unbound => out.push_str("null"),
        Value::Obj(r) => match it.heap.get(r) {
            Object::Str(s) => encode_str(s, opts.ensure_ascii, out),
            Object::BigInt(b) => {
                let s = crate::text::int_to_str(b).map_err(|e| it.text_error(e))?;
                out.push_str(&s);
            }
            obj @ (Object::List(_) | Object::Tuple(_) | Object::Native(_))
                if !matches!(obj, Object::Native(_)) || it.namedtuple_values(v).is_some() =>
            {
                let items = match obj {
                    Object::List(items) | Object::Tuple(items) => items.clone(),
                    _ => it
                        .namedtuple_values(v)
                        .map(<[Value]>::to_vec)
                        .unwrap_or_default(),
                };
                if items.is_empty() {
                    out.push_str("[]");
                    return Ok(());
                }
                enter(it, markers, r, opts.check_circular)?;
                out.push('[');
                for (i, item) in items.into_iter().enumerate() {
                    if i > 0 {
                        out.push_str(&opts.item_sep);
                    }
                    newline_indent(opts, depth + 1, out);
                    encode(it, st, item, out, markers, depth + 1)?;
                }
                newline_indent(opts, depth, out);
                out.push(']');
                markers.pop();
            }
            Object::Dict(d) => {
                let mut entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                if entries.is_empty() {
                    out.push_str("{}");
                    return Ok(());
                }
                enter(it, markers, r, opts.check_circular)?;
                if opts.sort_keys {
                    let keys: Vec<Value> = entries.iter().map(|e| e.0).collect();
                    let idx: Vec<Value> = (0..entries.len() as i64).map(Value::Int).collect();
                    let order = it.sort_by_keys(idx, keys, false)?;
                    entries = order
                        .into_iter()
                        .filter_map(|i| match i {
                            Value::Int(i) => entries.get(i as usize).copied(),
                            _ => None,
                        })
                        .collect();
                }
                out.push('{');
                let mut first = true;
                for (k, val) in entries {
                    let key = match k {
                        Value::Bool(b) => Some(if b { "true" } else { "false" }.to_string()),
                        Value::None => Some("null".to_string()),
                        Value::Int(i) => Some(i.to_string()),
                        Value::Float(f) => Some(float_json(it, f, opts.allow_nan)?),
                        Value::Obj(kr) => match it.heap.get(kr) {
                            Object::Str(s) => Some(s.clone()),
                            Object::BigInt(b) => Some(b.to_string()),
                            _ => None,
                        },
                        Value::Unbound => None,
                    };
                    let Some(key) = key else {
                        if opts.skipkeys {
                            continue;
                        }
                        let t = it.heap.type_name(k);
                        return Err(it
                            .type_error(format!(
                                "keys must be str, int, float, bool or None, not {t}"
                            ))
                            .into());
                    };
                    if !first {
                        out.push_str(&opts.item_sep);
                    }
                    first = false;
                    newline_indent(opts, depth + 1, out);
                    encode_str(&key, opts.ensure_ascii, out);
                    out.push_str(&opts.key_sep);
                    encode(it, st, val, out, markers, depth + 1)?;
                }
                newline_indent(opts, depth, out);
                out.push('}');
                markers.pop();
            }
            _ => {
                if let Some(&(_, m)) = st.memo.iter().find(|(o, _)| o.is(v)) {
                    enter(it, markers, r, opts.check_circular)?;
                    encode(it, st, m, out, markers, depth + 1)?;
                    markers.pop();
                } else {
                    return Err(EncErr::NeedDefault(v));
                }
            }
        },
    }
    Ok(())
}

/// Where a decoded dict sits (so a hook's result can replace it).
#[derive(Clone, Debug, Serialize, Deserialize)]
enum Slot {
    Root,
    List(ObjRef, usize),
    Dict(ObjRef, Value),
}

/// `loads(object_hook=...)` in progress: the dicts in post-order.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HookState {
    hook: Value,
    pairs: bool,
    todo: Vec<(ObjRef, Slot)>,
    idx: usize,
    root: Value,
}

fn collect_dicts(it: &Interp, v: Value, slot: Slot, out: &mut Vec<(ObjRef, Slot)>) {
    let Value::Obj(r) = v else { return };
    match it.heap.get(r) {
        Object::List(items) => {
            for (i, x) in items.iter().enumerate() {
                collect_dicts(it, *x, Slot::List(r, i), out);
            }
        }
        Object::Dict(d) => {
            for e in d.iter() {
                collect_dicts(it, e.value, Slot::Dict(r, e.key), out);
            }
            out.push((r, slot));
        }
        _ => {}
    }
}

fn hook_step(it: &mut Interp, st: HookState) -> StdOutcome {
    match st.todo.get(st.idx) {
        Some((d, _)) => {
            let arg = if st.pairs {
                let entries = it.dict_entries(*d);
                let items: Vec<Value> = entries
                    .into_iter()
                    .map(|(k, v)| it.heap.tuple(vec![k, v]))
                    .collect();
                it.heap.list(items)
            } else {
                Value::Obj(*d)
            };
            StdOutcome::Call {
                func: st.hook,
                args: vec![arg],
                cont: StdCont::JsonHook(Box::new(st)),
            }
        }
        None => StdOutcome::Done(st.root),
    }
}

pub fn resume_hook(it: &mut Interp, mut st: HookState, v: Value) -> PyResult<StdOutcome> {
    if let Some((_, slot)) = st.todo.get(st.idx).cloned() {
        match slot {
            Slot::Root => st.root = v,
            Slot::List(l, i) => {
                if let Object::List(items) = it.heap.get_mut(l) {
                    if let Some(x) = items.get_mut(i) {
                        *x = v;
                    }
                }
            }
            Slot::Dict(d, k) => it.dict_set(Value::Obj(d), k, v)?,
        }
    }
    st.idx += 1;
    Ok(hook_step(it, st))
}

// ----- decoding ----------------------------------------------------------

struct Decoder<'a> {
    s: &'a [char],
    strict: bool,
}

enum DecErr {
    /// A `JSONDecodeError` message and the char position.
    At(&'static str, usize),
    Raise(Raise),
}

impl From<Raise> for DecErr {
    fn from(r: Raise) -> Self {
        DecErr::Raise(r)
    }
}

fn loads(it: &mut Interp, text: &str, strict: bool) -> PyResult<Value> {
    let chars: Vec<char> = text.chars().collect();
    let d = Decoder { s: &chars, strict };
    let start = d.ws(0);
    let res = d.value(it, start, 0).and_then(|(v, end)| {
        let end = d.ws(end);
        if end != chars.len() {
            Err(DecErr::At("Extra data", end))
        } else {
            Ok(v)
        }
    });
    match res {
        Ok(v) => Ok(v),
        Err(DecErr::Raise(r)) => Err(r),
        Err(DecErr::At(msg, pos)) => {
            let line = chars[..pos].iter().filter(|&&c| c == '\n').count() + 1;
            let col = match chars[..pos].iter().rposition(|&c| c == '\n') {
                Some(nl) => pos - nl,
                None => pos + 1,
            };
            Err(it.err(
                ClassId::JSONDecodeError,
                format!("{msg}: line {line} column {col} (char {pos})"),
            ))
        }
    }
}

impl Decoder<'_> {
    fn ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && matches!(self.s[i], ' ' | '\t' | '\n' | '\r') {
            i += 1;
        }
        i
    }

    fn starts(&self, i: usize, lit: &str) -> bool {
        let n = lit.chars().count();
        i + n <= self.s.len() && self.s[i..i + n].iter().copied().eq(lit.chars())
    }

    fn value(&self, it: &mut Interp, i: usize, depth: usize) -> Result<(Value, usize), DecErr> {
        let Some(&c) = self.s.get(i) else {
            return Err(DecErr::At("Expecting value", i));
        };
        match c {
            '"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((it.heap.str(s), end))
            }
            '{' | '[' => {
                if depth >= MAX_DEPTH {
                    let what = if c == '{' { "object" } else { "array" };
                    return Err(DecErr::Raise(it.err(
                        ClassId::RecursionError,
                        format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
                    )));
                }
                if c == '{' {
                    self.object(it, i + 1, depth + 1)
                } else {
                    self.array(it, i + 1, depth + 1)
                }
            }
            'n' if self.starts(i, "null") => Ok((Value::None, i + 4)),
            't' if self.starts(i, "true") => Ok((Value::Bool(true), i + 4)),
            'f' if self.starts(i, "false") => Ok((Value::Bool(false), i + 5)),
            'N' if self.starts(i, "NaN") => Ok((Value::Float(f64::NAN), i + 3)),
            'I' if self.starts(i, "Infinity") => Ok((Value::Float(f64::INFINITY), i + 8)),
            '-' if self.starts(i, "-Infinity") => Ok((Value::Float(f64::NEG_INFINITY), i + 9)),
            _ => self.number(it, i),
        }
    }

    fn number(&self, it: &mut Interp, start: usize) -> Result<(Value, usize), DecErr> {
        let s = self.s;
        let digit = |i: usize| s.get(i).is_some_and(|c| c.is_ascii_digit());
        let mut i = start;
        if s.get(i) == Some(&'-') {
            i += 1;
        }
        if s.get(i) == Some(&'0') {
            i += 1;
        } else if digit(i) {
            while digit(i) {
                i += 1;
            }
        } else {
            return Err(DecErr::At("Expecting value", start));
        }
        let mut is_float = false;
        if s.get(i) == Some(&'.') && digit(i + 1) {
            i += 1;
            while digit(i) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(s.get(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(s.get(j), Some('+' | '-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        let text: String = s[start..i].iter().collect();
        let v = if is_float {
            Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
        } else {
            match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => {
                    let digits = text.trim_start_matches('-').len();
                    if digits > crate::text::INT_MAX_STR_DIGITS {
                        return Err(DecErr::Raise(it.value_error(format!(
                            "Exceeds the limit ({}) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit",
                            crate::text::INT_MAX_STR_DIGITS
                        ))));
                    }
                    let b: BigInt = text.parse().unwrap_or_default();
                    bigint_value(&mut it.heap, b)
                }
            }
        };
        Ok((v, i))
    }

    /// A string body starting after its opening quote at `i - 1`.
    fn string(&self, i: usize) -> Result<(String, usize), DecErr> {
        let begin = i - 1;
        let s = self.s;
        let mut out = String::new();
        let mut j = i;
        loop {
            let Some(&c) = s.get(j) else {
                return Err(DecErr::At("Unterminated string starting at", begin));
            };
            match c {
                '"' => return Ok((out, j + 1)),
                '\\' => {
                    let Some(&e) = s.get(j + 1) else {
                        return Err(DecErr::At("Unterminated string starting at", begin));
                    };
                    let simple = match e {
                        '"' => Some('"'),
                        '\\' => Some('\\'),
                        '/' => Some('/'),
                        'b' => Some('\u{8}'),
                        'f' => Some('\u{c}'),
                        'n' => Some('\n'),
                        'r' => Some('\r'),
                        't' => Some('\t'),
                        'u' => None,
                        _ => return Err(DecErr::At("Invalid \\escape", j)),
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        j += 2;
                        continue;
                    }
                    let hex = |k: usize| -> Option<u32> {
                        if k + 4 > s.len() {
                            return None;
                        }
                        let t: String = s[k..k + 4].iter().collect();
                        if t.chars().all(|c| c.is_ascii_hexdigit()) {
                            u32::from_str_radix(&t, 16).ok()
                        } else {
                            None
                        }
                    };
                    let Some(u) = hex(j + 2) else {
                        return Err(DecErr::At("Invalid \\uXXXX escape", j + 1));
                    };
                    j += 6;
                    let mut cp = u;
                    if (0xd800..0xdc00).contains(&u)
                        && s.get(j) == Some(&'\\')
                        && s.get(j + 1) == Some(&'u')
                    {
                        if let Some(lo) = hex(j + 2) {
                            if (0xdc00..0xe000).contains(&lo) {
                                cp = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                                j += 6;
                            }
                        }
                    }
                    out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                }
                c if self.strict && (c as u32) < 0x20 => {
                    return Err(DecErr::At("Invalid control character at", j));
                }
                c => {
                    out.push(c);
                    j += 1;
                }
            }
        }
    }

    fn object(&self, it: &mut Interp, i: usize, depth: usize) -> Result<(Value, usize), DecErr> {
        let d = it.new_dict();
        let mut i = self.ws(i);
        match self.s.get(i) {
            Some('}') => return Ok((d, i + 1)),
            Some('"') => {}
            _ => {
                return Err(DecErr::At(
                    "Expecting property name enclosed in double quotes",
                    i,
                ))
            }
        }
        loop {
            let (key, end) = self.string(i + 1)?;
            i = self.ws(end);
            if self.s.get(i) != Some(&':') {
                return Err(DecErr::At("Expecting ':' delimiter", i));
            }
            i = self.ws(i + 1);
            let (v, end) = self.value(it, i, depth)?;
            let k = it.heap.str(key);
            it.dict_set(d, k, v)?;
            i = self.ws(end);
            match self.s.get(i) {
                Some('}') => return Ok((d, i + 1)),
                Some(',') => {}
                _ => return Err(DecErr::At("Expecting ',' delimiter", i)),
            }
            i = self.ws(i + 1);
            if self.s.get(i) != Some(&'"') {
                return Err(DecErr::At(
                    "Expecting property name enclosed in double quotes",
                    i,
                ));
            }
        }
    }

    fn array(&self, it: &mut Interp, i: usize, depth: usize) -> Result<(Value, usize), DecErr> {
        let mut items = Vec::new();
        let mut i = self.ws(i);
        if self.s.get(i) == Some(&']') {
            return Ok((it.heap.list(items), i + 1));
        }
        loop {
            let (v, end) = self.value(it, i, depth)?;
            items.push(v);
            i = self.ws(end);
            match self.s.get(i) {
                Some(']') => return Ok((it.heap.list(items), i + 1)),
                Some(',') => {}
                _ => return Err(DecErr::At("Expecting ',' delimiter", i)),
            }
            i = self.ws(i + 1);
        }
    }
}
