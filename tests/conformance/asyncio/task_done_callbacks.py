# Task.add_done_callback / remove_done_callback, get_name/set_name, exception()
import asyncio

log = []

async def work(name, fail):
    await asyncio.sleep(0)
    if fail:
        raise ValueError(f"{name} failed")
    return name.upper()

def report(task):
    if task.cancelled():
        log.append(f"{task.get_name()}: cancelled")
    elif task.exception() is not None:
        log.append(f"{task.get_name()}: error {task.exception()!r}")
    else:
        log.append(f"{task.get_name()}: ok {task.result()}")

def second(task):
    log.append(f"second callback for {task.get_name()}")

def never(task):
    log.append("never called")

async def main():
    t1 = asyncio.create_task(work("alpha", False), name="job-alpha")
    t2 = asyncio.create_task(work("beta", True))
    t2.set_name("job-beta")
    t3 = asyncio.create_task(asyncio.sleep(10))
    t3.set_name("sleeper")
    for t in (t1, t2, t3):
        t.add_done_callback(report)
    t1.add_done_callback(second)
    t1.add_done_callback(never)
    t1.add_done_callback(never)
    print("removed", t1.remove_done_callback(never), t1.remove_done_callback(never))
    print(t1.get_name(), t2.get_name(), t3.get_name())
    await asyncio.sleep(0)
    print("after one step:", log)
    t3.cancel()
    results = await asyncio.gather(t1, t2, t3, return_exceptions=True)
    await asyncio.sleep(0)
    print([type(r).__name__ for r in results])
    for line in log:
        print(line)
    print(t1.exception(), repr(t2.exception()))
    try:
        t3.exception()
    except asyncio.CancelledError:
        print("exception() of a cancelled task raises CancelledError")
    # A callback added to a finished task runs soon, not at once.
    t1.add_done_callback(lambda t: print("late callback", t.result()))
    print("registered late callback")
    await asyncio.sleep(0)
    cur = asyncio.current_task()
    print(cur.get_name(), cur.done(), cur in asyncio.all_tasks())
    print(len([t for t in asyncio.all_tasks() if not t.done()]))

asyncio.run(main())
