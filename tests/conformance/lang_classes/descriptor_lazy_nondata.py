# Non-data descriptors: lazily cached attributes, class-level access,
# descriptors returning callables, and interplay with __getattr__, super()
# and the built-in descriptors.


class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            print(f"class access via {objtype.__name__}")
            return self
        print(f"computing {self.attr}")
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @cached
    def area(self):
        return 3 * self.r * self.r

    @property
    def diameter(self):
        return 2 * self.r

    @staticmethod
    def unit():
        return Circle(1)

    @classmethod
    def named(cls):
        return cls.__name__


c = Circle(2)
print(c.area)
print(c.area)  # cached in the instance dict: no recomputation
c.area = 100  # a non-data descriptor: plain assignment to the dict
print(c.area)
del c.area
print(c.area)
print(Circle.area is Circle.__dict__["area"], Circle.area.name)
print(c.diameter, Circle.unit().r, Circle.named(), c.named())


# A descriptor whose __get__ returns a callable: used in method calls.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda x: x * self.k * obj.base


class Calc:
    triple = Multiplier(3)

    def __init__(self, base):
        self.base = base


calc = Calc(10)
print(calc.triple(2), [calc.triple(i) for i in range(3)])
print(type(Calc.triple).__name__)


# An AttributeError from __get__ falls back to __getattr__.
class Missing:
    def __get__(self, obj, objtype=None):
        raise AttributeError("not yet")


class WithFallback:
    value = Missing()

    def __getattr__(self, name):
        return f"fallback for {name}"


class WithoutFallback:
    value = Missing()


print(WithFallback().value)
try:
    WithoutFallback().value
except AttributeError as e:
    print("AttributeError", e)


# A ValueError from __get__ propagates.
class Strict:
    def __get__(self, obj, objtype=None):
        raise ValueError(f"no value for {type(obj).__name__}")


class UsesStrict:
    v = Strict()


try:
    UsesStrict().v
except ValueError as e:
    print("ValueError", e)


# Descriptors are inherited, found through super(), and see the owner.
class Tag:
    def __get__(self, obj, objtype=None):
        who = "class" if obj is None else "instance"
        return f"{who} of {objtype.__name__}"


class A:
    tag = Tag()

    def describe(self):
        return "A.describe"


class B(A):
    def describe(self):
        return f"B.describe + {super().tag} + {super().describe()}"


b = B()
print(b.tag, "|", B.tag, "|", A.tag)
print(b.describe())
print(getattr(b, "tag"), hasattr(b, "tag"))


# A data descriptor storing per-instance values in its own dict, and a
# counter of accesses; __set_name__ for classes made by type().
class Counted:
    def __init__(self):
        self.values = {}
        self.reads = 0

    def __set_name__(self, owner, name):
        print("Counted.__set_name__", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.reads += 1
        try:
            return self.values[id(obj)]
        except KeyError:
            raise AttributeError(f"{self.name} is unset") from None

    def __set__(self, obj, value):
        self.values[id(obj)] = value

    def __delete__(self, obj):
        self.values.pop(id(obj), None)


Point = type("Point", (), {"x": Counted(), "y": Counted()})
pt = Point()
pt.x = 1
pt.y = 2
print(pt.x + pt.y, vars(pt), Point.x.reads)
del pt.x
try:
    print(pt.x)
except AttributeError as e:
    print("AttributeError", e)
print(Point.x.reads, Point.y.reads)


# __setattr__ on the class runs first; object.__setattr__ honours the
# descriptor.
class Logged:
    x = Counted()

    def __setattr__(self, name, value):
        print("Logged.__setattr__", name, value)
        super().__setattr__(name, value)


lg = Logged()
lg.x = 5
lg.other = 6
print(lg.x, vars(lg))
