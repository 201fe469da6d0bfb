# await in subscript positions, both as the container and as the key, and in store targets
import asyncio

async def key(k):
    r = await lookup(k)
    return r["args"][0]

async def main():
    table = {"a": 1, "b": 2}
    print(table[await key("b")])
    print((await lookup("x", "y"))["args"][1])
    print((await lookup(1, 2, 3))["args"][1:])
    store = {}
    store[await key("k1")] = await key("v1")
    store[await key("k2")] = [await key(0), await key(1)]
    print(store)
    xs = [0, 0, 0]
    xs[await key(2)] = await key("last")
    print(xs)
    print([10, 20, 30][await key(-1)])

asyncio.run(main())
