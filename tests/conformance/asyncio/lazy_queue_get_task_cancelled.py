# create_task(q.get()) cancelled before its first step takes no item;
# queue/lock/event operations only act once driven (they are coroutines)
import asyncio

async def main():
    inbox = asyncio.Queue()
    for job in ["summarise", "translate", "search"]:
        inbox.put_nowait(job)

    # A speculative consumer, cancelled before the loop ever ran it.
    speculative = asyncio.create_task(inbox.get(), name="speculative")
    speculative.cancel()
    try:
        await speculative
    except asyncio.CancelledError:
        print("speculative consumer cancelled:", speculative.cancelled())
    print("jobs still queued:", inbox.qsize())

    # A consumer that did run takes exactly one item.
    taker = asyncio.create_task(inbox.get())
    print("before first step:", taker.done(), inbox.qsize())
    await asyncio.sleep(0)
    print("after first step:", taker.done(), taker.result(), inbox.qsize())

    # Creating the operation does nothing; awaiting it acts.
    pending = inbox.get()
    print("iscoroutine:", asyncio.iscoroutine(pending), type(pending).__name__)
    print("after creating get():", inbox.qsize())
    print("awaited:", await pending, inbox.qsize())
    try:
        await pending
    except RuntimeError as e:
        print("RuntimeError:", e)

    # put() on a full queue blocks only once awaited.
    bounded = asyncio.Queue(maxsize=1)
    first = bounded.put("a")
    second = bounded.put("b")
    print("nothing stored yet:", bounded.qsize())
    await second
    print("stored:", bounded.get_nowait())
    first.close()
    print("after close:", bounded.qsize())

    # A waiter on an empty queue, cancelled while blocked, leaves no getter.
    waiter = asyncio.create_task(inbox.get())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    inbox.put_nowait("late job")
    print("late job kept:", inbox.get_nowait(), waiter.cancelled())

    # Event.wait() and Semaphore.acquire() as tasks.
    ready = asyncio.Event()
    watcher = asyncio.create_task(ready.wait())
    sem = asyncio.Semaphore(1)
    holder = asyncio.create_task(sem.acquire())
    other = asyncio.create_task(sem.acquire())
    other.cancel()
    await asyncio.sleep(0)
    print("semaphore locked:", sem.locked(), holder.result(), other.cancelled())
    sem.release()
    print("semaphore locked after release:", sem.locked())
    ready.set()
    print("event watcher:", await watcher)

    # wait_for over a queue operation that times out takes nothing later.
    try:
        await asyncio.wait_for(inbox.get(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out waiting for work")
    inbox.put_nowait("after timeout")
    print("item survives:", inbox.get_nowait())
    print(await asyncio.gather(*(inbox.get() for _ in range(2)), inbox.put("x"), inbox.put("y")))

asyncio.run(main())
