# scaling recipes with unit normalisation and readable quantities
RECIPE = {
    "name": "pancakes",
    "serves": 4,
    "ingredients": [("flour", 250, "g"), ("milk", 0.5, "l"), ("eggs", 2, "pcs"), ("sugar", 2, "tbsp"),
                    ("salt", 0.25, "tsp"), ("butter", 30, "g")],
}
TO_BASE = {"g": ("g", 1), "kg": ("g", 1000), "l": ("ml", 1000), "ml": ("ml", 1), "tbsp": ("ml", 15), "tsp": ("ml", 5), "pcs": ("pcs", 1)}

def normalise(qty, unit):
    base, factor = TO_BASE[unit]
    return qty * factor, base

def pretty(qty, unit):
    if unit == "g" and qty >= 1000:
        return f"{qty / 1000:g} kg"
    if unit == "ml":
        if qty >= 1000:
            return f"{qty / 1000:g} l"
        if qty < 15:
            return f"{qty / 5:g} tsp"
        if qty < 60:
            return f"{qty / 15:g} tbsp"
    if unit == "pcs":
        whole = round(qty)
        return f"{whole} pcs" if abs(whole - qty) < 1e-9 else f"~{qty:.1f} pcs"
    return f"{qty:g} {unit}"

def scale(recipe, serves):
    k = serves / recipe["serves"]
    out = []
    for name, qty, unit in recipe["ingredients"]:
        base_qty, base_unit = normalise(qty, unit)
        out.append((name, round(base_qty * k, 3), base_unit))
    return out

for serves in [1, 4, 6, 10]:
    scaled = scale(RECIPE, serves)
    print(f"{RECIPE['name']} for {serves}:")
    for name, qty, unit in scaled:
        print(f"  {name:<7} {pretty(qty, unit)}")
shopping = {}
for serves in [6, 10]:
    for name, qty, unit in scale(RECIPE, serves):
        key = (name, unit)
        shopping[key] = round(shopping.get(key, 0) + qty, 3)
print("shopping list:", ", ".join(f"{n} {pretty(q, u)}" for (n, u), q in shopping.items()))
