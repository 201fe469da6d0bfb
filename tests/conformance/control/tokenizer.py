# a little tokenizer + RPN calculator driven by while loops
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == " ":
            i += 1
            continue
        if "0" <= ch <= "9":
            j = i
            while j < len(src) and "0" <= src[j] <= "9":
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        else:
            tokens.append(("op", ch))
            i += 1
    return tokens

def rpn(tokens):
    stack = []
    for kind, val in tokens:
        if kind == "num":
            stack.append(val)
            continue
        b = stack.pop()
        a = stack.pop()
        if val == "+":
            stack.append(a + b)
        elif val == "-":
            stack.append(a - b)
        elif val == "*":
            stack.append(a * b)
        else:
            stack.append(a // b)
    return stack[0]

for expr in ["3 4 +", "10 2 8 * + 3 -", "100 7 /", "2 3 4 * *", "99999999999 99999999999 *"]:
    toks = tokenize(expr)
    print(expr, "=>", rpn(toks), len(toks))
print(tokenize("12+3"))
