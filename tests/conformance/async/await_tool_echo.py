# awaiting an echo tool and inspecting the dict it returns
import asyncio

async def main():
    r = await search("rust async", limit=5)
    print(r)
    print(r["tool"], r["args"], r["kwargs"])
    print(r["args"][0].upper(), r["kwargs"]["limit"] * 2)
    r2 = await search()
    print(r2)
    r3 = await search(1, 2.5, None, [1, "x"], {"k": True}, flag=False)
    print(r3["args"])
    print(r3["kwargs"])

asyncio.run(main())
