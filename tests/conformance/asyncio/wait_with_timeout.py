# asyncio.wait with a timeout: some tasks done, the rest pending (not cancelled)
import asyncio

async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name

async def main():
    tasks = [
        asyncio.create_task(job("quick", 0.001)),
        asyncio.create_task(job("slow", 5)),
        asyncio.create_task(job("quick2", 0.002)),
    ]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("done:", sorted(t.result() for t in done))
    print("pending:", len(pending), [t.cancelled() for t in pending])
    for t in pending:
        t.cancel()
    done2, pending2 = await asyncio.wait(pending)
    print("after cancel:", [t.cancelled() for t in done2], len(pending2))

asyncio.run(main())
