# fractions.Fraction construction, exact arithmetic, mixing with int/float, rounding and errors.
from fractions import Fraction
import math
a = Fraction(3, 4); b = Fraction("1/6"); c = Fraction(1.5); d = Fraction("-2.25e1")
print(a, b, c, d, repr(a), Fraction(10, -4), Fraction(), Fraction(Fraction(1, 3), Fraction(2, 3)))
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(d), a ** 2, a ** -2, 2 ** Fraction(2), a + 1, 1 - a, a * 0.5, a == 0.75, a < 1, a > b)
print(float(a), int(d), math.floor(d), math.ceil(d), round(Fraction(5, 2)), round(Fraction(7, 3), 2), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2))
print(Fraction(3.14159).limit_denominator(1000), Fraction("0.333").limit_denominator(10), a.numerator, a.denominator, a.as_integer_ratio())
print(sum([Fraction(1, n) for n in range(1, 7)]), sorted([Fraction(1, 3), 0.25, 1, Fraction(1, 2)]), {Fraction(1, 2): "half"}[Fraction(2, 4)])
print(divmod(Fraction(7, 2), 2), Fraction(1, 3) == Fraction(2, 6), bool(Fraction(0)), max(Fraction(1, 3), Fraction(2, 7)))
for bad in [lambda: Fraction(1, 0), lambda: Fraction("abc"), lambda: a / 0, lambda: Fraction(1.5, 2)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

