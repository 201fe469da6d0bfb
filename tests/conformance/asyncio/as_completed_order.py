# pycps: scheduler=eager
# as_completed yields in completion order, which follows the latencies
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    r = await fetch_doc(name)
    return r["args"][0]

async def main():
    coros = [fetch("slow", 0.12), fetch("fast", 0.0), fetch("medium", 0.06)]
    for i, fut in enumerate(asyncio.as_completed(coros), 1):
        name = await fut
        print(i, name)
    order = []
    for fut in asyncio.as_completed([fetch(str(d), d / 100) for d in [16, 2, 26, 9]]):
        order.append(await fut)
    print(order)

asyncio.run(main())
