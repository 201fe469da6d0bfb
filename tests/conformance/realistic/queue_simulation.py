# a seeded bank-queue simulation: arrivals, tellers, waiting-time statistics
import random
import statistics

rng = random.Random(17)
customers = []
t = 0.0
for i in range(40):
    t += rng.expovariate(1 / 1.5)
    customers.append((round(t, 3), round(rng.uniform(1.0, 5.0), 3)))

def simulate(n_tellers):
    free_at = [0.0] * n_tellers
    waits, served_by = [], [0] * n_tellers
    for arrival, service in customers:
        teller = min(range(n_tellers), key=lambda k: (free_at[k], k))
        start = max(arrival, free_at[teller])
        waits.append(start - arrival)
        free_at[teller] = start + service
        served_by[teller] += 1
    return waits, served_by, max(free_at)

print(f"{len(customers)} customers, last arrival at {customers[-1][0]:.2f}")
for n in [1, 2, 3]:
    waits, served, end = simulate(n)
    print(f"tellers={n} mean wait={statistics.mean(waits):7.3f} median={statistics.median(waits):7.3f} "
          f"max={max(waits):7.3f} waited>5: {sum(w > 5 for w in waits):>2} served={served} closes={end:.2f}")
