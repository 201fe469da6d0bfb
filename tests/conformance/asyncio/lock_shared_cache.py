# a lock makes concurrent cache misses fetch each key only once
import asyncio

cache = {}
fetches = []

async def get_config(lock, key):
    async with lock:
        if key not in cache:
            fetches.append(key)
            r = await config_service(key)
            cache[key] = r["args"][0].upper()
    return cache[key]

async def main():
    lock = asyncio.Lock()
    keys = ["db", "db", "api", "db", "api", "auth"]
    values = await asyncio.gather(*[get_config(lock, k) for k in keys])
    print(values)
    print("fetched:", fetches)
    print(sorted(cache.items()))

asyncio.run(main())
