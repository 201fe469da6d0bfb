# cancelling the task that awaits a gather cancels every child still running
import asyncio

closed = []

async def stream(name, group):
    group["opened"].append(name)
    if len(group["opened"]) == group["size"]:
        group["ready"].set()
    try:
        await open_stream(name)
        return name
    finally:
        closed.append(name)

def new_group(size):
    return {"size": size, "opened": [], "ready": asyncio.Event()}

async def supervisor(group):
    return await asyncio.gather(*[stream(f"s{i}", group) for i in range(1, 4)])

async def main():
    group = new_group(3)
    sup = asyncio.create_task(supervisor(group))
    await group["ready"].wait()
    sup.cancel()
    try:
        await sup
    except asyncio.CancelledError:
        print("supervisor cancelled")
    print("closed:", sorted(closed))
    print(sup.cancelled())
    group = new_group(2)
    g = asyncio.gather(stream("t1", group), stream("t2", group))
    await group["ready"].wait()
    print("gather.cancel():", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather future cancelled")
    print("closed:", sorted(closed))

asyncio.run(main())
