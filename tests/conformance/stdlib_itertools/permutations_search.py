# brute-force search with permutations (small TSP)
from itertools import permutations
import math
cities = {"A": (0, 0), "B": (3, 4), "C": (6, 0), "D": (3, -4)}
def tour_length(order):
    pts = [cities[c] for c in order] + [cities[order[0]]]
    return sum(math.dist(p, q) for p, q in zip(pts, pts[1:]))
best = min((("A",) + p for p in permutations("BCD")), key=tour_length)
print(best, tour_length(best))
lengths = sorted({round(tour_length(("A",) + p), 6) for p in permutations("BCD")})
print(lengths)
digits = [p for p in permutations(range(1, 5), 3) if p[0] + p[1] == p[2]]
print(digits)
