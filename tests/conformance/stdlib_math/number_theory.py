# number theory with math and ints
import math
def is_prime(n):
    if n < 2:
        return False
    for p in range(2, math.isqrt(n) + 1):
        if n % p == 0:
            return False
    return True
print([n for n in range(60) if is_prime(n)])
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    print(n, factorize(n), math.prod(factorize(n)) == n)
print(math.gcd(2 ** 40, 6 ** 20), math.lcm(*range(1, 21)))
print(sum(math.comb(10, k) for k in range(11)), math.factorial(25) // math.factorial(23))
