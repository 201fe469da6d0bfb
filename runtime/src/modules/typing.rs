//! `typing`: every common name importable, subscriptable and printable as a
//! no-op (`List[int]` is a `typing.List[int]` alias object). Annotations are
//! ignored at run time, so aliases only need a repr; `cast` returns its
//! value, `TypeVar`/`NewType` return markers. A class statement whose
//! base is `NamedTuple` makes a namedtuple class (fields from the body's
//! annotations, defaults from its assignments, methods from its body);
//! one whose base is `TypedDict` makes a class whose instances are plain
//! dicts. Subclassing `Protocol` or `Generic[T]` is left to the class
//! machinery (the alias base is dropped).

use super::collections::NtClass;
use super::native::NativeObj;
use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};

pub const FUNCTIONS: &[&str] = &[
    "cast",
    "TypeVar",
    "NewType",
    "overload",
    "final",
    "runtime_checkable",
    "no_type_check",
    "get_type_hints",
    "assert_never",
    "reveal_type",
];

const ALIASES: &[&str] = &[
    "Any",
    "List",
    "Dict",
    "Set",
    "FrozenSet",
    "Tuple",
    "Optional",
    "Union",
    "Callable",
    "Iterable",
    "Iterator",
    "Sequence",
    "MutableSequence",
    "Mapping",
    "MutableMapping",
    "AbstractSet",
    "MutableSet",
    "Collection",
    "Container",
    "Sized",
    "Hashable",
    "Reversible",
    "Generator",
    "AsyncGenerator",
    "AsyncIterator",
    "AsyncIterable",
    "Awaitable",
    "Coroutine",
    "Type",
    "Literal",
    "ClassVar",
    "Final",
    "Annotated",
    "NoReturn",
    "Never",
    "Self",
    "DefaultDict",
    "Counter",
    "Deque",
    "OrderedDict",
    "ChainMap",
    "Pattern",
    "Match",
    "Text",
    "AnyStr",
    "SupportsInt",
    "SupportsFloat",
    "SupportsAbs",
    "SupportsIndex",
    "TypeAlias",
    "ParamSpec",
    "Concatenate",
    "TypeGuard",
    "Required",
    "NotRequired",
    "LiteralString",
    "Protocol",
    "Generic",
    "NamedTuple",
    "TypedDict",
    "IO",
    "TextIO",
    "BinaryIO",
];

pub fn attr(it: &mut Interp, name: &str) -> Option<Value> {
    match name {
        "TYPE_CHECKING" => Some(Value::Bool(false)),
        _ if ALIASES.contains(&name) => {
            Some(it.alloc_native(NativeObj::TypingAlias(format!("typing.{name}"))))
        }
        _ => None,
    }
}

pub fn call(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    let _ = kwargs;
    match name {
        "cast" => {
            if args.len() != 2 {
                return Err(it.type_error(format!(
                    "cast() takes 2 positional arguments but {} were given",
                    args.len()
                )));
            }
            Ok(args[1])
        }
        "TypeVar" | "NewType" => {
            let Some(n) = args
                .first()
                .and_then(|&a| it.heap.as_str(a))
                .map(str::to_string)
            else {
                return Err(it.type_error(format!("{name}() missing required argument 'name'")));
            };
            let repr = if name == "TypeVar" {
                format!("~{n}")
            } else {
                n
            };
            Ok(it.alloc_native(NativeObj::TypingAlias(repr)))
        }
        "get_type_hints" => Ok(it.new_dict()),
        "assert_never" => Err(it.err(ClassId::AssertionError, "Expected code to be unreachable")),
        // Decorators and helpers that hand their argument back.
        _ => Ok(args.first().copied().unwrap_or(Value::None)),
    }
}

/// How a type prints inside an alias (`int`, `typing.List[str]`, `None`).
fn type_repr(it: &mut Interp, v: Value) -> PyResult<String> {
    match it.heap.obj(v) {
        Some(Object::Class(c)) => {
            let c = *c;
            Ok(match c.module() {
                Some(m) => format!("{m}.{}", c.name()),
                None if c == ClassId::NoneType => "None".into(),
                None => c.name().to_string(),
            })
        }
        Some(Object::Tuple(items)) => {
            let items = items.clone();
            let mut parts = Vec::new();
            for i in items {
                parts.push(type_repr(it, i)?);
            }
            Ok(format!("[{}]", parts.join(", ")))
        }
        Some(Object::List(items)) => {
            let items = items.clone();
            let mut parts = Vec::new();
            for i in items {
                parts.push(type_repr(it, i)?);
            }
            Ok(format!("[{}]", parts.join(", ")))
        }
        _ if matches!(v, Value::None) => Ok("None".into()),
        _ => it.repr(v),
    }
}

/// `Alias[args]`: a new alias that prints like CPython's.
pub fn subscript(it: &mut Interp, r: ObjRef, key: Value) -> PyResult<Value> {
    let base = match it.native(r) {
        Some(NativeObj::TypingAlias(s)) => s.clone(),
        _ => String::new(),
    };
    let args: Vec<Value> = match it.heap.obj(key) {
        Some(Object::Tuple(items)) => items.clone(),
        _ => vec![key],
    };
    let mut parts = Vec::new();
    for a in &args {
        parts.push(type_repr(it, *a)?);
    }
    let repr = match base.as_str() {
        "typing.Optional" => format!("typing.Optional[{}]", parts.join(", ")),
        "typing.Union" if parts.len() == 2 && parts[1] == "None" => {
            format!("typing.Optional[{}]", parts[0])
        }
        "typing.Callable" if parts.len() == 2 => {
            format!("typing.Callable[{}, {}]", parts[0], parts[1])
        }
        _ => format!("{base}[{}]", parts.join(", ")),
    };
    Ok(it.alloc_native(NativeObj::TypingAlias(repr)))
}

/// Calling an alias (`List()`): CPython refuses to instantiate most.
pub fn call_alias(it: &mut Interp, r: ObjRef, args: &[Value]) -> PyResult<Value> {
    let name = match it.native(r) {
        Some(NativeObj::TypingAlias(s)) => s.clone(),
        _ => String::new(),
    };
    if name == "typing.Any" || name.starts_with('~') {
        return Err(it.type_error(format!("Cannot instantiate {name}")));
    }
    // NewType("UserId", int)(5) returns 5.
    if let Some(&a) = args.first() {
        if !name.starts_with("typing.") {
            return Ok(a);
        }
    }
    let short = name.trim_start_matches("typing.");
    Err(it.type_error(format!(
        "Type {short} cannot be instantiated; use {}() instead",
        short.to_lowercase()
    )))
}

impl Interp {
    /// `class C(NamedTuple)` / `class C(TypedDict)` (`None`: another class).
    pub fn typing_special_class(
        &mut self,
        name: &str,
        bases: &[Value],
        ns: ObjRef,
    ) -> PyResult<Option<Value>> {
        let kind = bases.iter().find_map(|&b| match it_native(self, b) {
            Some(NativeObj::TypingAlias(s)) if s == "typing.NamedTuple" => Some(true),
            Some(NativeObj::TypingAlias(s)) if s == "typing.TypedDict" => Some(false),
            Some(NativeObj::TypedDict(_)) => Some(false),
            _ => None,
        });
        match kind {
            None => Ok(None),
            Some(false) => Ok(Some(
                self.alloc_native(NativeObj::TypedDict(name.to_string())),
            )),
            Some(true) => self.typed_namedtuple(name, ns).map(Some),
        }
    }

    fn typed_namedtuple(&mut self, name: &str, ns: ObjRef) -> PyResult<Value> {
        let ann = self.dict_get_str(ns, "__annotations__");
        let keys = match ann.and_then(|a| a.as_obj()) {
            Some(a) if matches!(self.heap.get(a), Object::Dict(_)) => self.dict_entries(a),
            _ => Vec::new(),
        };
        let mut fields = Vec::new();
        let mut defaults = Vec::new();
        for (k, _) in keys {
            let f = self.std_str_arg(k, "NamedTuple field name")?;
            if f.starts_with('_') {
                return Err(self.value_error(format!(
                    "Field names cannot start with an underscore: '{f}'"
                )));
            }
            match self.dict_get_str(ns, &f) {
                Some(v) => defaults.push(v),
                None if !defaults.is_empty() => {
                    let with: Vec<&String> =
                        fields[fields.len() - defaults.len()..].iter().collect();
                    let s = if with.len() == 1 { "" } else { "s" };
                    let list: Vec<&str> = with.iter().map(|s| s.as_str()).collect();
                    return Err(self.type_error(format!(
                        "Non-default namedtuple field {f} cannot follow default field{s} {}",
                        list.join(", ")
                    )));
                }
                None => {}
            }
            fields.push(f);
        }
        // The fields' defaults are not class attributes of the namedtuple.
        for f in fields.iter().skip(fields.len() - defaults.len()) {
            let k = self.heap.str(f.clone());
            self.dict_remove(ns, k)?;
        }
        Ok(self.alloc_native(NativeObj::NtClass(Box::new(NtClass {
            name: name.to_string(),
            fields,
            defaults,
            ns: Some(ns),
        }))))
    }

    /// A class attribute read through the class: classmethods bind to it.
    pub fn bind_attr_to_class(&mut self, v: Value, cls: ObjRef) -> PyResult<Value> {
        Ok(match self.heap.obj(v) {
            Some(Object::ClassMethod(f)) => {
                let f = *f;
                Value::Obj(self.heap.alloc(Object::BoundMethod {
                    func: f,
                    recv: Value::Obj(cls),
                }))
            }
            Some(Object::StaticMethod(f)) => *f,
            _ => v,
        })
    }
}

fn it_native(it: &Interp, v: Value) -> Option<&NativeObj> {
    v.as_obj().and_then(|r| it.native(r))
}
