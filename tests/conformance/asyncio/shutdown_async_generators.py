# Async generators at asyncio.run's shutdown: one left suspended by main is
# closed first (CPython finalizes it when main's frame goes), one inside a
# cancelled task closes with the task, and one a global still holds is
# closed last by shutdown_asyncgens.
import asyncio

async def ticks(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(0.001)
    finally:
        print(name, "generator closed")

async def consumer():
    try:
        async for x in ticks("bg-gen"):
            if x > 1000:
                break
    finally:
        print("consumer cleanup")

kept = []

async def main():
    asyncio.create_task(consumer())
    g = ticks("global-gen")
    kept.append(g)
    print("first:", await g.__anext__())
    h = ticks("local-gen")
    print("local first:", await anext(h))
    await asyncio.sleep(0.0105)
    print("main returns")

asyncio.run(main())
print("end")
