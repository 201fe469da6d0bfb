# sensor readings: cleaning, rolling averages, anomalies, daily summaries
READINGS = """
2024-07-01 00:00 21.5
2024-07-01 06:00 19.8
2024-07-01 12:00 27.3
2024-07-01 18:00 25.1
2024-07-02 00:00 20.9
2024-07-02 06:00 -99
2024-07-02 12:00 29.8
2024-07-02 18:00 26.4
2024-07-03 00:00 22.0
2024-07-03 06:00 20.4
2024-07-03 12:00 41.9
2024-07-03 18:00 27.7
"""
rows = []
for line in READINGS.strip().splitlines():
    day, time, value = line.split()
    rows.append((day, time, float(value)))

valid = [(d, t, v) for d, t, v in rows if -50 < v < 60]
print(f"{len(rows)} readings, {len(rows) - len(valid)} rejected")

def rolling(values, n):
    out = []
    for i in range(len(values)):
        window = values[max(0, i - n + 1):i + 1]
        out.append(round(sum(window) / len(window), 2))
    return out

temps = [v for _, _, v in valid]
for (d, t, v), avg in zip(valid, rolling(temps, 3)):
    print(f"{d} {t} {v:5.1f} avg3={avg:6.2f}")

mean = sum(temps) / len(temps)
sd = (sum((x - mean) ** 2 for x in temps) / (len(temps) - 1)) ** 0.5
print(f"mean={mean:.3f} sd={sd:.3f}")
for d, t, v in valid:
    z = (v - mean) / sd
    if abs(z) > 1.5:
        print(f"anomaly: {d} {t} {v} (z={z:+.2f})")

daily = {}
for d, _, v in valid:
    daily.setdefault(d, []).append(v)
for d, vs in daily.items():
    print(f"{d}: min {min(vs):5.1f} max {max(vs):5.1f} mean {sum(vs) / len(vs):6.2f} range {max(vs) - min(vs):.1f}")
warmest = max(daily, key=lambda d: sum(daily[d]) / len(daily[d]))
print("warmest day:", warmest)
