# standard deviation and z-scores using math
import math
samples = [2.3, 4.1, 3.3, 5.9, 4.4, 3.8, 6.2, 2.9]
n = len(samples)
mean = math.fsum(samples) / n
sd = math.sqrt(math.fsum((x - mean) ** 2 for x in samples) / (n - 1))
print(f"mean={mean:.4f} sd={sd:.4f}")
for x in samples:
    z = (x - mean) / sd
    bar = "#" * int(round(abs(z) * 4))
    print(f"{x:5.1f} {z:+.3f} {bar}")
print(round(math.sqrt(sum(x * x for x in samples) / n), 6))
