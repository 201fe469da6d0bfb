# gather edge cases an agent hits when a plan has zero or one step
import asyncio

async def step(name):
    r = await run_step(name)
    return r["args"][0]

async def run_plan(steps):
    return await asyncio.gather(*[step(s) for s in steps])

async def main():
    print(await run_plan([]))
    print(await run_plan(["only"]))
    print(await run_plan(["a", "b"]))
    empty = await asyncio.gather()
    print(empty, type(empty).__name__, len(empty))
    single = await asyncio.gather(asyncio.sleep(0))
    print(single)
    values = await asyncio.gather(asyncio.sleep(0, result=1), asyncio.sleep(0.001, result=2))
    print(values)
    plans = [[], ["x"], ["y", "z"]]
    print(await asyncio.gather(*[run_plan(p) for p in plans]))

asyncio.run(main())
