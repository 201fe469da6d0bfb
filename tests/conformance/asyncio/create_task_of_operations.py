# create_task over queue/event/lock operations (coroutines in CPython) raced with asyncio.wait
import asyncio
async def main():
    q = asyncio.Queue()
    stop = asyncio.Event()
    async def feeder():
        for i in range(3):
            await asyncio.sleep(0.01)
            await q.put(i)
        await asyncio.sleep(0.01)
        stop.set()
    f = asyncio.create_task(feeder())
    got = []
    while True:
        get_t = asyncio.create_task(q.get())
        stop_t = asyncio.create_task(stop.wait())
        done, pending = await asyncio.wait({get_t, stop_t}, return_when=asyncio.FIRST_COMPLETED)
        for p in pending:
            p.cancel()
        if get_t in done:
            got.append(get_t.result())
        if stop_t in done:
            break
    print(got, q.qsize())
    await f
    lock = asyncio.Lock()
    t = asyncio.create_task(lock.acquire())
    print(await t, lock.locked())
    lock.release()
    print(asyncio.iscoroutine(asyncio.Future()))
    print(type(asyncio.get_running_loop()).__name__, type(asyncio.timeout(1)).__name__)
    sem = asyncio.Semaphore(1)
    async with sem:
        w = asyncio.create_task(sem.acquire())
        await asyncio.sleep(0)
        print("waiting", w.done())
    await asyncio.sleep(0)
    print("acquired", w.done())
asyncio.run(main())
