# build expression trees from prefix notation, simplify, differentiate, print
class Expr:
    pass

class Num(Expr):
    def __init__(self, v): self.v = v
    def __repr__(self): return str(self.v)
    def eval(self, env): return self.v
    def diff(self, var): return Num(0)

class Var(Expr):
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
    def eval(self, env): return env[self.name]
    def diff(self, var): return Num(1 if var == self.name else 0)

class BinOp(Expr):
    def __init__(self, op, a, b): self.op, self.a, self.b = op, a, b
    def __repr__(self): return f"({self.a} {self.op} {self.b})"
    def eval(self, env):
        x, y = self.a.eval(env), self.b.eval(env)
        if self.op == "+": return x + y
        if self.op == "-": return x - y
        if self.op == "*": return x * y
        return x ** y
    def diff(self, var):
        a, b = self.a, self.b
        if self.op in "+-":
            return BinOp(self.op, a.diff(var), b.diff(var))
        if self.op == "*":
            return BinOp("+", BinOp("*", a.diff(var), b), BinOp("*", a, b.diff(var)))
        if self.op == "^" and isinstance(b, Num):
            return BinOp("*", BinOp("*", Num(b.v), BinOp("^", a, Num(b.v - 1))), a.diff(var))
        raise NotImplementedError(f"d/d{var} of {self}")

def simplify(e):
    if not isinstance(e, BinOp):
        return e
    a, b = simplify(e.a), simplify(e.b)
    if isinstance(a, Num) and isinstance(b, Num):
        return Num(BinOp(e.op, a, b).eval({}))
    if e.op == "+" and isinstance(a, Num) and a.v == 0: return b
    if e.op in "+-" and isinstance(b, Num) and b.v == 0: return a
    if e.op == "*":
        if (isinstance(a, Num) and a.v == 0) or (isinstance(b, Num) and b.v == 0): return Num(0)
        if isinstance(a, Num) and a.v == 1: return b
        if isinstance(b, Num) and b.v == 1: return a
    if e.op == "^" and isinstance(b, Num) and b.v == 1: return a
    return BinOp(e.op, a, b)

def parse(tokens):
    tok = tokens.pop(0)
    if tok in "+-*^":
        return BinOp(tok, parse(tokens), parse(tokens))
    return Num(int(tok)) if tok.lstrip("-").isdigit() else Var(tok)

for src in ["+ * 3 x 5", "* x x", "^ x 3", "+ * 2 ^ x 2 * -4 x", "* + x 1 - x 1", "^ 2 x"]:
    e = parse(src.split())
    try:
        d = simplify(e.diff("x"))
    except NotImplementedError as err:
        d = f"<{err}>"
    print(f"{src:<22} {str(e):<28} at x=3: {e.eval({'x': 3}):<5} d/dx = {d}")
