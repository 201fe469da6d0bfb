# single inheritance, overriding, super()
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
    def describe(self):
        return "Square! " + super().describe()
class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Shape("blob"), Rect(2, 3), Square(4), Circle(1.5)]
for s in shapes:
    print(s, s.describe())
print(isinstance(shapes[2], Rect), isinstance(shapes[1], Square), issubclass(Square, Shape), issubclass(Shape, Rect))
print(sorted(shapes, key=lambda s: s.area()))
print([type(s).__name__ for s in shapes], Square.__mro__)
