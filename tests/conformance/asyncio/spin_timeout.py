# Timeouts around busy code: wait_for on a slow call, a CPU-bound gather
# that yields every 100 items, and asyncio.timeout() around a loop spinning
# on sleep(0) (the deadline's timer fires although the loop never idles).
import asyncio

async def slow(i):
    try:
        await asyncio.sleep(1)
        return i
    except asyncio.CancelledError:
        print("slow", i, "cancelled")
        raise

async def busy(n):
    total = 0
    for i in range(n):
        total += i
        if i % 100 == 0:
            await asyncio.sleep(0)
    return total

async def main():
    try:
        await asyncio.wait_for(slow(1), timeout=0.01)
    except TimeoutError:
        print("timed out")
    r = await asyncio.gather(busy(5000), busy(3000))
    print(r)
    async with asyncio.timeout(0.02):
        try:
            while True:
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("spin cancelled by timeout")
            raise
try:
    asyncio.run(main())
except TimeoutError:
    print("outer timeout")
