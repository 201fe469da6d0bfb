# one failing task in a TaskGroup cancels its siblings and raises an ExceptionGroup
import asyncio

cleaned = []

async def upload(name, delay):
    try:
        await asyncio.sleep(delay)
        r = await storage_put(name)
        return r["args"][0]
    finally:
        cleaned.append(name)

async def bad_upload(name):
    await asyncio.sleep(0.01)
    raise PermissionError(f"no write access for {name}")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(upload("a.txt", 0.3))
            b = tg.create_task(bad_upload("b.txt"))
            c = tg.create_task(upload("c.txt", 0.4))
        print("not reached")
    except ExceptionGroup as eg:
        caught = eg
        print(type(eg).__name__, "-", eg)
        print(sorted(f"{type(e).__name__}: {e}" for e in eg.exceptions))
    print("cancelled siblings:", a.cancelled(), c.cancelled())
    print("cleaned:", sorted(cleaned))
    print(issubclass(ExceptionGroup, Exception), isinstance(caught, BaseExceptionGroup))

asyncio.run(main())
