# an agent gathers candidate docs with an async comprehension, then scores them
import asyncio

async def candidates(query):
    for source in ["web", "wiki", "forum", "docs"]:
        r = await search(query, source=source)
        yield f"{r['kwargs']['source']}:{r['args'][0]}"

async def score(doc):
    r = await scorer(doc)
    return len(r["args"][0]) % 5, doc

async def main():
    docs = [d async for d in candidates("async python") if not d.startswith("forum")]
    print(docs)
    scored = [await score(d) for d in docs]
    print(sorted(scored, reverse=True)[:2])
    parallel = await asyncio.gather(*[score(d) async for d in candidates("cps")])
    print(parallel)
    by_source = {d.split(":")[0]: (await score(d))[0] async for d in candidates("q")}
    print(by_source)

asyncio.run(main())
