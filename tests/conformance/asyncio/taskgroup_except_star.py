# except* splits the ExceptionGroup from a TaskGroup by exception type
import asyncio

async def call(tool_name, ok):
    if ok == "type":
        raise TypeError(f"{tool_name}: bad argument type")
    if ok == "value":
        raise ValueError(f"{tool_name}: bad value")
    r = await api(tool_name)
    return r["args"][0]

async def run_batch(spec):
    async with asyncio.TaskGroup() as tg:
        for name, ok in spec:
            tg.create_task(call(name, ok))

async def main():
    try:
        await run_batch([("t1", "type"), ("t2", "value"), ("ok", "yes"), ("t3", "type")])
    except* TypeError as eg:
        print("type errors:", sorted(str(e) for e in eg.exceptions))
    except* ValueError as eg:
        print("value errors:", sorted(str(e) for e in eg.exceptions))
    await run_batch([("fine", "yes")])
    print("clean batch finished")
    try:
        await run_batch([("u1", "value")])
    except* ValueError as eg:
        print(type(eg).__name__, len(eg.exceptions))

asyncio.run(main())
