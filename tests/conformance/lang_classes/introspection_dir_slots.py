# dir(), __slots__, mro(), __bases__, __doc__ and function introspection
class Animal:
    """An animal."""
    kind = "generic"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    @property
    def label(self):
        return self.name.title()
class Dog(Animal):
    def speak(self):
        return "woof"
    def fetch(self, item="ball", *, times=1):
        return [item] * times
d = Dog("rex")
d.age = 3
public = [n for n in dir(d) if not n.startswith("_")]
print(public)
print([n for n in dir(Dog) if not n.startswith("__")])
print("__init__" in dir(d), "__dict__" in dir(d), "__weakref__" in dir(Dog), "name" in dir(Dog))
print(dir(d) == sorted(dir(d)), len(set(dir(d))) == len(dir(d)))
print([n for n in dir(d) if n.startswith("__") and n.endswith("__")][:6])
print([m for m in dir([]) if not m.startswith("_")])
print([m for m in dir({}) if not m.startswith("_")])
print([m for m in dir("") if m.startswith("is")])
print([m for m in dir(ValueError("x")) if not m.startswith("__")])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
print(Animal.__doc__, Dog.__doc__, Dog.fetch.__defaults__, Dog.fetch.__kwdefaults__)
print(Dog.speak.__doc__, Animal.speak.__qualname__, str.upper.__qualname__, len.__name__)
print([c.__name__ for c in Dog.mro()], Dog.__bases__[0].__name__, Animal.__bases__)
print([c.__name__ for c in KeyError.__mro__], [c.__name__ for c in bool.mro()])
print(ExceptionGroup.__bases__, object.__bases__, int.__mro__)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __slots__ = ("z",)
class Loose(Point):
    pass
p = Point(1, 2)
p.x += 10
print(p.x, p.y, [n for n in dir(p) if not n.startswith("_")], Point.__slots__)
for obj, attr in [(p, "z"), (Point3(1, 2), "w")]:
    try:
        setattr(obj, attr, 0)
    except AttributeError as e:
        print("AttributeError:", e)
q = Point3(1, 2)
q.z = 5
print(q.x, q.y, q.z)
try:
    print(Point3(0, 0).z)
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
l = Loose(1, 2)
l.extra = "ok"
print(l.extra, l.__dict__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
