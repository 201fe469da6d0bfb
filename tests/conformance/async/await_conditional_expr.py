# await inside conditional expressions: only the chosen branch runs
import asyncio

seen = []

async def get(label):
    seen.append(label)
    r = await lookup(label)
    return r["args"][0]

async def main():
    for flag in [True, False]:
        v = await get("yes") if flag else await get("no")
        print(flag, v)
    print(seen)
    w = "big" if await get(100) > 50 else "small"
    print(w)
    z = (await get("t") if await get(0) else await get("f")) + "!"
    print(z, seen)

asyncio.run(main())
