# asyncio.run returns main's value; several asyncio.run calls in one program
import asyncio

async def compute(x):
    r = await square(x)
    return r["args"][0] ** 2

async def main(n):
    return [await compute(i) for i in range(n)]

first = asyncio.run(main(3))
print(first)
second = asyncio.run(main(5))
print(second, sum(second))
print(asyncio.run(compute(12)))
