# a class implementing __aiter__/__anext__ (cursor over a paginated API)
import asyncio

class Cursor:
    def __init__(self, table, limit):
        self.table = table
        self.limit = limit
        self.pos = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.pos >= self.limit:
            raise StopAsyncIteration
        r = await db_fetch(self.table, self.pos)
        self.pos += 1
        return f"{r['args'][0]}[{r['args'][1]}]"

async def main():
    async for row in Cursor("users", 3):
        print(row)
    rows = [row async for row in Cursor("orders", 4)]
    print(rows)
    c = Cursor("empty", 0)
    print([r async for r in c], c.pos)
    c2 = Cursor("logs", 2)
    print(await c2.__anext__(), await anext(c2))
    print(await anext(c2, "default when done"))

asyncio.run(main())
