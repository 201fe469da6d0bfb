# TimeoutError from asyncio.timeout() is not caught
import asyncio

async def main():
    async with asyncio.timeout(1):
        await asyncio.sleep(0.001)
    print("first block finished in time")
    async with asyncio.timeout(0.02):
        await asyncio.sleep(3)
        print("not reached")

asyncio.run(main())
