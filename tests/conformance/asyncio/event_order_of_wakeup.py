# nothing passes the Event before set(); every waiter wakes after it
import asyncio

log = []

async def waiter(ev, name):
    log.append(f"{name} waiting")
    await ev.wait()
    log.append(f"{name} woke")

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ["a", "b", "c"]]
    await asyncio.sleep(0.01)
    log.append("setting")
    ev.set()
    await asyncio.gather(*tasks)
    print("\n".join(log))
    late = asyncio.create_task(waiter(ev, "late"))
    await late
    print(log[-2:])

asyncio.run(main())
