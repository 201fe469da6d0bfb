# recursive functions
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(fact(20), fact(50))
print([fib(i) for i in range(15)], fib(90))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
m = hanoi(4, "A", "C", "B", [])
print(len(m), m[:5])
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
