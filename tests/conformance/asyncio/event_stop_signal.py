# a stop Event ends a polling loop; the poller cleans up
import asyncio

async def poller(stop, seen):
    rounds = 0
    while not stop.is_set():
        r = await poll_inbox(rounds)
        seen.append(r["args"][0])
        rounds += 1
        await asyncio.sleep(0.005)
    return rounds

async def main():
    stop = asyncio.Event()
    seen = []
    task = asyncio.create_task(poller(stop, seen))
    await asyncio.sleep(0.05)
    stop.set()
    rounds = await task
    print("polled at least twice:", rounds >= 2)
    print("seen matches rounds:", seen == list(range(rounds)))
    print("task done:", task.done())

asyncio.run(main())
