# An abstract Shape hierarchy: abstract methods, properties and CPython's instantiation errors.
from abc import ABC, ABCMeta, abstractmethod
import abc
import math


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class HalfDone(Shape):
    def area(self):
        return 0


for s in [Circle(1), Rect(2, 3), Square(4)]:
    print(s.describe(), isinstance(s, Shape))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), sorted(Square.__abstractmethods__))
for cls in (Shape, HalfDone):
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)


class Repository(metaclass=ABCMeta):
    @abstractmethod
    def get(self, key):
        raise NotImplementedError

    @property
    @abstractmethod
    def size(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default


class MemoryRepo(Repository):
    def __init__(self):
        self.data = {"a": 1}

    def get(self, key):
        return self.data[key]

    @property
    def size(self):
        return len(self.data)

    @classmethod
    def create(cls):
        return cls()


repo = MemoryRepo.create()
print(repo.get("a"), repo.get_or("zz", 0), repo.size, isinstance(repo, Repository))
try:
    Repository()
except TypeError as e:
    print("TypeError:", e)


class Plugin(abc.ABC):
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)

    @abc.abstractmethod
    def run(self, payload):
        ...


class Upper(Plugin):
    def run(self, payload):
        return payload.upper()


class Reverse(Plugin):
    def run(self, payload):
        return payload[::-1]


print(Plugin.registry, [p().run("abc") for p in (Upper, Reverse)])
print(getattr(Shape.area, "__isabstractmethod__", False), getattr(Circle.area, "__isabstractmethod__", False))
Triangle = None
try:
    class Partial(Shape):
        def perimeter(self):
            return 1
    Partial("p")
except TypeError as e:
    print("TypeError:", e)
