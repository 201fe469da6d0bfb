# Namedtuples behave as tuples (isinstance, JSON, sorting, +, *, slicing),
# and methods of collections/re objects can be taken as values
# (`f = d.append`, `key=counter.get`, `filter(pattern.match, ...)`).
import json
import re
from collections import Counter, OrderedDict, deque, namedtuple

Row = namedtuple("Row", "name score")
rows = [Row("b", 2), Row("a", 2), Row("c", 1)]
print(isinstance(rows[0], tuple), json.dumps(rows), json.dumps({"top": rows[0]}))
print(sorted(rows), min(rows), max(rows, key=lambda r: r.score))
print(rows[0] + ("x",), rows[0] * 2, rows[0][::-1], list(rows[0]), tuple(rows[0]) == ("b", 2))
replace = rows[0]._replace
as_dict = rows[1]._asdict
print(replace(score=9), as_dict(), hasattr(rows[0], "_make"), rows[0].count(2), rows[0].index(2))

d = deque(maxlen=3)
push = d.append
for i in range(5):
    push(i)
pop_left = d.popleft
print(d, pop_left(), d)

words = "the cat and the hat and the bat".split()
counts = Counter(words)
top = counts.most_common
print(top(2), sorted(set(words), key=counts.get, reverse=True)[:2])

pat = re.compile(r"\d+")
find = pat.findall
print(find("a1b22c333"), list(filter(pat.match, ["12a", "b3", "45"])))
m = pat.search("x42y")
group = m.group
print(group(), m.span())

od = OrderedDict((w, len(w)) for w in ["pear", "fig", "kiwi"])
move = od.move_to_end
move("pear")
print(od, deque(x * x for x in range(4)))
try:
    counts.nope
except AttributeError as e:
    print(e)
