# an error raised in the TaskGroup body itself cancels the children and is wrapped
import asyncio

log = []

async def background(name):
    try:
        await long_job(name)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(background("indexer"))
            tg.create_task(background("thumbnailer"))
            await asyncio.sleep(0)
            raise KeyError("config")
    except ExceptionGroup as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])
    print(sorted(log))

asyncio.run(main())
