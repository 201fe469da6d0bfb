# synchronous builtin tools mixed with awaitable tools
import asyncio

def normalize_all(xs):
    return [clean(x)["args"][0] for x in xs]

async def main():
    print(clean("raw text"))
    print(config()["retries"], config()["mode"])
    print(normalize_all(["a", "b"]))
    r = await remote(clean("q")["args"][0])
    print(r)
    rs = await asyncio.gather(*[remote(clean(i)["args"][0]) for i in range(3)])
    print([x["args"][0] for x in rs])

print("top-level builtin:", config())
asyncio.run(main())
