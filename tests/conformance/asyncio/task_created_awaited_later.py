# tasks created up front, other work done meanwhile, awaited later in any order
import asyncio

async def fetch_profile(user):
    r = await profile_api(user)
    return {"user": r["args"][0], "plan": "pro" if len(user) > 3 else "free"}

async def main():
    pending = {u: asyncio.create_task(fetch_profile(u)) for u in ["ann", "bob", "carol", "dave"]}
    local = await cache_lookup("settings")
    print("did local work first:", local)
    for user in reversed(list(pending)):
        profile = await pending[user]
        print(user, "->", profile["plan"])
    print(sorted(p.result()["user"] for p in pending.values()))
    late = asyncio.create_task(fetch_profile("eve"))
    print(await cache_lookup("more"), "then", (await late)["plan"])

asyncio.run(main())
