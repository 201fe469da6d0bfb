# default values are evaluated once at definition time
counter = [0]
def make_default():
    counter[0] += 1
    return counter[0]
def f(x=make_default()):
    return x
print(f(), f(), f(10), counter)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
n = 5
def g(x=n):
    return x
n = 6
print(g(), n)
def h(a, b=None, *, c=[]):
    c.append(a)
    return b, c
print(h(1), h(2, "b"))
print(f.__defaults__, h.__kwdefaults__ is not None)
