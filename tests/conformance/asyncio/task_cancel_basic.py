# cancelling a task that is waiting on a slow tool
import asyncio

async def download(url):
    r = await slow_download(url)
    return r["args"][0]

async def main():
    task = asyncio.create_task(download("https://example.com/big"))
    await asyncio.sleep(0)
    print("done before cancel:", task.done())
    print("cancel() returned:", task.cancel())
    print("cancelled() right after cancel():", task.cancelled())
    try:
        await task
        print("not reached")
    except asyncio.CancelledError:
        print("awaiting the task raised CancelledError")
    print("done:", task.done(), "cancelled:", task.cancelled())
    try:
        task.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError too")
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
