# asyncio.Condition and asyncio.Barrier (3.11): a producer/consumer
# buffer guarded by a condition, and workers meeting at a barrier
# between phases.
import asyncio


class Buffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


async def producer(buf, n):
    for i in range(n):
        await buf.put(i * i)
    await buf.put(None)


async def consumer(buf, out):
    while True:
        item = await buf.get()
        if item is None:
            return len(out)
        out.append(item)


async def phase_worker(barrier, name, log):
    log.append(f"{name} phase1")
    idx = await barrier.wait()
    log.append(f"{name} phase2")
    await barrier.wait()
    return idx


async def main():
    buf = Buffer(2)
    out = []
    _, count = await asyncio.gather(producer(buf, 6), consumer(buf, out))
    print("consumed", count, out)

    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    idxs = await asyncio.gather(*(phase_worker(barrier, f"w{i}", log) for i in range(3)))
    print("indices", sorted(idxs))
    print("phase1 before phase2:", all("phase1" in x for x in log[:3]))
    print(log)

    b2 = asyncio.Barrier(2)
    waiter = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print("waiting:", b2.n_waiting)
    await b2.abort()
    try:
        await waiter
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
