# async comprehensions: async for in list/set/dict comprehensions, await in the element
import asyncio

async def ids(n):
    for i in range(n):
        r = await id_source(i)
        yield r["args"][0]

async def name_of(i):
    r = await names(i)
    return f"user{r['args'][0]}"

async def main():
    print([x async for x in ids(5)])
    print([x * x async for x in ids(6) if x % 2 == 1])
    print(sorted({x % 3 async for x in ids(7)}))
    print({x: await name_of(x) async for x in ids(3)})
    print([await name_of(i) for i in range(4)])
    print([await name_of(i) for i in range(6) if i > 3])
    nested = [[await name_of(i * 10 + j) for j in range(2)] for i in range(2)]
    print(nested)
    print(sum([x async for x in ids(4)]), max([await name_of(i) for i in [3, 1, 2]]))

asyncio.run(main())
