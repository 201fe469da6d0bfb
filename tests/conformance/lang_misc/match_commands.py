# match for command parsing with class patterns and guards
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def run(cmd):
    match cmd.split():
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"moving {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["pick", "up", *items] if items:
            return f"picked {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "nothing"
for c in ["go north", "go up", "pick up key lamp", "pick up", "quit", "exit", "dance now", ""]:
    print(repr(c), "->", run(c))
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
for p in [Point(0, 0), Point(3, 0), Point(0, -2), Point(4, 4), Point(1, 2)]:
    print(where(p))
