# producer/consumer over an asyncio.Queue with task_done/join
import asyncio

async def producer(q, items):
    for item in items:
        await q.put(item)
    return len(items)

async def consumer(q, name, out):
    while True:
        item = await q.get()
        try:
            r = await process(item)
            out.append((r["args"][0], name))
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    out = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", out)) for i in range(3)]
    produced = await producer(q, [f"job{i}" for i in range(8)])
    await q.join()
    print("produced:", produced)
    print("processed:", sorted(item for item, _ in out))
    print("queue empty:", q.empty(), q.qsize())
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(main())
