# a bounded queue: full/empty, put_nowait/get_nowait and their exceptions
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    q.put_nowait("a")
    await q.put("b")
    print(q.qsize(), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print(q.get_nowait(), await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    sent = []

    async def slow_consumer():
        got = []
        for _ in range(5):
            item = await q.get()
            r = await handle(item)
            got.append(r["args"][0])
        return got

    async def fast_producer():
        for i in range(5):
            await q.put(i)
            sent.append(i)
    got, _ = await asyncio.gather(slow_consumer(), fast_producer())
    print(got, sent)

asyncio.run(main())
