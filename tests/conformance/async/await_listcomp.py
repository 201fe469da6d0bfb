# await inside list comprehensions, with conditions and nested loops
import asyncio

async def square(x):
    r = await compute(x)
    return r["args"][0] * r["args"][0]

async def is_wanted(x):
    r = await compute(x)
    return r["args"][0] % 2 == 1

async def main():
    xs = [1, 2, 3, 4, 5]
    print([await square(x) for x in xs])
    print([await square(x) for x in xs if x > 2])
    print([x for x in xs if await is_wanted(x)])
    print([await square(x) + y for x in [1, 2] for y in [10, 20]])
    print([(await compute(x))["args"][0] for x in "abc"])
    print(sum([await square(x) for x in range(10)]))

asyncio.run(main())
