# recursion a few hundred frames deep, well under the default limit of 1000
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

def build(n):
    if n == 0:
        return []
    inner = build(n - 1)
    inner.append(n)
    return inner

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(sum_to(900))
print(len(build(500)), build(500)[-3:])
print(is_even(600), is_odd(601), is_even(7))
