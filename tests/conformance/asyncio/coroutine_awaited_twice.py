# a coroutine object can be awaited once; a task can be awaited many times
import asyncio

async def fetch_token():
    r = await auth_service("token")
    return r["args"][0] + "-123"

async def main():
    c = fetch_token()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(fetch_token())
    print(await t, await t)
    c2 = fetch_token()
    first = await asyncio.gather(c2)
    print(first)
    try:
        await c2
    except RuntimeError as e:
        print("after gather:", e)
    c3 = fetch_token()
    c3.close()
    try:
        await c3
    except RuntimeError as e:
        print("closed:", e)

asyncio.run(main())
