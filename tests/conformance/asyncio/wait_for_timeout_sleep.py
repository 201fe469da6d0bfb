# wait_for raises TimeoutError (the builtin one in 3.11) when the inner awaitable is too slow
import asyncio

async def stuck_service():
    await asyncio.sleep(10)
    return "never"

async def fast_service():
    await asyncio.sleep(0.001)
    return "fast answer"

async def main():
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(stuck_service(), timeout=0.02)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, repr(str(e)))
    try:
        await asyncio.wait_for(stuck_service(), 0.01)
    except asyncio.TimeoutError:
        print("also catchable as asyncio.TimeoutError")
    print(await asyncio.wait_for(fast_service(), timeout=1))
    print(await asyncio.wait_for(fast_service(), timeout=None))
    print(issubclass(TimeoutError, OSError))

asyncio.run(main())
