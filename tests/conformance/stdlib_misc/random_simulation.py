# a seeded dice simulation
import random
rng = random.Random(2024)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
hist = {}
for r in rolls:
    hist[r] = hist.get(r, 0) + 1
for total in range(2, 13):
    n = hist.get(total, 0)
    print(f"{total:>2} {n:>4} {'#' * (n // 10)}")
print(sum(rolls) / len(rolls), max(hist, key=hist.get))
deck = [r + s for s in "SHDC" for r in "23456789TJQKA"]
rng.shuffle(deck)
hands = [deck[i:i + 5] for i in range(0, 20, 5)]
for h in hands:
    print(" ".join(h))
