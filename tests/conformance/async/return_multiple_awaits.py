# returning tuples built from several awaits; unpacking awaited results
import asyncio

async def pair(a, b):
    return (await get(a))["args"][0], (await get(b))["args"][0]

async def stats(xs):
    lo = min(xs)
    hi = max(xs)
    r = await get(lo, hi)
    return r["args"][0], r["args"][1], hi - lo

async def main():
    x, y = await pair("left", "right")
    print(x, y)
    lo, hi, spread = await stats([5, 3, 9, 1])
    print(lo, hi, spread)
    (a, b), c = await pair(1, 2), await get("c")
    print(a, b, c["args"])
    x, y = y, (await get(x))["args"][0]
    print(x, y)

asyncio.run(main())
