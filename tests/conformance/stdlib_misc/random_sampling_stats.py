# seeded random sampling and bootstrap estimate
import random, statistics
rng = random.Random(99)
population = [rng.gauss(50, 10) for _ in range(500)]
print(round(statistics.mean(population), 6), round(statistics.stdev(population), 6))
means = []
for _ in range(200):
    sample = rng.choices(population, k=30)
    means.append(statistics.mean(sample))
means.sort()
print(round(means[5], 6), round(means[-6], 6))
print(sorted(rng.sample(range(1, 50), 6)))
print(rng.random() < 1, f"{rng.uniform(0, 1):.10f}")
