# a stop Event ends a polling loop once the poller reports enough progress
import asyncio

async def poller(stop, progressed, seen):
    rounds = 0
    while not stop.is_set():
        r = await poll_inbox(rounds)
        seen.append(r["args"][0])
        rounds += 1
        if rounds == 3:
            progressed.set()
        await asyncio.sleep(0.005)
    return rounds

async def main():
    stop = asyncio.Event()
    progressed = asyncio.Event()
    seen = []
    task = asyncio.create_task(poller(stop, progressed, seen))
    await progressed.wait()
    print("progress reported, stopping; task done:", task.done())
    stop.set()
    rounds = await task
    print("rounds:", rounds)
    print("seen:", seen)
    print("stop is set:", stop.is_set(), "task done:", task.done())

asyncio.run(main())
