# prints from a chain of sequential awaits (no concurrency: deterministic order)
import asyncio

async def stage(name, n):
    print("enter", name)
    r = await work(name, n)
    print("leave", name, r["args"][1])
    return n + 1

async def pipeline():
    n = 0
    for name in ["load", "parse", "check", "save"]:
        n = await stage(name, n)
    return n

async def main():
    print("pipeline result", await pipeline())
    print("second run", await pipeline())

asyncio.run(main())
