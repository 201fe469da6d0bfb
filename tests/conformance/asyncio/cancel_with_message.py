# cancel(msg) passes a reason that the cancelled coroutine can read
import asyncio

seen = []

async def agent_step(step):
    try:
        await think(step)
    except asyncio.CancelledError as e:
        seen.append((step, e.args))
        raise

async def main():
    t = asyncio.create_task(agent_step("plan"))
    await asyncio.sleep(0)
    t.cancel("user pressed stop")
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())
    t2 = asyncio.create_task(agent_step("act"))
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.gather(t2, return_exceptions=True)
    for step, args in seen:
        print(step, args)

asyncio.run(main())
