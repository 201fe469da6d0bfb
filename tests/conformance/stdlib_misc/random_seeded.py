# pycps: xfail
# random with a fixed seed is deterministic
import random
random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randint(1, 6), random.randrange(0, 100, 5))
print(random.choice("abcdef"), random.choice([10, 20, 30]))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5), random.uniform(1.5, 2.5))
print(random.choices(["red", "green", "blue"], weights=[5, 1, 1], k=8))
rng = random.Random(7)
print([rng.randint(0, 9) for _ in range(10)])
rng2 = random.Random(7)
print([rng2.randint(0, 9) for _ in range(10)])
random.seed("text seed")
print(random.random())
print(round(random.gauss(0, 1), 12))
