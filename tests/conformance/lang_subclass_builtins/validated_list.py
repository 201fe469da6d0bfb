# list subclasses: a typed list validating every way in, a stack with a
# custom repr, and what built-in operations return (plain lists).


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__(self._check(x) for x in items)

    def _check(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(
                f"{type(self).__name__} of {self.kind.__name__} "
                f"cannot hold {type(x).__name__} {x!r}")
        return x

    def append(self, x):
        super().append(self._check(x))

    def insert(self, i, x):
        list.insert(self, i, self._check(x))

    def extend(self, xs):
        super().extend(self._check(x) for x in xs)

    def __setitem__(self, i, x):
        if isinstance(i, slice):
            x = [self._check(v) for v in x]
        else:
            x = self._check(x)
        super().__setitem__(i, x)


scores = TypedList(int, [3, 1, 2])
scores.append(10)
scores.insert(0, 7)
scores.extend([4, 5])
scores[1] = 30
scores[-2:] = [40, 50]
print(scores, len(scores), scores.kind.__name__)
for bad in [lambda: scores.append("x"), lambda: scores.insert(0, 1.5),
            lambda: scores.extend([None, 1]), lambda: scores.__setitem__(0, [])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(scores)

# Built-in operations see the list.
print(sum(scores), max(scores), sorted(scores)[:3], scores.index(30), 50 in scores)
print(scores[1:3], type(scores[1:3]).__name__, type(scores + [1]).__name__)
print(scores == [7, 30, 1, 2, 10, 40, 50], scores > [7, 2], list(reversed(scores))[:2])
scores.sort(reverse=True)
print(scores, type(scores).__name__, scores.pop(), scores.count(30))
print(isinstance(scores, list), [x * 2 for x in scores][:3], bool(TypedList(str)))


class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"


s = Stack()
s.push("a").push("b").push("c")
print(s, str(s), f"{s}", [s], s.peek(), s.pop(), s, len(s))
print({"stack": s})
while s:
    s.pop()
try:
    s.peek()
except IndexError as e:
    print("IndexError:", e)
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)

s2 = Stack([1, 2])
s2 += [3]
print(s2, type(s2).__name__)
s2 *= 2
print(s2, type(s2).__name__)
try:
    hash(s2)
except TypeError as e:
    print("TypeError:", e)
try:
    Stack([1], [2])
except TypeError as e:
    print("TypeError:", e)
