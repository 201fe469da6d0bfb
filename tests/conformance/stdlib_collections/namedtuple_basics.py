# namedtuple: fields, _replace, _asdict, defaults, unpacking
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p._fields, p == (1, 2), len(p))
x, y = p
print(x + y, p._replace(y=10), p._asdict(), Point._make([5, 6]))
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
staff = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cat", "eng", 95000)]
for e in sorted(staff, key=lambda e: -e.salary):
    print(f"{e.name:<5}{e.dept:<5}{e.salary:>8,}")
print(max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
print(Employee._field_defaults, repr(Employee("z", "q")))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
