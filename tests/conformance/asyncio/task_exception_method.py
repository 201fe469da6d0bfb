# inspecting failed tasks with exception() instead of awaiting them
import asyncio

async def validate(record):
    r = await schema_check(record)
    if "id" not in record:
        raise ValueError(f"missing id in {sorted(record)}")
    return record["id"]

async def main():
    records = [{"id": 1}, {"name": "x"}, {"id": 3, "tag": "y"}, {}]
    tasks = [asyncio.create_task(validate(r)) for r in records]
    await asyncio.wait(tasks)
    for i, t in enumerate(tasks):
        exc = t.exception()
        if exc is None:
            print(i, "ok", t.result())
        else:
            print(i, "failed", type(exc).__name__, exc)
    bad = asyncio.create_task(backend_down("x"))
    await asyncio.sleep(0.02)
    print(bad.done(), repr(bad.exception()))
    try:
        bad.result()
    except RuntimeError as e:
        print("result() re-raises:", e)

asyncio.run(main())
