# powers, modular exponentiation, roots
import math
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 2 ** 3 ** 2)
print(pow(2, 100, 1000000007), pow(10, 18, 7), pow(-3, 3, 7))
print(9 ** 0.5, 27 ** (1 / 3), math.sqrt(2), math.isqrt(99), math.isqrt(10 ** 20))
print(-(8 ** (1 / 3)), round(8 ** (1 / 3), 12))
print(2 ** -2, 10 ** -3, 4 ** -0.5)
print(math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
squares = [n ** 2 for n in range(1, 11)]
print(squares, sum(squares))
cubes = {n: n ** 3 for n in range(-3, 4)}
print(cubes)
