# sleep(0) yields to other ready tasks; a shared log shows the round-robin order
import asyncio

log = []

async def ticker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name

async def main():
    names = await asyncio.gather(ticker("a", 3), ticker("b", 2), ticker("c", 3))
    print(names)
    print(" ".join(log))
    log.clear()
    t = asyncio.create_task(ticker("bg", 2))
    log.append("main-before")
    await asyncio.sleep(0)
    log.append("main-after")
    await t
    print(" ".join(log))
    print(await asyncio.sleep(0), await asyncio.sleep(0, "ready"))

asyncio.run(main())
