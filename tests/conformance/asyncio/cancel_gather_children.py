# cancelling the task that awaits a gather cancels every child still running
import asyncio

closed = []

async def stream(name):
    try:
        await open_stream(name)
        return name
    finally:
        closed.append(name)

async def supervisor():
    return await asyncio.gather(stream("s1"), stream("s2"), stream("s3"))

async def main():
    sup = asyncio.create_task(supervisor())
    await asyncio.sleep(0.01)
    sup.cancel()
    try:
        await sup
    except asyncio.CancelledError:
        print("supervisor cancelled")
    print("closed:", sorted(closed))
    print(sup.cancelled())
    g = asyncio.gather(stream("t1"), stream("t2"))
    await asyncio.sleep(0.01)
    print("gather.cancel():", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather future cancelled")
    print("closed:", sorted(closed))

asyncio.run(main())
