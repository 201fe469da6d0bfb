# StopIteration from next() and iterators
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
print(next(it, None), next(iter(""), "empty"))
def first(pred, xs):
    try:
        return next(x for x in xs if pred(x))
    except StopIteration:
        return None
print(first(lambda x: x > 3, [1, 5, 2, 7]), first(lambda x: x > 10, [1]))
d = iter({"a": 1})
print(next(d), next(d, "end"))
