# gather with no arguments, one argument, duplicates and plain coroutines
import asyncio

async def const(x):
    return x

async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(const(1)))
    one = await asyncio.gather(tool("solo"))
    print(one[0]["args"])
    rs = await asyncio.gather(const("a"), tool("b"), const(None), tool())
    print(rs)
    coros = [const(i * 2) for i in range(5)]
    print(await asyncio.gather(*coros))
    print(len(await asyncio.gather(*[tool(i) for i in range(25)])))

asyncio.run(main())
