# cancelling tasks stuck on slow tool calls lets the agent move on quickly
import asyncio

async def enrich(item):
    r = await slow_enrich(item)
    return r["args"][0] + "+"

async def quick(item):
    r = await fast_enrich(item)
    return r["args"][0] + "!"

async def main():
    slow = [asyncio.create_task(enrich(i)) for i in ["a", "b", "c"]]
    await asyncio.sleep(0)
    print("slow tasks waiting:", [t.done() for t in slow])
    for t in slow:
        t.cancel()
    fast = [asyncio.create_task(quick(i)) for i in ["x", "y"]]
    print(await asyncio.gather(*fast))
    outcomes = await asyncio.gather(*slow, return_exceptions=True)
    print([type(o).__name__ for o in outcomes])
    print([t.cancelled() for t in slow])
    print(await quick("z"))

asyncio.run(main())
