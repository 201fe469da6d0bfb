# a shape hierarchy with abstract base, polymorphism, sorting and a registry
import math

class Shape:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def perimeter(self):
        raise NotImplementedError(type(self).__name__ + ".perimeter")

    def scale(self, k):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        params = ", ".join(f"{k}={v:g}" for k, v in vars(self).items())
        return f"{type(self).__name__}({params})"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
    def scale(self, k):
        return Circle(self.r * k)

class Rectangle(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def scale(self, k):
        return type(self)(*(v * k for v in vars(self).values()))

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
    def scale(self, k):
        return Square(self.w * k)
    def __repr__(self):
        return f"Square(side={self.w:g})"

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        self.a, self.b, self.c = a, b, c
    def perimeter(self):
        return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
    def scale(self, k):
        return Triangle(self.a * k, self.b * k, self.c * k)

def make(spec):
    kind, *args = spec.split()
    cls = Shape.registry[kind]
    return cls(*map(float, args))

specs = ["circle 1", "rectangle 2 3.5", "square 2", "triangle 3 4 5", "triangle 1 1 5", "hexagon 2"]
shapes = []
for spec in specs:
    try:
        shapes.append(make(spec))
    except ValueError as e:
        print("bad spec:", e)
    except KeyError as e:
        print("unknown shape:", e)
print(sorted(Shape.registry))
for s in sorted(shapes):
    print(f"{s!r:<32} area={s.area():8.3f} perimeter={s.perimeter():7.3f}")
print(max(shapes), min(shapes))
print([s.scale(2) for s in shapes])
print(isinstance(shapes[2], Rectangle), [type(s).__mro__[1].__name__ for s in shapes])
total = sum(s.area() for s in shapes)
print(f"total area {total:.4f}")
