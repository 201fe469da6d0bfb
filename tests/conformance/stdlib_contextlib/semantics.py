# contextmanager / asynccontextmanager / suppress / nullcontext / closing / ExitStack semantics, CPython 3.11 errors.
import asyncio
from contextlib import contextmanager, asynccontextmanager, suppress, nullcontext, closing, ExitStack, AsyncExitStack
import contextlib

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("bad math") from e
try:
    with translate():
        1 / 0
except ValueError as e:
    print("translated:", e, type(e.__cause__).__name__)

@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2
print(decorated(3), decorated.__name__)

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with closing(Res(1)) as r:
    print("using", r.n)

class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False

with ExitStack() as stack:
    vals = [stack.enter_context(CM(i)) for i in range(3)]
    stack.callback(print, "callback", "x")
    print("vals", vals)
try:
    with ExitStack() as stack:
        stack.enter_context(CM(9))
        stack.push(lambda *exc: print("push saw", exc[0].__name__))
        raise KeyError("z")
except KeyError as e:
    print("propagated", e)
with ExitStack() as stack:
    stack.enter_context(suppress(ValueError))
    raise ValueError("hidden")
print("exitstack suppressed")
stack = ExitStack()
stack.enter_context(CM(7))
s2 = stack.pop_all()
stack.close()
print("moved")
s2.close()
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(e)

@asynccontextmanager
async def session(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield {"name": name}
    finally:
        print("close", name)

async def main():
    async with session("s1") as s:
        print("using", s)
    try:
        async with session("s2"):
            raise RuntimeError("inner")
    except RuntimeError as e:
        print("caught", e)
    async with AsyncExitStack() as st:
        a = await st.enter_async_context(session("x"))
        b = st.enter_context(CM(4))
        async def cb(m): print("async cb", m)
        st.push_async_callback(cb, "bye")
        print(a, b)
    async with nullcontext(3) as n:
        print("anull", n)
asyncio.run(main())
print(isinstance(tag("q"), contextlib.AbstractContextManager))
