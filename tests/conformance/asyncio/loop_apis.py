# Event-loop APIs agents write: get_event_loop/new_event_loop +
# run_until_complete, Runner, several asyncio.run calls in a row, to_thread,
# run_in_executor, task names, current_task/all_tasks, sleep(d, result),
# wait_for(..., None) and asyncio.run inside a running loop.
import asyncio


async def double(x):
    await asyncio.sleep(0.001)
    return x * 2


def crunch(values, scale=1):
    return sum(v * scale for v in values)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("run_until_complete:", loop.run_until_complete(double(21)))
task = loop.create_task(double(5), name="prefetch")
print("task result:", loop.run_until_complete(task), task.get_name())
print("same loop:", asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
loop.close()
print("closed:", loop.is_closed())
coro = double(1)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()

with asyncio.Runner() as runner:
    print("runner:", runner.run(double(3)), runner.run(double(4)))
late = double(0)
try:
    runner.run(late)
except RuntimeError as e:
    print("RuntimeError:", e)
late.close()


async def inspect_tasks():
    me = asyncio.current_task()
    helper = asyncio.create_task(asyncio.sleep(0.002, result="slept"))
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("main task:", me.get_name(), "tasks:", len(names))
    me.set_name("inspector")
    print("renamed:", asyncio.current_task().get_name())
    print("sleep result:", await helper)
    total = await asyncio.to_thread(crunch, [1, 2, 3], scale=10)
    biggest = await asyncio.get_running_loop().run_in_executor(None, max, 4, 9, 2)
    print("to_thread:", total, "run_in_executor:", biggest)
    print("wait_for None:", await asyncio.wait_for(double(8), None))
    inner = double(2)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("RuntimeError:", e)
    inner.close()

    async def failing():
        raise LookupError("missing key")

    bad = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print("exception():", repr(bad.exception()), bad.done())
    return "ok"


print(asyncio.run(inspect_tasks()))
print(asyncio.run(inspect_tasks()))
