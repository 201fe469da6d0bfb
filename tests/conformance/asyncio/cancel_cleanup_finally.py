# CancelledError arrives at the await; try/finally releases the worker's resources
import asyncio

events = []

async def worker(name):
    events.append(f"{name}: open connection")
    try:
        r = await long_poll(name)
        events.append(f"{name}: got {r['tool']}")
    finally:
        events.append(f"{name}: close connection")

async def main():
    task = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        events.append("main: worker cancelled")
    for e in events:
        print(e)
    print("cancelled:", task.cancelled())

asyncio.run(main())
