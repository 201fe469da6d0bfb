# render data as a markdown table with alignment and totals
DATA = [
    {"team": "Platform", "q1": 120500, "q2": 98000.5, "head": 12, "lead": "Ann"},
    {"team": "Mobile", "q1": 80250, "q2": 110300, "head": 8, "lead": "Bob"},
    {"team": "Data", "q1": 45000, "q2": 47800.25, "head": 5, "lead": "Cat"},
    {"team": "Infra & Ops", "q1": 150000, "q2": 149000, "head": 15, "lead": "Dan"},
]

def fmt(value):
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)

def table(rows, columns):
    cells = [[fmt(r[c]) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    numeric = [all(isinstance(r[c], (int, float)) for r in rows) for c in columns]
    def line(values):
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)]
        return "| " + " | ".join(parts) + " |"
    out = [line(columns)]
    out.append("|" + "|".join(("-" * (w + 1) + ":") if num else (":" + "-" * (w + 1)) for w, num in zip(widths, numeric)) + "|")
    out.extend(line(row) for row in cells)
    return "\n".join(out)

for row in DATA:
    row["growth"] = round((row["q2"] - row["q1"]) / row["q1"] * 100, 1)
    row["per_head"] = round(row["q2"] / row["head"], 2)
print(table(DATA, ["team", "lead", "q1", "q2", "growth"]))
print()
totals = {"team": "TOTAL", "lead": "", "q1": sum(r["q1"] for r in DATA), "q2": sum(r["q2"] for r in DATA)}
totals["growth"] = round((totals["q2"] - totals["q1"]) / totals["q1"] * 100, 1)
print(table(DATA + [totals], ["team", "q1", "q2", "growth"]))
print()
print(table(sorted(DATA, key=lambda r: -r["per_head"]), ["team", "head", "per_head"]))
