# asyncio primitives are classes: isinstance, Future() with set_result/set_exception
import asyncio

async def producer(fut, value, fail):
    await asyncio.sleep(0)
    if fail:
        fut.set_exception(ValueError(value))
    else:
        fut.set_result(value)

async def main():
    lock, event, sem = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(2)
    q = asyncio.Queue()
    print(isinstance(lock, asyncio.Lock), isinstance(event, asyncio.Event))
    print(isinstance(sem, asyncio.Semaphore), isinstance(q, asyncio.Queue))
    print(isinstance(asyncio.BoundedSemaphore(1), asyncio.Semaphore))
    print(isinstance(lock, asyncio.Event), type(lock).__name__, type(q).__name__)
    t = asyncio.create_task(asyncio.sleep(0, "x"))
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    print(await t)

    fut = asyncio.Future()
    print(isinstance(fut, asyncio.Future), isinstance(fut, asyncio.Task), fut.done())
    asyncio.create_task(producer(fut, 42, False))
    print("awaited future:", await fut, fut.done(), fut.result())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    loop = asyncio.get_running_loop()
    f2 = loop.create_future()
    asyncio.create_task(producer(f2, "boom", True))
    try:
        await f2
    except ValueError as e:
        print("future raised", repr(e), repr(f2.exception()))

    f3 = loop.create_future()
    f3.add_done_callback(lambda f: print("callback sees", f.result()))
    waiters = [asyncio.create_task(asyncio.wait_for(f3, 1)) for _ in range(1)]
    f3.set_result("shared")
    await asyncio.sleep(0)
    print(await waiters[0])

    f4 = asyncio.Future()
    print(f4.cancel(), f4.cancelled())
    try:
        f4.result()
    except asyncio.CancelledError:
        print("cancelled future result raises CancelledError")
    f5 = asyncio.Future()
    try:
        f5.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.set_result(3)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
