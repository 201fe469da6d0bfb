# iterative and memoized fibonacci, with big results
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

for n in [0, 1, 2, 10, 50, 92, 93, 100, 150]:
    print(n, fib(n))

memo = {0: 0, 1: 1}

def fib_memo(n):
    cached = memo.get(n)
    if cached != None:
        return cached
    result = fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result

print(fib_memo(120) == fib(120))
print(len(memo))
evens = [fib(i) for i in range(40) if fib(i) % 2 == 0]
print(evens)
print(sum(evens))
