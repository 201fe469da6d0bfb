# awaits in chained comparisons and boolean negation
import asyncio

async def n(x):
    return (await num(x))["args"][0]

async def main():
    print(0 < await n(5) < 10)
    print(await n(1) < await n(2) < await n(3))
    print(await n(3) < await n(2) < await n(100))
    print(await n("a") == "a" != await n("b"))
    print(not await n(0), not await n(""), not await n([1]))
    flags = [await n(i) > 1 for i in range(4)]
    print(flags)
    if 1 <= await n(7) <= 9 and not await n(False):
        print("in range and not false")

asyncio.run(main())
