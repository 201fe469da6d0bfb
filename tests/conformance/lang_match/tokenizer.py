# a tokenizer-driven calculator: tuple patterns, walrus in guards, binding rules
def tokenize(src):
    out = []
    for word in src.split():
        if word.isdigit():
            out.append(("num", int(word)))
        elif word in "+-*/()":
            out.append(("op", word))
        else:
            out.append(("name", word))
    return out


def rpn(tokens):
    stack = []
    for tok in tokens:
        match tok:
            case ("num", n):
                stack.append(n)
            case ("op", "+" | "-" | "*" as op) if len(stack) >= 2:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "+" else a - b if op == "-" else a * b)
            case ("op", "/") if len(stack) >= 2 and (d := stack.pop()) != 0:
                stack.append(stack.pop() // d)
            case ("op", op):
                return f"cannot apply {op!r} to {stack}"
            case ("name", "dup") if stack:
                stack.append(stack[-1])
            case ("name", other):
                return f"unknown word {other!r}"
    match stack:
        case [result]:
            return result
        case []:
            return "empty"
        case [*_, top]:
            return f"leftover {stack}, top {top}"


for src in ["3 4 +", "2 3 4 * +", "10 2 /", "1 0 /", "5 dup *", "1 2", "", "+", "7 x"]:
    print(f"{src!r:14} {rpn(tokenize(src))}")


def guard_keeps_bindings(pair):
    match pair:
        case (a, b) if a > b:
            return "descending"
        case _:
            pass
    return f"guard failed but a={a}, b={b}"


print(guard_keeps_bindings((1, 2)))


def failed_case_binds_nothing():
    match [1, 2, 3]:
        case [x, y]:
            pass
        case [1, *_]:
            pass
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


failed_case_binds_nothing()
