# recursive functions
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(5), fact(25))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:3])

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out

print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

def depth(tree):
    if not tree:
        return 0
    return 1 + max([depth(c) for c in tree.get("children", [])] + [0])

print(depth({"children": [{"children": []}, {"children": [{"children": [{}]}]}]}))

def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]

print(power_set([1, 2, 3]))
print(sum([fact(i) for i in range(10)]))
