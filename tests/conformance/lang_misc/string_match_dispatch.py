# match on strings and literal patterns for a tiny calculator
def calc(tokens):
    stack = []
    for tok in tokens.split():
        match tok:
            case "+" | "-" | "*" | "/":
                b, a = stack.pop(), stack.pop()
                match tok:
                    case "+": stack.append(a + b)
                    case "-": stack.append(a - b)
                    case "*": stack.append(a * b)
                    case "/": stack.append(a / b)
            case "dup":
                stack.append(stack[-1])
            case "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            case _:
                stack.append(float(tok) if "." in tok else int(tok))
    return stack
for expr in ["3 4 +", "10 2 8 * + 3 -", "2 dup *", "1 2 swap -", "7 2 /", "1.5 2 *"]:
    print(f"{expr:<18} => {calc(expr)}")
