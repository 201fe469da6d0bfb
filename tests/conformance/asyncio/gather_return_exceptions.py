# gather(return_exceptions=True) collects failures in place of results
import asyncio

async def lookup(key):
    if key.startswith("bad"):
        raise KeyError(key)
    r = await kv_get(key)
    return r["args"][0].upper()

async def main():
    keys = ["alpha", "bad-1", "beta", "bad-2"]
    results = await asyncio.gather(*[lookup(k) for k in keys], return_exceptions=True)
    for k, r in zip(keys, results):
        if isinstance(r, BaseException):
            print(k, "failed:", type(r).__name__, r)
        else:
            print(k, "ok:", r)
    mixed = await asyncio.gather(kv_get("x"), broken_tool("y"), lookup("gamma"), return_exceptions=True)
    print(mixed[0]["tool"], repr(mixed[1]), mixed[2])
    ok = [r for r in mixed if not isinstance(r, Exception)]
    errs = [r for r in mixed if isinstance(r, Exception)]
    print(len(ok), "ok,", len(errs), "errors:", [str(e) for e in errs])
    print(await asyncio.gather(return_exceptions=True))

asyncio.run(main())
