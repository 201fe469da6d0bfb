# an exception in a done callback or a loop callback is logged on stderr
# ("Exception in callback ...") and the loop goes on; the run then fails
# on purpose so that its stderr ends with a traceback
import asyncio

events = []

def audit(task):
    events.append(("audit", task.get_name(), task.result()))

def broken(task):
    raise KeyError(f"no route for {task.get_name()}")

def report(task):
    events.append(("report", task.get_name()))
    print("report for", task.get_name(), "->", task.result())

async def tool_call(name, delay):
    await asyncio.sleep(delay)
    return name.upper()

async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(tool_call("search", 0.01), name="search")
    t2 = asyncio.create_task(tool_call("fetch", 0.02), name="fetch")
    for t in (t1, t2):
        t.add_done_callback(audit)
        t.add_done_callback(broken)
        t.add_done_callback(report)
    loop.call_soon(lambda: 1 / 0)
    loop.call_soon(print, "callback after a failing one")
    loop.call_later(0.005, int, "not a number")
    print(await asyncio.gather(t1, t2))
    await asyncio.sleep(0.01)
    print(events)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("first sees", f.result()))
    fut.add_done_callback(lambda f: [][f.result()])
    fut.add_done_callback(lambda f: print("third sees", f.result()))
    fut.set_result(3)
    await asyncio.sleep(0)
    print("still running")
    raise RuntimeError("agent aborted after its callbacks")

asyncio.run(main())
