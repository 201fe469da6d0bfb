# asyncio.Queue extras: maxsize/put blocking, task_done/join, *_nowait, PriorityQueue, LifoQueue
import asyncio

async def producer(q, items, log):
    for it in items:
        await q.put(it)
        log.append(f"put {it} (size {q.qsize()})")

async def consumer(q, name, log):
    while True:
        item = await q.get()
        log.append(f"{name} got {item}")
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    prod = asyncio.create_task(producer(q, [1, 2, 3, 4, 5], log))
    await asyncio.sleep(0)
    print("full:", q.full(), "size:", q.qsize(), "maxsize:", q.maxsize)
    cons = asyncio.create_task(consumer(q, "c1", log))
    await prod
    await q.join()
    print("\n".join(log))
    cons.cancel()
    print("empty:", q.empty())

    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        pq.put_nowait(job)
    print(isinstance(pq, asyncio.Queue), type(pq).__name__)
    print([pq.get_nowait() for _ in range(pq.qsize())])

    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([await lq.get() for _ in range(4)])

    pq2 = asyncio.PriorityQueue()
    waiter = asyncio.create_task(pq2.get())
    await asyncio.sleep(0)
    await pq2.put((0, "wake"))
    print(await waiter)

asyncio.run(main())
