# releasing a BoundedSemaphore too often is an uncaught ValueError
import asyncio

async def job(sem, i):
    async with sem:
        r = await work(i)
        return r["args"][0]

async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(await asyncio.gather(*[job(sem, i) for i in range(4)]))
    sem.release()

asyncio.run(main())
