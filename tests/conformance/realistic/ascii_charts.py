# render bar charts, sparklines and a histogram in ASCII
import math

DATA = {"mon": 12, "tue": 7, "wed": 18, "thu": 3, "fri": 15, "sat": 0, "sun": 9}

def hbar(data, width=30):
    peak = max(data.values()) or 1
    label_w = max(map(len, data))
    for k, v in data.items():
        n = v * width / peak
        full = int(n)
        half = "▌" if n - full >= 0.5 else ""
        print(f"{k:>{label_w}} │{'█' * full}{half} {v}")

def vbar(data, height=6):
    peak = max(data.values()) or 1
    for level in range(height, 0, -1):
        row = ""
        for v in data.values():
            row += " ██ " if v * height / peak >= level - 0.5 else "    "
        print(f"{level * peak / height:5.1f} │{row}")
    print("      └" + "────" * len(data))
    print("       " + "".join(f"{k:^4}" for k in data))

def sparkline(values):
    ticks = "▁▂▃▄▅▆▇█"
    lo, hi = min(values), max(values)
    span = hi - lo or 1
    return "".join(ticks[int((v - lo) / span * (len(ticks) - 1))] for v in values)

hbar(DATA)
print()
vbar(DATA)
print()
print(sparkline(list(DATA.values())), sparkline([math.sin(i / 3) for i in range(24)]))
samples = [round(50 + 15 * math.sin(i * 1.7) + 10 * math.cos(i * 0.3), 1) for i in range(60)]
bins = {}
for s in samples:
    b = int(s // 10 * 10)
    bins[f"{b}-{b + 9}"] = bins.get(f"{b}-{b + 9}", 0) + 1
hbar(dict(sorted(bins.items(), key=lambda kv: int(kv[0].split("-")[0]))), width=20)
