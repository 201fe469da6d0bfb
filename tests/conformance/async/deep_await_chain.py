# a deep chain of coroutines awaiting each other (stackless runtimes must cope)
import asyncio

async def depth(n):
    if n == 0:
        r = await bottom("reached")
        return r["args"][0]
    return await depth(n - 1)

async def count(n):
    if n == 0:
        return 0
    return 1 + await count(n - 1)

async def main():
    print(await depth(300))
    print(await count(400))
    results = await asyncio.gather(count(50), count(100), depth(10))
    print(results)

asyncio.run(main())
