# asyncio.timeout(): when(), reschedule(), expired(); timeout_at; loop.time()
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when(), "expired:", cm.expired())
        cm.reschedule(loop.time() + 0.01)
        print("rescheduled in future:", cm.when() > loop.time())
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    print("unreachable")

async def extended():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 0.05)
        await asyncio.sleep(0.02)
        print("survived past the first deadline")
        cm.reschedule(None)
        await asyncio.sleep(0.05)
        print("no deadline any more:", cm.when())
    print("expired:", cm.expired())
    try:
        cm.reschedule(1.0)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.timeout(1).reschedule(1.0)
    except RuntimeError as e:
        print("RuntimeError:", e)

async def at_deadline():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(start + 0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired:", cm.expired(), loop.time() - start < 0.5)
    try:
        async with asyncio.timeout_at(start - 1):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("a past deadline expires at the next step")

async def runner():
    try:
        await main()
    except TimeoutError:
        print("TimeoutError after reschedule")
    await extended()
    await at_deadline()

asyncio.run(runner())
