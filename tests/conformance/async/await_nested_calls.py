# awaits nested inside the arguments of awaited calls
import asyncio

async def inc(x):
    r = await adder(x)
    return r["args"][0] + 1

async def main():
    print(await inc(await inc(await inc(0))))
    r = await adder(await inc(1), (await adder(await inc(5)))["args"][0])
    print(r["args"])
    print(await inc(len(await names())))
    print((await adder(*(await names())))["args"])

asyncio.run(main())
