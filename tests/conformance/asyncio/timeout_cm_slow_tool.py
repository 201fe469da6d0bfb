# pycps: scheduler=eager
# deadlines around tool calls of very different latencies: the outcome follows the latencies
import asyncio

async def fetch_with_deadline(tool, key, seconds):
    try:
        async with asyncio.timeout(seconds):
            r = await tool(key)
            return f"{key}: {r['tool']}"
    except TimeoutError:
        return f"{key}: timed out"

async def main():
    print(await fetch_with_deadline(fast_cache, "k1", 0.5))
    print(await fetch_with_deadline(slow_db, "k2", 0.02))
    results = await asyncio.gather(
        fetch_with_deadline(slow_db, "a", 0.02),
        fetch_with_deadline(fast_cache, "b", 0.5),
        fetch_with_deadline(slow_db, "c", 0.9),
    )
    print(results)

asyncio.run(main())
