# augmented assignment with an awaited right-hand side
import asyncio

async def amount(n):
    r = await ledger(n)
    return r["args"][0]

async def main():
    total = 0
    total += await amount(5)
    total += await amount(7)
    total *= await amount(3)
    total -= await amount(1)
    print(total)
    text = "log:"
    text += (await ledger("a"))["tool"]
    print(text)
    items = [1]
    items += [await amount(2), await amount(3)]
    print(items)
    counts = {"x": 1}
    counts["x"] += await amount(10)
    print(counts)
    grid = [[0, 0]]
    grid[0][1] += await amount(4)
    print(grid)
    for i in range(3):
        total += await amount(i)
    print(total)

asyncio.run(main())
