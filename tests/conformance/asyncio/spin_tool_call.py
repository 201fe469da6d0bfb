# An agent polls a tool call's task with sleep(0) instead of awaiting it,
# then leaves a second call running when main returns: the poll loop must
# see the call finish, and the abandoned call's task is cancelled at
# asyncio.run's shutdown (its finally still runs).
import asyncio


async def main():
    t = asyncio.create_task(search("weather", city="Oslo"))
    polls = 0
    while not t.done():
        polls += 1
        await asyncio.sleep(0)
    print("result:", t.result())
    print("polled:", polls > 0)

    async def prefetch(query):
        try:
            return await search(query)
        except asyncio.CancelledError:
            print("prefetch cancelled:", query)
            raise
        finally:
            print("prefetch cleanup:", query)

    pending = asyncio.create_task(prefetch("tomorrow"))
    await asyncio.sleep(0)
    print("main leaves", pending.get_name(), "running:", not pending.done())


asyncio.run(main())
print("after run")
