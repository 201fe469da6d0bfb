# without return_exceptions the first error propagates; the other awaitables keep running
import asyncio

log = []

async def worker(name, delay):
    await asyncio.sleep(delay)
    r = await record(name)
    log.append(f"{r['args'][0]} finished")
    return name

async def failing(name):
    await asyncio.sleep(0.005)
    log.append(f"{name} raising")
    raise RuntimeError(f"{name} crashed")

async def late_failure():
    await asyncio.sleep(0.06)
    log.append("late raising")
    raise RuntimeError("late failure")

async def main():
    try:
        await asyncio.gather(worker("a", 0.06), failing("b"), worker("c", 0.08))
    except RuntimeError as e:
        print("caught:", e)
    print("right after the error:", sorted(log))
    await asyncio.sleep(0.2)
    print("after waiting:", sorted(log))
    try:
        await asyncio.gather(failing("x"), late_failure(), return_exceptions=False)
    except RuntimeError as e:
        print("first error wins:", e)
    await asyncio.sleep(0.1)
    print(sorted(log)[-2:], len(log), "log entries")

asyncio.run(main())
