# await inside call arguments: out.append(await f(i)), g(await a(), b, await c())
import asyncio

def combine(x, y, z):
    return f"{x}|{y}|{z}"

async def main():
    out = []
    for i in range(3):
        out.append(await fetch(i))
    print([r["args"] for r in out])
    b = "middle"
    print(combine((await fetch("a"))["args"][0], b, (await fetch("c"))["args"][0]))
    print(len(await fetch(1, 2, 3)))
    print(str(await value()), int(await value()) + 1)
    print(max(await value(), 10, await value() * 2))
    words = []
    words.extend((await fetch("x", "y"))["args"])
    print(words)

asyncio.run(main())
