# stream results from a tool-backed async generator, stop at a budget, close it
import asyncio

async def search_stream(query):
    try:
        page = 0
        while True:
            r = await search_page(query, page=page)
            for i in range(2):
                yield f"{r['args'][0]}-p{r['kwargs']['page']}-{i}"
            page += 1
    finally:
        closed.append(query)

closed = []

async def collect(query, budget):
    out = []
    gen = search_stream(query)
    async for hit in gen:
        out.append(hit)
        if len(out) >= budget:
            break
    await gen.aclose()
    return out

async def main():
    print(await collect("cps", 3))
    results = await asyncio.gather(collect("a", 2), collect("b", 5))
    print(results)
    print(sorted(closed))

asyncio.run(main())
