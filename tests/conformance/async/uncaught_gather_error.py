# an exception inside one coroutine under gather escapes asyncio.run
import asyncio

async def parse(i, raw):
    await fetch(i)
    return int(raw)

async def main():
    good = await asyncio.gather(parse(0, "1"), parse(1, "2"))
    print("good batch", good)
    await asyncio.gather(parse(2, "3"), parse(3, "four"), parse(4, "5"))
    print("not reached")

asyncio.run(main())
