# tokenizer + recursive-descent parser + evaluator for arithmetic
class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f"{self.kind}:{self.value}"

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif ch in "+-*/%^()":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    tokens.append(Token("end", None, len(src)))
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.tokens, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.tokens[self.i]

    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok.value != value:
            raise SyntaxError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")
        self.i += 1
        return tok

    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            v = v + self.term() if self.take().value == "+" else v - self.term()
        return v

    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            rhs = self.factor()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v

    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.kind == "name":
            if tok.value not in self.env:
                raise NameError(f"unknown variable {tok.value!r}")
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected {tok.value!r} at {tok.pos}")

def evaluate(src, env):
    p = Parser(tokenize(src), env)
    v = p.expr()
    if p.peek().kind != "end":
        raise SyntaxError(f"trailing input at {p.peek().pos}")
    return v

env = {"x": 3, "pi": 3.14159}
print(tokenize("2*(x+1.5)"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4", "10 % 4 + x", "pi * x ^ 2",
            "2 * (3", "4 $ 4", "y + 1", "1 / 0", "3 3"]:
    try:
        print(f"{src:<12} = {evaluate(src, env)}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:<12} ! {type(e).__name__}: {e}")
