# async generators chained into a map/filter pipeline
import asyncio

async def source(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def enrich(items):
    async for i in items:
        r = await lookup(i)
        yield {"id": r["args"][0], "even": i % 2 == 0}

async def only_even(items):
    async for item in items:
        if item["even"]:
            yield item["id"]

async def take(items, k):
    out = []
    async for x in items:
        out.append(x)
        if len(out) == k:
            break
    return out

async def main():
    print([x async for x in only_even(enrich(source(10)))])
    print(await take(enrich(source(5)), 2))
    total = 0
    async for x in only_even(enrich(source(7))):
        total += x
    print("sum of even ids:", total)

asyncio.run(main())
