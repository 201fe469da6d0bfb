# asyncio.iscoroutine tells coroutine objects apart from functions, tasks and values
import asyncio

async def plan(goal):
    r = await planner(goal)
    return r["args"][0]

def sync_helper():
    return "sync"

async def main():
    c = plan("ship it")
    print(asyncio.iscoroutine(c))
    print(asyncio.iscoroutine(plan), asyncio.iscoroutine(sync_helper()), asyncio.iscoroutine(42))
    task = asyncio.create_task(plan("task"))
    print("task is coroutine:", asyncio.iscoroutine(task))
    print(await c, await task)
    print(asyncio.iscoroutine(planner("x")) if False else "tool call skipped")
    steps = [plan("a"), "literal", plan("b")]
    resolved = [await s if asyncio.iscoroutine(s) else s for s in steps]
    print(resolved)
    print(asyncio.iscoroutinefunction(plan), asyncio.iscoroutinefunction(sync_helper))
    g = asyncio.gather(plan("g"))
    print("gather future is coroutine:", asyncio.iscoroutine(g))
    print(await g)

asyncio.run(main())
