# Immutable value types on int/str/tuple/frozenset/bytes: __new__
# normalising the value, custom reprs, arithmetic returning plain values,
# operator overrides calling the base through super().


class Money(int):
    """Amounts in cents."""

    def __new__(cls, amount):
        if isinstance(amount, str):
            amount = round(float(amount.strip("$")) * 100)
        return super().__new__(cls, amount)

    def __repr__(self):
        return f"Money({int(self)})"

    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"

    def __add__(self, other):
        return Money(super().__add__(other))

    __radd__ = __add__


prices = [Money("$3.50"), Money(125), Money("10")]
print(prices, [str(p) for p in prices])
total = sum(prices)
print(total, repr(total), type(total).__name__, int(total), total == 1475)
print(Money(250) * 2, type(Money(250) * 2).__name__, Money(250) - 50, Money(7) // 2, -Money(5))
print(f"{Money(99):>8}", f"{Money(99)!r}", "%d cents" % Money(99), "%s" % Money(99))
print(sorted(prices), max(prices), Money(100) < 150, hash(Money(42)) == hash(42))
print({Money(5): "five"}[5], bool(Money(0)), bool(Money(1)), Money(3).bit_length())
print(isinstance(total, int), issubclass(Money, int), Money.__mro__)


class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().lower().replace(" ", "-"))

    @property
    def namespace(self):
        return self.split(":", 1)[0] if ":" in self else None


tags = [Tag("  Release Notes "), Tag("Kind:Bug"), Tag("urgent")]
print(tags, [t.namespace for t in tags], Tag("A B") == "a-b", "kind" in tags[1])
print(", ".join(tags), tags[0].upper(), tags[0][:7], len(tags[0]), tags[1].split(":"))
print(sorted(tags), {t: i for i, t in enumerate(tags)}["urgent"], type(tags[0] + "!").__name__)
print(f"<{tags[2]:^10}>", tags[2].center(10, "*"), str(tags[2]), type(str(tags[2])).__name__)


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


p = Point(1, 2) + Point(10, 20)
print(p, p.x, p.y, len(p), p == (11, 22), p[::-1], list(p), tuple(p))
a, b = p
print(a, b, {p: "here"}[(11, 22)], sorted([Point(2, 1), Point(1, 5)]))


class Perms(frozenset):
    def allows(self, *names):
        return all(n in self for n in names)


admin = Perms(["read", "write", "delete"])
print(admin.allows("read", "write"), admin.allows("root"), sorted(admin | {"root"}))
print(type(admin | {"x"}).__name__, len(admin), {admin: 1}[frozenset(["read", "write", "delete"])])


class Blob(bytes):
    def hexdump(self):
        return " ".join(f"{b:02x}" for b in self)


blob = Blob(b"hi!")
print(blob, blob.hexdump(), len(blob), blob.decode(), blob == b"hi!", blob[0])
