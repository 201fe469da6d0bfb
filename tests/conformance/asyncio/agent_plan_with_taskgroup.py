# plan -> execute steps concurrently in a TaskGroup -> summarize
import asyncio

async def execute(step):
    if step["kind"] == "read":
        r = await read_file(step["path"])
        return f"read {r['args'][0]}"
    if step["kind"] == "run":
        r = await run_command(step["cmd"])
        return f"ran {r['args'][0]}"
    return f"skipped {step['kind']}"

async def main():
    plan = planner("fix the failing test")
    print("plan:", [s["kind"] for s in plan])
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(execute(s)) for s in plan]
    outputs = [t.result() for t in tasks]
    for o in outputs:
        print(" ", o)
    summary = await summarize(len(outputs))
    print("summary:", summary["tool"], summary["args"])

asyncio.run(main())
