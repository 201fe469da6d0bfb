# pycps: xfail CPython closes a generator when its last reference drops (at `break` here); pycps has no refcounting, so its `finally` runs later
# generator state introspection via behaviour (not gi_frame)
def stepper():
    print("  step 1")
    yield "a"
    print("  step 2")
    yield "b"
    print("  step 3")
s = stepper()
for v in s:
    print("value", v)
print("done loop")
def with_return():
    yield 1
    return "ret"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
def empty():
    return
    yield
print(list(empty()))
def gen_in_try():
    try:
        yield 1
        yield 2
    finally:
        print("  finally in gen")
for v in gen_in_try():
    print("v", v)
    break
print("after break")
