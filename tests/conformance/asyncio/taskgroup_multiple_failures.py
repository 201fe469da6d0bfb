# several tasks failing in the same step are all collected into the ExceptionGroup
import asyncio

async def validate(field, value):
    if not isinstance(value, int):
        raise TypeError(f"{field} must be an int")
    if value < 0:
        raise ValueError(f"{field} must be >= 0")
    r = await check_range(field, value)
    return r["args"]

async def submit(form):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(validate(k, v)) for k, v in form.items()]
    return [t.result() for t in tasks]

async def main():
    print(await submit({"age": 30, "count": 2}))
    try:
        await submit({"age": -1, "count": "two", "size": 4})
    except ExceptionGroup as eg:
        print(type(eg).__name__, len(eg.exceptions))
        print(str(eg))
        for msg in sorted(str(e) for e in eg.exceptions):
            print(" -", msg)
        print(sorted(type(e).__name__ for e in eg.exceptions))

asyncio.run(main())
