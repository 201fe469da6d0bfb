# keys and items views behave as sets: operators, comparisons, isdisjoint
inventory = {"apple": 3, "pear": 0, "fig": 7, "kiwi": 2}
wanted = {"fig", "kiwi", "mango"}
ks = inventory.keys()
print(sorted(ks & wanted), sorted(wanted & ks), sorted(ks - wanted), sorted(wanted - ks))
print(sorted(ks | wanted), sorted(ks ^ wanted), sorted(ks & ["fig", "nope"]), sorted(["fig", "x"] & ks))
print(type(ks & wanted).__name__, type(ks | ks).__name__, ks & set(), ks - ks)
other = {"fig": 1, "plum": 2}
print(sorted(ks & other.keys()), sorted(ks | other.keys()), sorted(other.keys() - ks))
items = inventory.items()
print(sorted(items & {("fig", 7), ("kiwi", 9)}), sorted(items - {("apple", 3)})[:2])
print(sorted(items ^ {("pear", 0), ("x", 1)}), sorted(items | [("z", 26)])[-1])
print(ks == {"apple", "pear", "fig", "kiwi"}, ks == ["apple"], ks != {"apple"})
print(ks >= {"fig"}, ks < {"fig"}, {"fig", "kiwi"} <= ks, ks.isdisjoint({"mango"}), ks.isdisjoint(["fig"]))
print(items == {("apple", 3), ("pear", 0), ("fig", 7), ("kiwi", 2)}, ("fig", 7) in items, ("fig", 8) in items)
restock = {k for k, v in inventory.items() if v == 0} | (wanted - ks)
print(sorted(restock))
inventory["mango"] = 5
print(sorted(ks & wanted), len(ks), "mango" in ks)
for bad in (5, None):
    try:
        ks & bad
    except TypeError as e:
        print("TypeError:", e)
try:
    inventory.values() & {1}
except TypeError as e:
    print("TypeError:", e)
