# pycps: scheduler=eager
# which task finishes first depends on latencies: only eager follows them
import asyncio

async def query(mirror, tool):
    r = await tool(mirror)
    return f"{r['args'][0]} via {r['tool']}"

async def main():
    tasks = {
        asyncio.create_task(query("mirror-a", slow_mirror)),
        asyncio.create_task(query("mirror-b", fast_mirror)),
        asyncio.create_task(query("mirror-c", medium_mirror)),
    }
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", [t.result() for t in done])
    print("still pending:", len(pending))
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("second:", [t.result() for t in done2])
    for t in pending2:
        t.cancel()
    await asyncio.wait(pending2)
    print("cancelled the rest:", [t.cancelled() for t in pending2])
    print(asyncio.FIRST_COMPLETED)

asyncio.run(main())
