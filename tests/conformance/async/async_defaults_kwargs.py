# async defs with default arguments, keyword calls, kwargs forwarded to tools
import asyncio

async def query(q, limit=10, sort="relevance", fresh=False):
    r = await api(q, limit=limit, sort=sort, fresh=fresh)
    return r["kwargs"]

async def main():
    print(await query("a"))
    print(await query("b", 3))
    print(await query("c", sort="date"))
    print(await query(fresh=True, q="d", limit=1))
    rs = await asyncio.gather(query("x", limit=1), query("y", sort="name"))
    print([r["limit"] for r in rs], [r["sort"] for r in rs])

asyncio.run(main())
