# await as an operand of binary operators, evaluated left to right
import asyncio

async def num(n):
    r = await echo(n)
    return r["args"][0]

async def main():
    x = 10
    print(x + await num(5))
    print(await num(3) * await num(4))
    print(await num(2) ** await num(10), await num(-7) // await num(2), await num(-7) % await num(2))
    print(await num(1) / await num(8), 100 - await num(1) - await num(2))
    print(await num("ab") + "cd", [0] * await num(3))
    print(-(await num(9)), not await num(0))
    print(await num(5) > 3, 1 < await num(2) < 3, await num(2) == 2.0)
    total = await num(1) + await num(2) + await num(3) + await num(4)
    print(total)

asyncio.run(main())
