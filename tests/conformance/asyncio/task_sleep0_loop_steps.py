# how many loop iterations tasks over sleep(0), gather, wait_for, wait,
# shield and ensure_future take (a ticker task counts them)
import asyncio
log = []
async def ticker():
    i = 0
    while True:
        log.append(i)
        i += 1
        await asyncio.sleep(0)

async def coro0():
    await asyncio.sleep(0)

async def stage(name, make):
    await asyncio.sleep(0)
    log.clear()
    await make()
    print(name, log)

async def main():
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await stage("task-sleep0", lambda: asyncio.create_task(asyncio.sleep(0)))
    await stage("task-sleep0-res", lambda: asyncio.create_task(asyncio.sleep(0, 5)))
    await stage("gather-sleep0", lambda: asyncio.gather(asyncio.sleep(0)))
    await stage("gather-coro0", lambda: asyncio.gather(coro0(), coro0()))
    await stage("task-coro0", lambda: asyncio.create_task(coro0()))
    await stage("wait_for-sleep0", lambda: asyncio.wait_for(asyncio.sleep(0), 1))
    await stage("wait_for-coro0", lambda: asyncio.wait_for(coro0(), 1))
    await stage("ensure-sleep0", lambda: asyncio.ensure_future(asyncio.sleep(0)))
    await stage("shield-coro0", lambda: asyncio.shield(coro0()))
    await stage("wait-coro0", lambda: asyncio.wait([asyncio.create_task(coro0())]))
    await stage("sleep0", lambda: asyncio.sleep(0))
    await stage("coro0", lambda: coro0())
    tk.cancel()

asyncio.run(main())
