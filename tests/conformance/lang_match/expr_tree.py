# a tiny expression language: class patterns with __match_args__, nested, or-patterns
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


def show(e):
    match e:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


def simplify(e):
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("+" | "*") as o, Num(a), Num(b):
                    return Num(a + b if o == "+" else a * b)
                case _:
                    return BinOp(op, l, r)
        case _:
            return e


def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name=n) if n in env:
            return env[n]
        case Var(name=n):
            raise NameError(f"unbound {n}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)


exprs = [
    BinOp("+", Num(0), BinOp("*", Var("x"), Num(1))),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("*", Var("z"), BinOp("+", Num(0), Num(0))),
    BinOp("+", Var("x"), Var("w")),
]
for e in exprs:
    s = simplify(e)
    try:
        value = evaluate(s, {"x": 4, "y": 5})
    except NameError as err:
        value = f"error: {err}"
    print(f"{show(e):28} => {show(s):12} = {value}")
