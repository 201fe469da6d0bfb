# Scaling recipe quantities exactly with Fraction, then reporting them.
from fractions import Fraction
import math

recipe = {"flour (cups)": Fraction(9, 4), "sugar (cups)": Fraction("2/3"), "butter (cups)": Fraction(1, 2), "eggs": Fraction(2), "salt (tsp)": Fraction("0.25")}


def mixed(q):
    whole, rest = divmod(q.numerator, q.denominator)
    if rest == 0:
        return str(whole)
    frac = f"{rest}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


for servings in (Fraction(1, 2), Fraction(3, 2), 3):
    scaled = {k: v * servings for k, v in recipe.items()}
    total = sum(v for k, v in scaled.items() if "cups" in k)
    print(f"x{servings}: " + ", ".join(f"{k}={mixed(v)}" for k, v in scaled.items()), "| total cups", total, float(total))

probs = [Fraction(1, 6)] * 6
print(sum(probs), sum(p * (i + 1) for i, p in enumerate(probs)))
harmonic = sum(Fraction(1, n) for n in range(1, 11))
print(harmonic, round(float(harmonic), 6), harmonic.limit_denominator(100))
print(sorted([Fraction(2, 3), Fraction(3, 5), Fraction(5, 8), 0.6, 1]), Fraction(7, 3) // 1, Fraction(-7, 3) % 1)
print(Fraction(1, 3) + 0.5, Fraction(3, 4) == Fraction(6, 8), Fraction(1, 2) ** -3, Fraction(9, 4) ** Fraction(1, 2))
print(int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 3))
