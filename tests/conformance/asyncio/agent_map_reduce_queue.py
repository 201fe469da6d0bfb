# map workers feed a reducer through a queue; join and sentinel shut everything down
import asyncio

async def mapper(chunk, out_q):
    r = await count_words(chunk)
    await out_q.put((r["args"][0], len(chunk.split())))

async def reducer(in_q, totals):
    while True:
        item = await in_q.get()
        if item is None:
            in_q.task_done()
            break
        chunk, n = item
        totals["words"] += n
        totals["chunks"] += 1
        in_q.task_done()

async def main():
    chunks = ["the quick brown fox", "jumps over", "the lazy dog", "again and again and again"]
    q = asyncio.Queue()
    totals = {"words": 0, "chunks": 0}
    red = asyncio.create_task(reducer(q, totals))
    await asyncio.gather(*[mapper(c, q) for c in chunks])
    await q.put(None)
    await q.join()
    await red
    print(totals)
    print(red.done(), q.qsize())

asyncio.run(main())
