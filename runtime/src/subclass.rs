//! User subclasses of built-in types: `class Stack(list)`,
//! `class AttrDict(dict)`, `class Money(int)`, `class Color(str, Enum)`.
//!
//! Representation: an instance is the built-in object itself
//! (`Object::List`, `Object::Dict`, `Object::Str`, an `Object::BigInt` even
//! for a small int...) with a user-class header in the heap
//! (`crate::heap::UserHeader`: its class and attribute dict). Every
//! built-in operation works on the payload unchanged; the type lookups
//! (`type(x)`, `x.__class__`, error messages) and the special-method
//! dispatch (`Interp::user_special`, `Interp::is_user_obj`) see the user
//! class. A user class's MRO lookup stops at a built-in base defining the
//! name (`Interp::class_lookup`): the payload's behaviour then applies.
//!
//! Invariants: only objects whose class is a [`header_base`] carry a
//! header; a header object is never shared with a plain value (built-in
//! constructors copy the payload: [`Interp::plain_value`]). Small ints
//! with a user class are boxed as `Object::BigInt` (the only heap int), so
//! code reading ints must accept a `BigInt` that fits `i64`.
//!
//! This file owns construction (`B.__new__`/`B.__init__` for a header
//! class) and the built-in dunders called explicitly
//! (`super().__setitem__(k, v)`, `dict.__getitem__(self, k)`), which run
//! the built-in behaviour on the payload, bypassing the user's overrides.

use crate::classes::ClassId;
use crate::dict::Dict;
use crate::heap::UserHeader;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;

/// Built-in classes a user class may derive from through a header.
#[inline]
pub fn header_base(c: ClassId) -> bool {
    matches!(
        c,
        ClassId::Dict
            | ClassId::List
            | ClassId::Str
            | ClassId::Int
            | ClassId::Tuple
            | ClassId::Set
            | ClassId::FrozenSet
            | ClassId::Bytes
    )
}

/// Mutable bases: `__new__` makes an empty payload, `__init__` fills it.
fn mutable_base(c: ClassId) -> bool {
    matches!(c, ClassId::Dict | ClassId::List | ClassId::Set)
}

/// The special methods each header base defines (`vars(list)` in
/// CPython 3.11, dunders only).
fn dunders(c: ClassId) -> &'static [&'static str] {
    match c {
        ClassId::Dict => &[
            "__class_getitem__",
            "__contains__",
            "__delitem__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__getitem__",
            "__gt__",
            "__hash__",
            "__init__",
            "__ior__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__ne__",
            "__new__",
            "__or__",
            "__repr__",
            "__reversed__",
            "__ror__",
            "__setitem__",
        ],
        ClassId::List => &[
            "__add__",
            "__class_getitem__",
            "__contains__",
            "__delitem__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__getitem__",
            "__gt__",
            "__hash__",
            "__iadd__",
            "__imul__",
            "__init__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__mul__",
            "__ne__",
            "__new__",
            "__repr__",
            "__reversed__",
            "__rmul__",
            "__setitem__",
        ],
        ClassId::Str => &[
            "__add__",
            "__contains__",
            "__eq__",
            "__format__",
            "__ge__",
            "__getattribute__",
            "__getitem__",
            "__getnewargs__",
            "__gt__",
            "__hash__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__mod__",
            "__mul__",
            "__ne__",
            "__new__",
            "__repr__",
            "__rmod__",
            "__rmul__",
            "__str__",
        ],
        ClassId::Int => &[
            "__abs__",
            "__add__",
            "__and__",
            "__bool__",
            "__ceil__",
            "__divmod__",
            "__eq__",
            "__float__",
            "__floor__",
            "__floordiv__",
            "__format__",
            "__ge__",
            "__getattribute__",
            "__getnewargs__",
            "__gt__",
            "__hash__",
            "__index__",
            "__int__",
            "__invert__",
            "__le__",
            "__lshift__",
            "__lt__",
            "__mod__",
            "__mul__",
            "__ne__",
            "__neg__",
            "__new__",
            "__or__",
            "__pos__",
            "__pow__",
            "__radd__",
            "__rand__",
            "__rdivmod__",
            "__repr__",
            "__rfloordiv__",
            "__rlshift__",
            "__rmod__",
            "__rmul__",
            "__ror__",
            "__round__",
            "__rpow__",
            "__rrshift__",
            "__rshift__",
            "__rsub__",
            "__rtruediv__",
            "__rxor__",
            "__sub__",
            "__truediv__",
            "__trunc__",
            "__xor__",
        ],
        ClassId::Tuple => &[
            "__add__",
            "__class_getitem__",
            "__contains__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__getitem__",
            "__getnewargs__",
            "__gt__",
            "__hash__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__mul__",
            "__ne__",
            "__new__",
            "__repr__",
            "__rmul__",
        ],
        ClassId::Set | ClassId::FrozenSet => &[
            "__and__",
            "__class_getitem__",
            "__contains__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__gt__",
            "__hash__",
            "__iand__",
            "__init__",
            "__ior__",
            "__isub__",
            "__iter__",
            "__ixor__",
            "__le__",
            "__len__",
            "__lt__",
            "__ne__",
            "__new__",
            "__or__",
            "__rand__",
            "__repr__",
            "__ror__",
            "__rsub__",
            "__rxor__",
            "__sub__",
            "__xor__",
        ],
        ClassId::Bytes => &[
            "__add__",
            "__bytes__",
            "__contains__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__getitem__",
            "__getnewargs__",
            "__gt__",
            "__hash__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__mod__",
            "__mul__",
            "__ne__",
            "__new__",
            "__repr__",
            "__rmod__",
            "__rmul__",
            "__str__",
        ],
        _ => &[],
    }
}

/// Whether header base `c` itself defines attribute `name` (a method or a
/// special method): a user class's lookup stops there.
#[inline]
pub fn builtin_defines(c: ClassId, name: &str) -> bool {
    if !header_base(c) {
        return false;
    }
    if c == ClassId::FrozenSet
        && matches!(
            name,
            "__init__" | "__iand__" | "__ior__" | "__isub__" | "__ixor__"
        )
    {
        return false;
    }
    if name.starts_with("__") {
        return dunders(c).contains(&name);
    }
    crate::builtins::attrs::has_method(c, name) || crate::builtins::attrs::is_class_method(c, name)
}

impl Interp {
    /// The header base of user class `cls` (`None`: its instances are not
    /// built-in objects).
    pub fn header_class_base(&self, cls: ObjRef) -> Option<ClassId> {
        match self.heap.get(cls) {
            Object::UserClass(c) if header_base(c.base) => Some(c.base),
            _ => None,
        }
    }

    /// `v` without its user class: the payload as a plain built-in value
    /// (a fresh copy of a heap payload; a small int back to `Value::Int`).
    pub fn plain_value(&mut self, v: Value) -> Value {
        let Value::Obj(r) = v else { return v };
        if self.heap.header(r).is_none() {
            return v;
        }
        match self.heap.get(r).clone() {
            Object::BigInt(b) => crate::convert::bigint_value(&mut self.heap, b),
            o => Value::Obj(self.heap.alloc(o)),
        }
    }

    /// Gives the fresh plain object `v` (or a boxed copy of an immediate
    /// int) the class `cls`; returns the instance.
    fn attach_header(&mut self, v: Value, cls: ObjRef) -> Value {
        let r = match v {
            Value::Int(i) => self.heap.alloc(Object::BigInt(BigInt::from(i))),
            Value::Bool(b) => self.heap.alloc(Object::BigInt(BigInt::from(b as i64))),
            Value::Obj(r) => {
                // Never share: a constructor may hand an argument back.
                let o = self.heap.get(r).clone();
                self.heap.alloc(o)
            }
            _ => return v,
        };
        let dict = self.heap.alloc(Object::Dict(Dict::new()));
        self.heap.account(64);
        self.heap.set_header(r, UserHeader { class: cls, dict });
        Value::Obj(r)
    }

    /// `base.__new__(cls, *args, **kwargs)` for built-in `base`.
    pub fn builtin_new(
        &mut self,
        cls: Value,
        base: ClassId,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let bn = base.name();
        let Some(c) = cls.as_obj().filter(|_| self.is_class(cls)) else {
            let t = self.heap.type_name(cls);
            return Err(self.type_error(format!("{bn}.__new__(X): X is not a type object ({t})")));
        };
        let sub = match self.heap.get(c) {
            Object::Class(k) if *k == base => None,
            Object::UserClass(k) if k.base.is_subclass(base) && header_base(k.base) => Some(k.base),
            _ => {
                let n = self.heap.class_name(c);
                return Err(
                    self.type_error(format!("{bn}.__new__({n}): {n} is not a subtype of {bn}"))
                );
            }
        };
        let plain = if mutable_base(base) && sub.is_some() {
            match base {
                ClassId::List => self.heap.list(Vec::new()),
                ClassId::Dict => self.new_dict(),
                _ => Value::Obj(self.make_new_set(false, None)?),
            }
        } else {
            self.construct_plain(base, args, kwargs)?
        };
        Ok(match sub {
            None => plain,
            Some(_) => self.attach_header(plain, c),
        })
    }

    /// A plain built-in `base(*args, **kwargs)` computed here (no
    /// generator draining through the scheduler: `iterate` runs them).
    fn construct_plain(
        &mut self,
        base: ClassId,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let name = base.name();
        match base {
            ClassId::Tuple | ClassId::FrozenSet | ClassId::List | ClassId::Set => {
                self.no_kwargs(name, kwargs)?;
                self.arity(name, args, 0, 1)?;
                let items = match args.first() {
                    Some(&x) => self.iterate(x)?,
                    None => Vec::new(),
                };
                Ok(match base {
                    ClassId::Tuple => self.heap.tuple(items),
                    ClassId::List => self.heap.list(items),
                    b => {
                        let l = self.heap.list(items);
                        Value::Obj(self.make_new_set(b == ClassId::FrozenSet, Some(l))?)
                    }
                })
            }
            _ => {
                let module = self.module.clone();
                match self.construct(&module, base, args, kwargs, false)? {
                    crate::interp::call::CallOut::Value(v) => Ok(v),
                    _ => Err(self.type_error(format!(
                        "pycps does not support this {name}() argument in a subclass constructor yet"
                    ))),
                }
            }
        }
    }

    /// `base.__init__(inst, *args, **kwargs)`: fills a mutable payload
    /// (a no-op for immutable bases, whose `__new__` took the arguments).
    pub fn builtin_init(
        &mut self,
        inst: Value,
        base: ClassId,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<()> {
        let name = base.name();
        match base {
            ClassId::List | ClassId::Set => {
                self.no_kwargs(name, kwargs)?;
                self.arity(name, args, 0, 1)?;
                let items = match args.first() {
                    Some(&x) => self.iterate(x)?,
                    None => Vec::new(),
                };
                let Value::Obj(r) = inst else { return Ok(()) };
                match self.heap.get_mut(r) {
                    Object::List(l) => {
                        l.clear();
                        l.extend(items);
                    }
                    Object::Set(t) => {
                        t.clear();
                        for x in items {
                            self.dict_set(inst, x, Value::None)?;
                        }
                    }
                    _ => {}
                }
                Ok(())
            }
            ClassId::Dict => {
                self.arity("dict", args, 0, 1)?;
                if let Some(&src) = args.first() {
                    self.dict_update_from(inst, src)?;
                }
                for &(k, v) in kwargs {
                    let k = self.heap.str(k);
                    self.dict_set(inst, k, v)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// A built-in method of header base `owner` called explicitly on
    /// `recv` (`super().__setitem__(k, v)`, `list.append(self, x)`;
    /// `recv == Unbound`: the receiver is `args[0]`), bypassing the user
    /// class's overrides.
    pub fn builtin_base_method(
        &mut self,
        owner: ClassId,
        recv: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<crate::interp::call::CallOut> {
        use crate::interp::call::CallOut;
        if name == "__new__" {
            let Some((&cls, rest)) = args.split_first() else {
                let n = owner.name();
                return Err(self.type_error(format!("{n}.__new__(): not enough arguments")));
            };
            return self
                .builtin_new(cls, owner, rest, kwargs)
                .map(CallOut::Value);
        }
        let (recv, args) = if matches!(recv, Value::Unbound) {
            match args.split_first() {
                Some((&f, rest)) => (f, rest),
                None => {
                    let n = owner.name();
                    return Err(
                        self.type_error(format!("unbound method {n}.{name}() needs an argument"))
                    );
                }
            }
        } else {
            (recv, args)
        };
        if !self.heap.class_of(recv).is_subclass(owner) {
            let t = self.heap.type_name(recv);
            return Err(self.type_error(format!(
                "descriptor '{name}' for '{}' objects doesn't apply to a '{t}' object",
                owner.name()
            )));
        }
        let module = self.module.clone();
        if !name.starts_with("__") {
            return self.call_method_builtin(&module, recv, name, args, kwargs, false);
        }
        let arg = |i: usize| args.get(i).copied().unwrap_or(Value::None);
        let v = match name {
            "__init__" => {
                self.builtin_init(recv, owner, args, kwargs)?;
                Value::None
            }
            "__getitem__" => self.get_item_builtin(recv, arg(0))?,
            "__setitem__" => {
                self.set_item_builtin(recv, arg(0), arg(1))?;
                Value::None
            }
            "__delitem__" => {
                self.del_item_builtin(recv, arg(0))?;
                Value::None
            }
            "__repr__" | "__str__" | "__format__" => {
                let p = self.plain_value(recv);
                let s = match name {
                    "__repr__" => self.repr(p)?,
                    "__str__" => self.to_str(p)?,
                    _ => {
                        let spec = self.heap.as_str(arg(0)).unwrap_or("").to_string();
                        self.format_spec(p, &spec)?
                    }
                };
                self.heap.str(s)
            }
            "__len__" => {
                let p = self.plain_value(recv);
                Value::Int(self.len(p)? as i64)
            }
            "__contains__" => {
                let p = self.plain_value(recv);
                Value::Bool(self.contains(p, arg(0))?)
            }
            "__iter__" => {
                let p = self.plain_value(recv);
                self.get_iter(p)?
            }
            "__hash__" => {
                let p = self.plain_value(recv);
                let h = self.hash(p)?;
                Value::Int(h as i64)
            }
            "__bool__" => {
                let p = self.plain_value(recv);
                Value::Bool(self.truthy(p)?)
            }
            "__int__" | "__index__" | "__float__" => {
                let p = self.plain_value(recv);
                if name == "__float__" {
                    self.to_float(p)?
                } else {
                    p
                }
            }
            _ => {
                if let Some(op) = compare_op(name) {
                    let p = self.plain_value(recv);
                    let o = self.plain_value(arg(0));
                    return self.compare(op, p, o).map(CallOut::Value);
                }
                if let Some((op, reflected, inplace)) = binary_op(name) {
                    if inplace && mutable_base(owner) {
                        // `list.__iadd__(self, x)`: in place.
                        return match op {
                            pycps_ir::BinaryOp::Add if owner == ClassId::List => {
                                let items = self.iterate(arg(0))?;
                                self.list_extend_values(recv, items)?;
                                Ok(CallOut::Value(recv))
                            }
                            _ => {
                                let p = self.plain_value(recv);
                                let out = self.binary(op, p, arg(0), false)?;
                                let items = self.iterate(out)?;
                                match self.heap.obj(out) {
                                    Some(Object::List(_)) => {
                                        if let Value::Obj(r) = recv {
                                            if let Object::List(l) = self.heap.get_mut(r) {
                                                *l = items;
                                            }
                                        }
                                    }
                                    _ => {
                                        self.builtin_init(recv, owner, &[out], &[])?;
                                    }
                                }
                                Ok(CallOut::Value(recv))
                            }
                        };
                    }
                    let p = self.plain_value(recv);
                    let o = self.plain_value(arg(0));
                    let (a, b) = if reflected { (o, p) } else { (p, o) };
                    return self.binary(op, a, b, false).map(CallOut::Value);
                }
                let t = owner.name();
                return Err(self.err(
                    ClassId::AttributeError,
                    format!("type object '{t}' has no attribute '{name}'"),
                ));
            }
        };
        Ok(CallOut::Value(v))
    }
}

/// The comparison of a rich-comparison dunder name.
fn compare_op(name: &str) -> Option<pycps_ir::CompareOp> {
    use pycps_ir::CompareOp as C;
    Some(match name {
        "__eq__" => C::Eq,
        "__ne__" => C::Ne,
        "__lt__" => C::Lt,
        "__le__" => C::Le,
        "__gt__" => C::Gt,
        "__ge__" => C::Ge,
        _ => return None,
    })
}

/// `(operator, reflected, in place)` of a binary-operator dunder name.
fn binary_op(name: &str) -> Option<(pycps_ir::BinaryOp, bool, bool)> {
    use pycps_ir::BinaryOp as B;
    let inner = name.strip_prefix("__")?.strip_suffix("__")?;
    let op = |n: &str| {
        Some(match n {
            "add" => B::Add,
            "sub" => B::Sub,
            "mul" => B::Mul,
            "truediv" => B::TrueDiv,
            "floordiv" => B::FloorDiv,
            "mod" => B::Mod,
            "pow" => B::Pow,
            "lshift" => B::LShift,
            "rshift" => B::RShift,
            "and" => B::BitAnd,
            "or" => B::BitOr,
            "xor" => B::BitXor,
            _ => return None,
        })
    };
    if let Some(o) = op(inner) {
        return Some((o, false, false));
    }
    let (o, reflected, inplace) = if let Some(x) = inner.strip_prefix('r') {
        (op(x)?, true, false)
    } else {
        (op(inner.strip_prefix('i')?)?, false, true)
    };
    Some((o, reflected, inplace))
}
