# await inside list, tuple and dict literals
import asyncio

async def v(x):
    r = await echo(x)
    return r["args"][0]

async def main():
    lst = [await v(1), 2, await v(3)]
    print(lst)
    tup = (await v("a"), await v("b"))
    print(tup)
    d = {"first": await v(10), await v("key"): await v("val"), "last": 0}
    print(d)
    nested = {"xs": [await v(1), [await v(2)]], "t": (await v(3),)}
    print(nested)
    print([await v(i * i) for i in range(4)][-1])

asyncio.run(main())
