# cancel() on a finished task returns False and changes nothing
import asyncio

async def quick(x):
    r = await square(x)
    return r["args"][0] ** 2

async def failing():
    await square(0)
    raise LookupError("nothing found")

async def main():
    t = asyncio.create_task(quick(7))
    print(await t)
    print("cancel finished task:", t.cancel())
    print("cancelled:", t.cancelled(), "result still:", t.result())
    f = asyncio.create_task(failing())
    try:
        await f
    except LookupError as e:
        print("failed with:", e)
    print("cancel failed task:", f.cancel(), f.cancelled())
    print(type(f.exception()).__name__)
    c = asyncio.create_task(quick(2))
    print("first cancel:", c.cancel())
    print("second cancel:", c.cancel())
    await asyncio.sleep(0)
    print("cancel after cancelled:", c.cancel(), c.cancelled())

asyncio.run(main())
