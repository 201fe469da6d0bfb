# a coroutine that swallows CancelledError finishes normally: the task is not cancelled
import asyncio

async def stubborn_fetch(url):
    try:
        r = await slow_fetch(url)
        return r["args"][0]
    except asyncio.CancelledError:
        return "partial result for " + url

async def main():
    task = asyncio.create_task(stubborn_fetch("https://slow.example"))
    await asyncio.sleep(0)
    print("cancel requested:", task.cancel())
    result = await task
    print("result:", result)
    print("cancelled():", task.cancelled(), "done():", task.done())
    t2 = asyncio.create_task(stubborn_fetch("https://other.example"))
    await asyncio.sleep(0)
    t2.cancel()
    print(await asyncio.gather(t2))

asyncio.run(main())
