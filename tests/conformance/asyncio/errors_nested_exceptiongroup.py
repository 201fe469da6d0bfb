# an uncaught nested ExceptionGroup: CPython's boxed traceback, closed once by the innermost group
import asyncio

async def step(name):
    await asyncio.sleep(0)
    if name.startswith("bad"):
        raise ValueError(f"{name} failed")
    return name

async def batch(names):
    async with asyncio.TaskGroup() as tg:
        for n in names:
            tg.create_task(step(n))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("ok"))
        tg.create_task(batch(["bad-1", "fine", "bad-2"]))
    print("not reached")

asyncio.run(main())
