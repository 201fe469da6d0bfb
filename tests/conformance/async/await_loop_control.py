# break/continue decided by awaited values inside while and for loops
import asyncio

async def value(x):
    return (await probe(x))["args"][0]

async def main():
    i = 0
    seen = []
    while True:
        i += 1
        if await value(i) % 3 == 0:
            continue
        if await value(i) > 10:
            break
        seen.append(i)
    print(seen, i)
    found = None
    for x in [4, 9, 16, 25]:
        if await value(x) > 10:
            found = x
            break
    print("found", found)
    count = 0
    while count < await value(5):
        count += await value(2)
    print("count", count)

asyncio.run(main())
