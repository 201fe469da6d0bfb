# background tasks started early, polled with done(), results consumed when needed
import asyncio

async def warm_cache(region):
    r = await cache_warm(region)
    return f"{r['args'][0]} warm"

async def main():
    bg = [asyncio.create_task(warm_cache(r)) for r in ["eu", "us", "ap"]]
    print("started", len(bg), "background tasks")
    print("done immediately:", [t.done() for t in bg])
    answer = await quick_answer("hi")
    print("answered:", answer["tool"])
    while not all(t.done() for t in bg):
        await asyncio.sleep(0.005)
    print("all warm:", [t.result() for t in bg])
    extra = asyncio.create_task(warm_cache("sa"))
    print(await extra, extra.done())

asyncio.run(main())
