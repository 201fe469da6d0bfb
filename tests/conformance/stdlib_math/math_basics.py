# math module functions and constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-1.5), math.ceil(-1.5), math.trunc(1.9), math.fabs(-3))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6), math.factorial(20))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(17), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(2 ** 70 + 0.0), type(math.floor(2.5)).__name__, math.remainder(7, 4))
