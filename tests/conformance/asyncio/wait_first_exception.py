# FIRST_EXCEPTION returns as soon as one task fails
import asyncio

async def step(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} rejected the input")
    return name

async def main():
    tasks = [
        asyncio.create_task(step("lint", 0.001)),
        asyncio.create_task(step("typecheck", 0.01, fail=True)),
        asyncio.create_task(step("test", 5)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    failed = [t for t in done if t.exception() is not None]
    print("failed:", [str(t.exception()) for t in failed])
    print("finished ok:", sorted(t.result() for t in done if t.exception() is None))
    print("pending:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print([t.cancelled() for t in tasks])
    ok = [asyncio.create_task(step(n, 0.001)) for n in "ab"]
    done, pending = await asyncio.wait(ok, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending))

asyncio.run(main())
