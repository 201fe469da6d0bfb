# a three-stage pipeline (fetch -> parse -> store) connected by queues
import asyncio

async def fetcher(urls, out_q):
    for u in urls:
        r = await download(u)
        await out_q.put(r["args"][0])
    await out_q.put(None)

async def parser(in_q, out_q):
    while (page := await in_q.get()) is not None:
        r = await parse(page)
        await out_q.put(r["args"][0].split(".")[0])
    await out_q.put(None)

async def storer(in_q, stored):
    while (doc := await in_q.get()) is not None:
        await store(doc)
        stored.append(doc)

async def main():
    q1, q2 = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    stored = []
    urls = ["alpha.html", "beta.html", "gamma.html", "delta.html"]
    await asyncio.gather(fetcher(urls, q1), parser(q1, q2), storer(q2, stored))
    print(stored)
    print(q1.empty(), q2.empty())

asyncio.run(main())
