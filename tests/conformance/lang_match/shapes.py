# class patterns with keyword sub-patterns, properties, subclasses and guards
class Shape:
    pass


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return round(3.14159 * self.r * self.r, 2)


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


def classify(s):
    match s:
        case Circle(r=0) | Rect(w=0) | Rect(h=0):
            return "degenerate"
        case Square(w=side):
            return f"square of side {side}"
        case Rect(w=w, h=h) if w > h:
            return f"wide rect {w}x{h}"
        case Rect(w=w, h=h):
            return f"tall rect {w}x{h}"
        case Circle(area=a) if a > 100:
            return f"big circle (area {a})"
        case Circle(r=r, area=a):
            return f"circle r={r} area={a}"
        case Shape():
            return "some shape"
        case _:
            return "not a shape"


shapes = [Circle(0), Rect(0, 5), Square(3), Rect(4, 2), Rect(2, 4),
          Circle(10), Circle(1), Shape(), "circle", 42]
for s in shapes:
    print(classify(s))

total = 0
for s in shapes:
    match s:
        case Rect(area=a) | Circle(area=a):
            total += a
print("total area", round(total, 2))

match Square(2):
    case Rect(missing=m):
        print("has missing?", m)
    case Rect() as r:
        print("a rect without 'missing'", r.w, r.h)
