# gather accepts coroutines, tasks and futures mixed together
import asyncio

async def embed(text):
    r = await embedder(text)
    return len(r["args"][0])

async def main():
    t1 = asyncio.create_task(embed("hello world"))
    t2 = asyncio.create_task(embed("cps"))
    results = await asyncio.gather(t1, embed("abc"), t2, asyncio.sleep(0.001, result=-1))
    print(results)
    print(t1.done(), t2.done(), t1.result(), t2.result())
    again = await asyncio.gather(t1, t2)
    print("tasks can be gathered again:", again)
    tasks = [asyncio.create_task(embed("x" * n)) for n in range(1, 6)]
    lengths = await asyncio.gather(*tasks)
    print(lengths, sum(lengths))
    print(all(t.done() for t in tasks))

asyncio.run(main())
