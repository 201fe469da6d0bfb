# coroutines defined inside functions, reading enclosing variables
import asyncio

def make_fetcher(prefix, limit):
    async def fetcher(q):
        r = await search(prefix + q, limit=limit)
        return r["args"][0] + ":" + str(r["kwargs"]["limit"])
    return fetcher

async def main():
    news = make_fetcher("news/", 5)
    docs = make_fetcher("docs/", 2)
    print(await news("rust"))
    print(await docs("python"))
    results = await asyncio.gather(news("a"), docs("b"), news("c"))
    print(results)
    base = 100

    async def bump(n):
        await asyncio.sleep(0)
        return base + n

    print(await bump(1), await bump(2))
    print(await asyncio.gather(*[bump(i) for i in range(3)]))

asyncio.run(main())
