# computing mean, variance, median by hand
data = [4, 8, 15, 16, 23, 42]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
std = var ** 0.5
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
print(mean, var, std)
print(median, round(std, 4), f"{std:.3f}")
print(max(data) - min(data), sum(data) // n, sum(data) % n)
buckets = {}
for x in data:
    buckets.setdefault(x // 10 * 10, []).append(x)
print(buckets)
pct = [round(100 * x / sum(data), 1) for x in data]
print(pct, sum(pct))
