# gather inside coroutines that are themselves gathered
import asyncio

async def leaf(group, i):
    r = await work(group, i)
    return r["args"][0] + str(r["args"][1])

async def branch(group, n):
    parts = await asyncio.gather(*[leaf(group, i) for i in range(n)])
    return ",".join(parts)

async def main():
    trees = await asyncio.gather(branch("a", 2), branch("b", 3), branch("c", 1))
    print(trees)
    deeper = await asyncio.gather(*[asyncio.gather(leaf("x", i), leaf("y", i)) for i in range(3)])
    print(deeper)

asyncio.run(main())
