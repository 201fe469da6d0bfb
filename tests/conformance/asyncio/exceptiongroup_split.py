# ExceptionGroup.split/subgroup/derive (types, tuples, predicates), on a TaskGroup's errors too
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup((TypeError, KeyError))))
print(eg.subgroup(OSError))
print(repr(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))
print(eg.subgroup(lambda e: True) is eg, eg.split(ExceptionGroup)[0] is eg)
d = eg.derive([OSError("x")])
print(repr(d), type(d).__name__, d.__cause__)
print(repr(eg.derive([KeyboardInterrupt()])))
try:
    eg.split(42)
except TypeError as e:
    print(e)

import asyncio

async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(n) if n % 2 else TypeError(n)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(bad(i))
    except ExceptionGroup as eg:
        vals, rest = eg.split(ValueError)
        print(sorted(e.args[0] for e in vals.exceptions), sorted(e.args[0] for e in rest.exceptions))
        print(eg.subgroup(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] == 2))

asyncio.run(main())
