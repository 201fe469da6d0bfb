# an exception from one gathered task propagates to the awaiting code
import asyncio

async def safe(x):
    r = await ok(x)
    return r["args"][0]

async def risky(x):
    if x == 2:
        raise ValueError("bad input " + str(x))
    return await safe(x)

async def main():
    try:
        await asyncio.gather(safe(1), bad("boom"), safe(3))
        print("not reached")
    except RuntimeError as e:
        print("gather failed:", e)
    try:
        await asyncio.gather(*[risky(i) for i in range(4)])
    except ValueError as e:
        print("gather failed:", e)
    print(await asyncio.gather(*[risky(i) for i in [0, 1, 3]]))

asyncio.run(main())
