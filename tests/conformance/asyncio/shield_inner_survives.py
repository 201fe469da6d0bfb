# asyncio.shield: cancelling the outer await does not cancel the inner task
import asyncio

async def save(record):
    await asyncio.sleep(0.02)
    print("saved", record)
    return f"id-{record}"

async def handler(record):
    return await asyncio.shield(save(record))

async def main():
    inner = asyncio.create_task(save("b"))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result", await inner)

    t = asyncio.create_task(handler("c"))
    await asyncio.sleep(0.005)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("handler cancelled")
    await asyncio.sleep(0.05)
    try:
        r = await asyncio.wait_for(asyncio.shield(save("d")), timeout=0.005)
    except TimeoutError:
        print("timed out waiting, save continues")
    await asyncio.sleep(0.05)
    done = asyncio.create_task(save("e"))
    await done
    print("shield of a finished task:", await asyncio.shield(done))

asyncio.run(main())
