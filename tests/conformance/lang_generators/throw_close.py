# throw() and close() on generators; finally blocks run
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad value"))
w.send(2)
w.close()
print("closed")
w.close()
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(f, "done"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
s = stubborn()
next(s)
s.close()
