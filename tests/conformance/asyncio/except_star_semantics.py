# except* (PEP 654): splitting nested groups, naked exceptions, re-raise, new raises, finally
import asyncio

def show(label, e):
    print(label, type(e).__name__, repr(e))

def run(make):
    try:
        make()
    except* ValueError as eg:
        show("  value part:", eg)
    except* (TypeError, KeyError) as eg:
        show("  type/key part:", eg)
    print("  handled all")

def nested():
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError("t"), KeyError("k")])])

def naked():
    raise KeyError("naked")

print("nested:")
run(nested)
print("naked:")
run(naked)

print("unmatched rest propagates:")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2), RuntimeError(3)])
    except* ValueError:
        print("  got the ValueError")
except ExceptionGroup as rest:
    show("  rest:", rest)

print("bare raise keeps the original structure:")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("  ", e)

print("a new exception joins the rest:")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise RuntimeError("replacement") from eg
except ExceptionGroup as e:
    show("  ", e)
    print("  cause of first:", repr(e.exceptions[0].__cause__))

print("naked exception re-raised is wrapped:")
try:
    try:
        raise OSError("disk")
    except* OSError:
        raise
except ExceptionGroup as e:
    show("  ", e)

print("naked exception not matched stays naked:")
try:
    try:
        raise OSError("disk")
    except* ValueError:
        print("  not here")
except OSError as e:
    show("  ", e)

print("finally and else:")
def with_finally(fail):
    try:
        if fail:
            raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        print("  handled")
    else:
        print("  else ran")
    finally:
        print("  finally ran")
with_finally(True)
with_finally(False)

print("invalid except* types:")
for bad in (ExceptionGroup, (ValueError, ExceptionGroup), 42):
    try:
        try:
            raise ValueError("x")
        except* bad:
            pass
    except TypeError as e:
        print("  TypeError:", e)

async def fail(kind, delay):
    await asyncio.sleep(delay)
    raise kind(f"{kind.__name__} after {delay}")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError, 0.01))
            tg.create_task(fail(ValueError, 0.01))
    except* ValueError as eg:
        print("task group:", len(eg.exceptions), sorted(str(e) for e in eg.exceptions))
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(TypeError, 0))
        except* ValueError:
            print("not here")
    except* TypeError as eg:
        print("outer try caught:", repr(eg))
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        await asyncio.sleep(0)
        print("await inside except*:", repr(eg))

asyncio.run(main())
