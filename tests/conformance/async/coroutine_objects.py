# coroutine objects can be created first and awaited later
import asyncio

async def job(name):
    r = await run_job(name)
    return r["args"][0] + " done"

async def main():
    c = job("first")
    print("created, not yet awaited")
    print(await c)
    pending = [job("a"), job("b"), job("c")]
    results = []
    for p in pending:
        results.append(await p)
    print(results)
    later = {"x": job("x"), "y": job("y")}
    print(await later["y"], await later["x"])
    batch = [job(str(i)) for i in range(3)]
    print(await asyncio.gather(*batch))

asyncio.run(main())
