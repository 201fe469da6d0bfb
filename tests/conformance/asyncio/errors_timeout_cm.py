# TimeoutError from asyncio.timeout() is not caught
import asyncio

async def step(name, seconds):
    await asyncio.sleep(seconds)
    return name

async def main():
    async with asyncio.timeout(1):
        print(await step("warm-up", 0.001))
    print("first block finished in time")
    async with asyncio.timeout(1):
        print(await asyncio.gather(step("a", 0), step("b", 0.001)))
    async with asyncio.timeout(0.02):
        await step("stuck", 3)
        print("not reached")

asyncio.run(main())
