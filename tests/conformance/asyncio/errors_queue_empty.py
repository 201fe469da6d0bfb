# get_nowait on an empty queue raises asyncio.QueueEmpty
import asyncio

async def main():
    q = asyncio.Queue()
    for job in ["a", "b"]:
        q.put_nowait(job)
    while True:
        job = q.get_nowait()
        print("processing", job)
        await asyncio.sleep(0)

asyncio.run(main())
