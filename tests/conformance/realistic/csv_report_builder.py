# build a CSV-like report by hand with quoting and alignment
ROWS = [
    {"name": "Widget, large", "qty": 3, "price": 12.5, "note": 'says "hi"'},
    {"name": "Gadget", "qty": 12, "price": 3.999, "note": ""},
    {"name": "Gizmo", "qty": 0, "price": 100.0, "note": "multi\nline"},
]
COLUMNS = ["name", "qty", "price", "total", "note"]

def quote(value):
    s = f"{value:.2f}" if isinstance(value, float) else str(value)
    if any(ch in s for ch in ',"\n'):
        s = '"' + s.replace('"', '""') + '"'
    return s

def to_csv(rows):
    lines = [",".join(COLUMNS)]
    for r in rows:
        r = {**r, "total": r["qty"] * r["price"]}
        lines.append(",".join(quote(r[c]) for c in COLUMNS))
    return "\n".join(lines)

def parse_csv(text):
    rows, field, row, in_q, i = [], "", [], False, 0
    while i < len(text):
        ch = text[i]
        if in_q:
            if ch == '"' and text[i + 1:i + 2] == '"':
                field += '"'
                i += 1
            elif ch == '"':
                in_q = False
            else:
                field += ch
        elif ch == '"':
            in_q = True
        elif ch == ",":
            row.append(field)
            field = ""
        elif ch == "\n":
            row.append(field)
            rows.append(row)
            row, field = [], ""
        else:
            field += ch
        i += 1
    row.append(field)
    rows.append(row)
    return rows

csv_text = to_csv(ROWS)
print(csv_text)
print("---")
parsed = parse_csv(csv_text)
for row in parsed:
    print(row)
widths = [max(len(repr(r[i])) for r in parsed) for i in range(len(COLUMNS))]
for row in parsed:
    print(" | ".join(repr(v).ljust(w) for v, w in zip(row, widths)))
print(parsed[1][0] == ROWS[0]["name"], parsed[3][4] == ROWS[2]["note"])
