# an ETL pipeline of generators: read -> parse -> validate -> enrich -> aggregate
RAW = """id,name,country,amount,currency
1,Ann,NO,100.50,NOK
2,Bob,SE,,SEK
3,Cat,US,42.00,USD
4,Dan,XX,10,EUR
five,Eve,US,5,USD
6,Fay,NO,250,NOK
7,Gus,US,17.25,usd
8,Hal,SE,75,SEK
"""
RATES = {"NOK": 0.094, "SEK": 0.091, "USD": 1.0, "EUR": 1.08}
COUNTRIES = {"NO": "Norway", "SE": "Sweden", "US": "United States"}
rejected = []

def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield lineno, line

def parse_csv(lines):
    header = None
    for lineno, line in lines:
        fields = line.split(",")
        if header is None:
            header = fields
            continue
        yield lineno, dict(zip(header, fields))

def validate(rows):
    for lineno, row in rows:
        problems = []
        if not row["id"].isdigit():
            problems.append("id not numeric")
        if not row["amount"]:
            problems.append("missing amount")
        if row["country"] not in COUNTRIES:
            problems.append(f"unknown country {row['country']}")
        if problems:
            rejected.append((lineno, problems))
            continue
        yield row

def enrich(rows):
    for row in rows:
        cur = row["currency"].upper()
        usd = round(float(row["amount"]) * RATES[cur], 2)
        yield {**row, "id": int(row["id"]), "currency": cur, "usd": usd, "country_name": COUNTRIES[row["country"]]}

def aggregate(rows):
    totals = {}
    for row in rows:
        bucket = totals.setdefault(row["country_name"], {"n": 0, "usd": 0.0, "ids": []})
        bucket["n"] += 1
        bucket["usd"] = round(bucket["usd"] + row["usd"], 2)
        bucket["ids"].append(row["id"])
    return totals

pipeline = enrich(validate(parse_csv(read_lines(RAW))))
first = next(pipeline)
print("first:", first)
totals = aggregate(pipeline)
for country, t in sorted(totals.items()):
    print(f"{country:<14} n={t['n']} usd={t['usd']:>7.2f} ids={t['ids']}")
for lineno, problems in rejected:
    print(f"line {lineno} rejected: {'; '.join(problems)}")
print("grand total:", round(sum(t["usd"] for t in totals.values()) + first["usd"], 2))
