# awaiting a cancelled task re-raises CancelledError, which escapes asyncio.run
import asyncio

async def watch(feed):
    r = await long_poll(feed)
    return r["args"][0]

async def main():
    t = asyncio.create_task(watch("alerts"))
    await asyncio.sleep(0)
    t.cancel()
    print("cancel requested:", t.done())
    result = await t
    print("not reached", result)

asyncio.run(main())
