//! "Did you mean" suggestions of uncaught `NameError`s and
//! `AttributeError`s, ported from CPython 3.11's `Python/suggestions.c`:
//! a Levenshtein distance where a move costs 2 and a case flip 1, a
//! candidate is accepted within `(len(name) + len(candidate) + 3) * 2 / 6`
//! (and must beat the best so far), lists of 750 or more candidates and
//! strings over 40 bytes are not searched.
//!
//! Candidates, as CPython: for an `AttributeError` (exact class) `dir(obj)`
//! of the object the lookup failed on; for a `NameError` (exact class) the
//! local variable names of the innermost traceback frame, then the
//! globals, then the builtins, each list searched on its own in that order.

use crate::classes::ClassId;
use crate::interp::Interp;
use crate::object::Object;
use crate::value::Value;
use pycps_ir::FunctionKind;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The names of CPython's `builtins` module, in its `__dict__` order.
const BUILTIN_NAMES: &str = "__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id input isinstance issubclass iter aiter len locals max min next anext oct ord pow print repr round setattr sorted sum vars None Ellipsis NotImplemented False True bool memoryview bytearray bytes classmethod complex dict enumerate filter float frozenset property int list map object range reversed set slice staticmethod str super tuple type zip __debug__ BaseException BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt SystemExit ArithmeticError AssertionError AttributeError BufferError EOFError ImportError LookupError MemoryError NameError OSError ReferenceError RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError TypeError ValueError Warning FloatingPointError OverflowError ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning BlockingIOError ChildProcessError ConnectionError FileExistsError FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError PermissionError ProcessLookupError TimeoutError IndentationError IndexError KeyError ModuleNotFoundError NotImplementedError RecursionError UnboundLocalError UnicodeError BrokenPipeError ConnectionAbortedError ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError ExceptionGroup EnvironmentError IOError open quit exit copyright credits license help";

/// The names a script's globals dict starts with, in order.
const MODULE_DUNDERS: [&str; 9] = [
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__annotations__",
    "__builtins__",
    "__file__",
    "__cached__",
];

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` over UTF-8 bytes; anything above
/// `max_cost` may be reported as `max_cost + 1`.
fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[pre..], &b[pre..]);
    let post = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a = &a[..a.len() - post];
    b = &b[..b.len() - post];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's `calculate_suggestions`: the closest of `dir` to `name`.
pub fn calculate_suggestions<'a>(dir: &[&'a str], name: &str) -> Option<&'a str> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in dir {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

impl Interp {
    /// Records `name`/`obj` on an `AttributeError` that says `obj` has no
    /// attribute `name` (a method call `obj.name(...)` that failed its
    /// lookup), unless the error already carries them.
    pub fn note_missing_attr<T>(&mut self, r: &crate::interp::PyResult<T>, obj: Value, name: &str) {
        let Err(crate::interp::Raise::Exc(e)) = r else {
            return;
        };
        let e = *e;
        let Some(Object::Exception(x)) = self.heap.obj(e) else {
            return;
        };
        if x.class != ClassId::AttributeError
            || x.slots.iter().any(|(k, _)| k == "name" || k == "obj")
        {
            return;
        }
        let says = match x.args.first().and_then(|&a| self.heap.as_str(a)) {
            Some(m) => m.ends_with(&format!(" has no attribute '{name}'")),
            None => false,
        };
        if says {
            let n = self.heap.str(name);
            self.set_exception_slot(e, "name", n);
            self.set_exception_slot(e, "obj", obj);
        }
    }

    /// The "Did you mean" name for uncaught exception `exc`, if any.
    pub fn offer_suggestion(&self, exc: Value) -> Option<String> {
        let Some(Object::Exception(e)) = self.heap.obj(exc) else {
            return None;
        };
        if e.user_class.is_some() {
            return None;
        }
        let slot = |n: &str| e.slots.iter().find(|(k, _)| k == n).map(|&(_, v)| v);
        let name = self.heap.as_str(slot("name")?)?.to_string();
        match e.class {
            ClassId::AttributeError => {
                let obj = slot("obj")?;
                let dir = self.dir_names(obj);
                let refs: Vec<&str> = dir.iter().map(String::as_str).collect();
                calculate_suggestions(&refs, &name).map(str::to_string)
            }
            ClassId::NameError => {
                let entry = e.traceback.first()?;
                let func = self.module.function(entry.func);
                let mut locals: Vec<&str> = Vec::new();
                if !matches!(
                    func.kind,
                    FunctionKind::Module { .. } | FunctionKind::ClassBody
                ) {
                    for n in func.value_names.iter().flatten() {
                        if !locals.contains(&n.as_str()) {
                            locals.push(n);
                        }
                    }
                }
                if let Some(s) = calculate_suggestions(&locals, &name) {
                    return Some(s.to_string());
                }
                let mut globals: Vec<&str> = MODULE_DUNDERS.to_vec();
                for (i, v) in self.globals.iter().enumerate() {
                    if !matches!(v, Value::Unbound) {
                        if let Some(n) = self.module.names.get(i) {
                            globals.push(n);
                        }
                    }
                }
                globals.extend(self.extra_globals.keys().map(String::as_str));
                if let Some(s) = calculate_suggestions(&globals, &name) {
                    return Some(s.to_string());
                }
                let builtins: Vec<&str> = BUILTIN_NAMES.split(' ').collect();
                calculate_suggestions(&builtins, &name).map(str::to_string)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::calculate_suggestions;

    #[test]
    fn cpython_examples() {
        assert_eq!(
            calculate_suggestions(&["counts", "key"], "count"),
            Some("counts")
        );
        assert_eq!(calculate_suggestions(&["name", "age"], "nme"), Some("name"));
        assert_eq!(calculate_suggestions(&["upper", "lower"], "append"), None);
        assert_eq!(calculate_suggestions(&["Foo"], "foo"), Some("Foo"));
        assert_eq!(calculate_suggestions(&["xyz"], "abc"), None);
    }
}
