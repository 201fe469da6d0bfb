# return await ..., chains of coroutines returning awaited values
import asyncio

async def level3(x):
    return await double(x)

async def level2(x):
    return (await level3(x))["args"][0] + 1

async def level1(x):
    return await level2(x) * 10

async def main():
    print(await level1(4))
    print(await level3("s"))
    return await level1(0)

print(asyncio.run(main()))
