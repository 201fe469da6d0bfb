# a grade book: weighted averages, letter grades, ranking, per-assignment stats
WEIGHTS = {"hw": 0.3, "midterm": 0.3, "final": 0.4}
STUDENTS = {
    "alice": {"hw": [95, 88, 92], "midterm": 84, "final": 91},
    "bob": {"hw": [70, 65, 0], "midterm": 72, "final": 68},
    "carol": {"hw": [100, 100, 98], "midterm": 95, "final": 97},
    "dave": {"hw": [85, 90, 80], "midterm": 60, "final": 75},
    "erin": {"hw": [88, 92], "midterm": 91, "final": 89},
}
CUTOFFS = [(93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (70, "C"), (60, "D"), (0, "F")]

def letter(score):
    for cut, grade in CUTOFFS:
        if score >= cut:
            return grade

def weighted(record, n_hw=3):
    hw = record["hw"] + [0] * (n_hw - len(record["hw"]))
    hw_avg = sum(hw) / n_hw
    return hw_avg * WEIGHTS["hw"] + record["midterm"] * WEIGHTS["midterm"] + record["final"] * WEIGHTS["final"]

results = []
for name, rec in STUDENTS.items():
    score = weighted(rec)
    results.append((name, round(score, 2), letter(score)))

results.sort(key=lambda r: (-r[1], r[0]))
print(f"{'rank':<5}{'name':<8}{'score':>7}  grade")
for rank, (name, score, grade) in enumerate(results, 1):
    print(f"{rank:<5}{name:<8}{score:>7.2f}  {grade}")

dist = {}
for _, _, g in results:
    dist[g[0]] = dist.get(g[0], 0) + 1
print("distribution:", dict(sorted(dist.items())))

for i in range(3):
    col = [rec["hw"][i] if i < len(rec["hw"]) else 0 for rec in STUDENTS.values()]
    print(f"hw{i + 1}: min={min(col)} max={max(col)} mean={sum(col) / len(col):.1f}")

scores = [s for _, s, _ in results]
mean = sum(scores) / len(scores)
sd = (sum((s - mean) ** 2 for s in scores) / len(scores)) ** 0.5
print(f"class mean {mean:.3f}, sd {sd:.3f}")
print("above mean:", [n for n, s, _ in results if s > mean])
print("missing homework:", [n for n, rec in STUDENTS.items() if len(rec["hw"]) < 3 or 0 in rec["hw"]])
