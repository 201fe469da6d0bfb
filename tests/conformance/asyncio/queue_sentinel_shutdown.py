# workers stop on a None sentinel instead of being cancelled
import asyncio

async def worker(q, name):
    handled = []
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return name, handled
        r = await transform(item)
        handled.append(r["args"][0] * 2)
        q.task_done()

async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(worker(q, f"w{i}")) for i in range(3)]
    for i in range(9):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    results = await asyncio.gather(*workers)
    print(sorted(x for _, h in results for x in h))
    print([name for name, _ in results])
    print(sum(len(h) for _, h in results), q.empty())

asyncio.run(main())
