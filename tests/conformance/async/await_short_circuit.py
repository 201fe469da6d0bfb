# await in and/or: the right side is only awaited when needed
import asyncio

calls = []

async def check(label, result):
    calls.append(label)
    await probe(label)
    return result

async def main():
    print(await check("a", True) and await check("b", False))
    print(await check("c", False) and await check("d", True))
    print(await check("e", 0) or await check("f", "fallback"))
    print(await check("g", "first") or await check("h", "second"))
    print(calls)
    x = await check("i", None) or await check("j", 0) or "default"
    print(x, calls[-2:])
    ok = not await check("k", False) and (await check("l", 3) > 2)
    print(ok, len(calls))

asyncio.run(main())
