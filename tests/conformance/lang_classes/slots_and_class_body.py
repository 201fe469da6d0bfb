# class body executes top to bottom; computed class attributes
class Colors:
    names = ["red", "green", "blue"]
    index = {n: i for i, n in enumerate(names)}
    count = len(names)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.registered = True
print(Colors.index, Colors.count)
class More(Colors):
    names = Colors.names + ["black"]
print(More.names, More.registered, More.count)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
