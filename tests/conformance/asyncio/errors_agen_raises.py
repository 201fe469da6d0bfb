# an exception inside an async generator propagates out of async for
import asyncio

async def rows(table):
    for i in range(5):
        r = await db_row(table, i)
        if i == 3:
            raise ValueError(f"corrupt row {i} in {r['args'][0]}")
        yield i

async def main():
    total = 0
    async for i in rows("events"):
        total += i
        print("row", i, "running total", total)
    print("not reached")

asyncio.run(main())
