# asyncio.sleep(0) and small sleeps inside sequential code
import asyncio

async def countdown(n):
    steps = []
    while n > 0:
        await asyncio.sleep(0)
        steps.append(n)
        n -= 1
    return steps

async def main():
    print(await countdown(5))
    total = 0
    for i in range(10):
        await asyncio.sleep(0)
        total += i
    print(total)
    r = await asyncio.sleep(0.002)
    print("sleep returns", r)
    results = await asyncio.gather(countdown(2), countdown(3), asyncio.sleep(0))
    print(results)

asyncio.run(main())
