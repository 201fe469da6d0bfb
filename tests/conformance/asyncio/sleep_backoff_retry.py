# retry a flaky tool with exponential backoff (tiny sleeps), then fall back
import asyncio

attempts = {}

async def call_with_retry(name, tool, retries=3, base=0.001):
    delays = []
    for attempt in range(retries):
        attempts[name] = attempt + 1
        try:
            return await tool(name, attempt=attempt), delays
        except RuntimeError as e:
            delay = base * 2 ** attempt
            delays.append(delay)
            await asyncio.sleep(delay)
    return {"fallback": name}, delays

async def main():
    r, delays = await call_with_retry("stable", stable_api)
    print(r["tool"], r["kwargs"], delays)
    r, delays = await call_with_retry("flaky", flaky_api)
    print(r, delays)
    results = await asyncio.gather(
        call_with_retry("p", flaky_api, retries=2),
        call_with_retry("q", stable_api),
        call_with_retry("r", flaky_api, retries=4, base=0.0005),
    )
    for res, d in results:
        print(res.get("fallback", res.get("tool")), len(d))
    print(sorted(attempts.items()))

asyncio.run(main())
