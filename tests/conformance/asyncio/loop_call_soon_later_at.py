# loop.call_soon / call_later / call_at: FIFO order interleaved with tasks,
# handle cancel()/cancelled()/when(), timer callbacks before the tasks woken
# by the same deadline
import asyncio

log = []

def note(*args):
    log.append(args)
    print("cb", *args)

async def worker(name, n):
    for i in range(n):
        print("worker", name, i)
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(note, "soon-1")
    h2 = loop.call_soon(note, "soon-2", 42)
    h3 = loop.call_soon(note, "soon-3")
    h2.cancel()
    print(type(h1).__name__, h2.cancelled(), h1.cancelled())
    t = asyncio.create_task(worker("w", 3))
    loop.call_soon(note, "soon-4")
    await asyncio.sleep(0)
    print("main after sleep0")
    await asyncio.sleep(0)
    print("main after 2nd sleep0")
    start = loop.time()
    th = loop.call_later(0.05, note, "later-50")
    th2 = loop.call_later(0.02, note, "later-20")
    th3 = loop.call_later(0.03, note, "later-30")
    th3.cancel()
    print(type(th).__name__, round(th.when() - start, 3), th3.cancelled())
    at = loop.call_at(start + 0.04, note, "at-40")
    print(round(at.when() - start, 3))
    await asyncio.sleep(0.1)
    print("main after 0.1")
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "done!")
    print(await fut)
    # same deadline: sleeping task vs timer callback
    async def sleeper():
        await asyncio.sleep(0.02)
        print("sleeper woke")
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    loop.call_later(0.02, note, "same-deadline")
    await s
    # Callbacks are not checked when scheduled (outside debug mode).
    h = loop.call_soon(len, "abc")
    print(h.cancelled())
    await t
    print(len(log))

asyncio.run(main())
