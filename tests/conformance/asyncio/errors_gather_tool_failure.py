# a tool's RuntimeError escapes gather and asyncio.run
import asyncio

async def enrich(user):
    profile = await profile_api(user)
    return profile["args"][0]

async def main():
    users = ["ann", "bob"]
    print(await asyncio.gather(*[enrich(u) for u in users]))
    print("now calling the billing backend")
    await asyncio.gather(enrich("carl"), billing_api("carl"), enrich("dora"))
    print("not reached")

asyncio.run(main())
