# await inside while conditions: paging until the host says stop
import asyncio

async def has_more(page):
    r = await cursor(page)
    return r["args"][0] < 4

async def fetch_page(page):
    r = await cursor(page, size=3)
    start = r["args"][0] * r["kwargs"]["size"]
    return [start + i for i in range(r["kwargs"]["size"])]

async def main():
    page = 0
    items = []
    while await has_more(page):
        items.extend(await fetch_page(page))
        page += 1
    print(page, items)
    n = 0
    while (await cursor(n))["args"][0] < 3 and n < 10:
        n += 1
    print("n", n)

asyncio.run(main())
