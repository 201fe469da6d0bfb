# User data descriptors with __set_name__: validated model fields.


class Field:
    def __set_name__(self, owner, name):
        print(f"set_name {type(self).__name__} {owner.__name__}.{name}")
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"deleting {self.public}")
        delattr(obj, self.private)

    def validate(self, value):
        pass


class Typed(Field):
    def __init__(self, kind):
        self.kind = kind

    def validate(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(
                f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}"
            )


class Positive(Typed):
    def __init__(self):
        super().__init__((int, float))
        self.kind = float

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number")
        if value <= 0:
            raise ValueError(f"{self.public} must be > 0, got {value!r}")


class Model:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
        print("init_subclass", cls.__name__, fields)


class Product(Model):
    name = Typed(str)
    price = Positive()
    qty = Positive()

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"


p = Product("pen", 1.5, 4)
print(p, p.total())
print(sorted(vars(p)))
print(type(Product.__dict__["price"]).__name__)
print(Product.price is Product.__dict__["price"])

for field, bad in [("price", -2), ("qty", 0), ("name", 42), ("price", "x")]:
    try:
        setattr(p, field, bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p)

# The data descriptor wins over the instance dict.
p.__dict__["price"] = 999
print(p.price, p.__dict__["price"])

# __delete__
del p.qty
print(sorted(vars(p)))
try:
    p.qty
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.qty
except AttributeError as e:
    print("AttributeError", e)
p.qty = 3
print(p.total())


# A descriptor with only __get__ and __delete__ is a data descriptor
# without __set__; one with only __set__ has no __get__.
class GetDel:
    def __get__(self, obj, objtype=None):
        return "from GetDel"

    def __delete__(self, obj):
        print("GetDel.__delete__")


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class Holder:
    a = GetDel()
    b = SetOnly()


h = Holder()
print(h.a)
try:
    h.a = 1
except AttributeError as e:
    print("AttributeError", e, e.args)
del h.a
h.b = 10
try:
    del h.b
except AttributeError as e:
    print("AttributeError", e, e.args)
print(type(h.b).__name__)
h.__dict__["b"] = "instance value"
print(h.b)
print(type(Holder.b).__name__, Holder.a)


# __set_name__ errors are wrapped in RuntimeError; set_name runs in
# definition order before __init_subclass__.
class Loud:
    def __init__(self, fail=False):
        self.fail = fail

    def __set_name__(self, owner, name):
        print("Loud.__set_name__", owner.__name__, name)
        if self.fail:
            raise ValueError(f"cannot use {name}")


class Base:
    def __init_subclass__(cls):
        print("Base.__init_subclass__", cls.__name__)


class Ok(Base):
    first = Loud()
    second = Loud()


try:

    class Bad(Base):
        good = Loud()
        bad = Loud(fail=True)
        never = Loud()

except RuntimeError as e:
    print("RuntimeError", e)
    print(type(e.__cause__).__name__, e.__cause__)

# Setting a descriptor on a class later does not call __set_name__.
Ok.third = Loud()
print(hasattr(Ok, "third"))
