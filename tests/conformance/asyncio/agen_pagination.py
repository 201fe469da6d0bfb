# an async generator hides pagination of a tool; async for consumes it
import asyncio

async def pages(query, page_size=3, total=8):
    offset = 0
    while offset < total:
        r = await search_api(query, offset=offset)
        n = min(page_size, total - offset)
        yield [f"{r['args'][0]}#{offset + i}" for i in range(n)]
        offset += n

async def main():
    count = 0
    async for page in pages("cps"):
        count += 1
        print("page", count, page)
    results = []
    async for page in pages("other", page_size=5, total=7):
        results.extend(page)
    print(len(results), results[-1])
    gen = pages("x")
    print(type(gen).__name__)
    print(await gen.__anext__())
    await gen.aclose()

asyncio.run(main())
