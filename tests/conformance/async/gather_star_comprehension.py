# gather(*[tool(q) for q in queries]) fans out one call per query
import asyncio

async def main():
    queries = ["alpha", "beta", "gamma", "delta", "epsilon"]
    results = await asyncio.gather(*[search(q, page=i) for i, q in enumerate(queries)])
    for r in results:
        print(r["args"][0], r["kwargs"]["page"])
    lengths = [len(r["args"][0]) for r in results]
    print(lengths, sum(lengths))
    empty = await asyncio.gather(*[search(q) for q in []])
    print(empty)

asyncio.run(main())
