# Sorting and grouping records with operator's getters and function forms.
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
from itertools import groupby

rows = [
    {"dept": "eng", "name": "ann", "salary": 120},
    {"dept": "ops", "name": "bob", "salary": 90},
    {"dept": "eng", "name": "cid", "salary": 110},
    {"dept": "ops", "name": "dee", "salary": 95},
    {"dept": "eng", "name": "eve", "salary": 120},
]
for r in sorted(rows, key=itemgetter("dept", "salary")):
    print(r["dept"], r["salary"], r["name"])
for dept, group in groupby(sorted(rows, key=itemgetter("dept")), key=itemgetter("dept")):
    print(dept, sum(map(itemgetter("salary"), group)))
print(max(rows, key=itemgetter("salary"))["name"])


class Address:
    def __init__(self, city):
        self.city = city


class Employee:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.address = Address(city)

    def __repr__(self):
        return f"Employee({self.name!r})"


staff = [Employee("zed", 40, "Oslo"), Employee("amy", 31, "Bergen"), Employee("kim", 31, "Oslo")]
print(sorted(staff, key=attrgetter("age", "name")))
print(sorted(staff, key=attrgetter("address.city")))
print(list(map(attrgetter("name", "address.city"), staff)))

upper = methodcaller("upper")
split2 = methodcaller("split", "-", 1)
print(upper("abc"), split2("a-b-c"), methodcaller("get", "k", 0)({"k": 5}))

pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=itemgetter(1)), list(map(itemgetter(0), pairs)))
print(itemgetter(slice(1, 3))("abcdef"), itemgetter(-1)([1, 2, 3]))

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 7)))
print(list(map(operator.sub, [10, 20], [1, 2])), list(map(operator.neg, [1, -2])))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10))
print(operator.eq(1, 1.0), operator.ne("a", "a"), operator.lt(1, 2), operator.le(3, 2), operator.gt("b", "a"), operator.ge(1, 1))
print(operator.not_([]), operator.truth("x"), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {}
operator.setitem(d, "k", [1])
print(operator.getitem(d, "k"), operator.concat([1], [2]), operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1))
operator.delitem(d, "k")
print(d, operator.abs(-3), operator.index(7), operator.inv(0), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.__add__(2, 3), operator.iadd([1], [2]), operator.length_hint([1, 2, 3]), operator.length_hint(42, 5))

print(repr(itemgetter(1)), repr(itemgetter("a", "b")), repr(attrgetter("x.y")))
print(repr(attrgetter("a", "b")), repr(methodcaller("split", ",", maxsplit=2)), repr(methodcaller("strip")))
for bad in (lambda: itemgetter(), lambda: attrgetter(3), lambda: methodcaller(1), lambda: operator.indexOf([1], 9)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    attrgetter("address.zip")(staff[0])
except AttributeError as e:
    print("AttributeError:", e)
