# Mixins next to a built-in base, overrides of iteration/indexing, and
# attributes set in __new__ of an immutable base.
import json


class Describe:
    def describe(self):
        return f"{type(self).__name__} with {len(self)} items"


class Bag(Describe, list):
    pass


class Inventory(Describe, dict):
    def __iter__(self):
        # Iterate keys in sorted order; items()/values() are unaffected.
        return iter(sorted(super().__iter__()))


b = Bag(["x", "y"])
inv = Inventory(pears=3, apples=5, figs=0)
print(b.describe(), inv.describe(), isinstance(b, Describe), Bag.__mro__)
print(list(inv), [k for k in inv], list(inv.items()), dict(inv) == inv)
print(json.dumps(inv), json.dumps(b), sorted(inv, key=inv.get))


class Clamped(list):
    """Indexing past the end answers the last item."""

    def __getitem__(self, i):
        if isinstance(i, int) and i >= len(self):
            i = len(self) - 1
        return super().__getitem__(i)


c = Clamped([10, 20, 30])
print(c[0], c[2], c[99], c[-1], c[:2], [x for x in c], list(c))


class Temperature(int):
    def __new__(cls, degrees, unit="C"):
        obj = super().__new__(cls, degrees)
        obj.unit = unit
        return obj

    def __str__(self):
        return f"{int(self)}°{self.unit}"


readings = [Temperature(21), Temperature(70, "F"), Temperature(-3)]
print([str(t) for t in readings], min(readings), max(readings).unit)
print(sum(readings), readings[0] + 1, f"{readings[2]}", f"{readings[2]:+d}", readings[0].__dict__)


class Row(tuple):
    def __new__(cls, *fields):
        return super().__new__(cls, fields)

    def as_csv(self):
        return ",".join(map(str, self))


rows = [Row("id", "name"), Row(1, "ada"), Row(2, "lin")]
print([r.as_csv() for r in rows], rows[1] + ("x",), len(Row()), rows[2][1:])
print(sorted(rows[1:], key=lambda r: r[1], reverse=True), Row(1, "ada") == (1, "ada"))
