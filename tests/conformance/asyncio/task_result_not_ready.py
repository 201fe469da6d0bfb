# asking a running task for its result raises InvalidStateError
import asyncio

async def long_job():
    r = await crunch("numbers")
    return r["args"][0]

async def main():
    task = asyncio.create_task(long_job())
    try:
        task.result()
    except asyncio.InvalidStateError as e:
        print("result:", type(e).__name__, e)
    try:
        task.exception()
    except asyncio.InvalidStateError as e:
        print("exception:", type(e).__name__, e)
    print("done?", task.done())
    print(await task)
    print("now:", task.result(), task.exception())
    print(issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
