# a lock.acquire() that is never awaited leaves the lock free
# (CPython warns "coroutine 'Lock.acquire' was never awaited" on stderr;
# the run fails on purpose at the end so that stderr ends with a traceback)
import asyncio

calls = []

async def guarded(lock, name):
    async with lock:
        calls.append(name)
        await asyncio.sleep(0.001)
        return name

async def main():
    lock = asyncio.Lock()
    forgotten = lock.acquire()
    print("locked after calling acquire():", lock.locked())
    del forgotten
    results = await asyncio.gather(*(guarded(lock, n) for n in ["plan", "act", "reflect"]))
    print(results, calls)

    acq = lock.acquire()
    print("still free:", lock.locked())
    print("acquired:", await acq, lock.locked())
    lock.release()

    sem = asyncio.BoundedSemaphore(2)
    a, b, c = sem.acquire(), sem.acquire(), sem.acquire()
    print("semaphore untouched:", sem.locked())
    await a
    await b
    print("two held:", sem.locked())
    c.close()
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)

    ev = asyncio.Event()
    w = ev.wait()
    ev.set()
    ev.clear()
    t = asyncio.create_task(w)
    await asyncio.sleep(0)
    print("waiter created before set, run after clear:", t.done())
    ev.set()
    print(await t)
    raise SystemError("plan finished with a forgotten acquire()")

asyncio.run(main())
