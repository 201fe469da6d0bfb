# pagination: keep fetching while the cursor says there are more pages
import asyncio

PAGE_SIZE = 4
TOTAL = 10

async def fetch_page(cursor):
    r = await list_items(cursor=cursor, size=PAGE_SIZE)
    start = r["kwargs"]["cursor"]
    end = min(start + r["kwargs"]["size"], TOTAL)
    items = [f"item{i:02d}" for i in range(start, end)]
    next_cursor = end if end < TOTAL else None
    return items, next_cursor

async def has_next(state):
    await list_items(peek=state["cursor"])
    return state["cursor"] != None

async def main():
    state = {"cursor": 0, "pages": 0}
    collected = []
    while await has_next(state):
        items, state["cursor"] = await fetch_page(state["cursor"])
        state["pages"] += 1
        collected.extend(items)
        print(f"page {state['pages']}: {len(items)} items")
    print(len(collected), collected[0], collected[-1])
    print(", ".join(collected[::3]))

asyncio.run(main())
