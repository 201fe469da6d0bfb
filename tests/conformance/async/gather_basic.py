# gather three different tools; results come back in argument order
import asyncio

async def main():
    results = await asyncio.gather(slow("s"), fast("f"), medium("m"))
    print(len(results))
    for r in results:
        print(r["tool"], r["args"])
    a, b, c = await asyncio.gather(fast(1), fast(2), slow(3))
    print(a["args"][0] + b["args"][0] + c["args"][0])
    print(type_names(results))

def type_names(rs):
    return [r["tool"] for r in rs]

asyncio.run(main())
