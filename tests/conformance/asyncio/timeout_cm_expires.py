# asyncio.timeout() (3.11) cancels the block and raises TimeoutError outside it
import asyncio

steps = []

async def slow_step(i):
    await asyncio.sleep(0 if i < 2 else 5)
    steps.append(i)

async def main():
    try:
        async with asyncio.timeout(0.3):
            for i in range(4):
                await slow_step(i)
        print("not reached")
    except TimeoutError:
        print("timed out after steps", steps)
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("expired:", cm.expired(), type(e).__name__)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("finished in time, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.001)
    print("no deadline:", cm.when(), cm.expired())

asyncio.run(main())
