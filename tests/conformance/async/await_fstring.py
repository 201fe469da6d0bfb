# await inside f-string replacement fields
import asyncio

async def name():
    r = await user()
    return r["name"]

async def main():
    print(f"hello {await name()}!")
    print(f"{await name()} has {(await user())['score']} points")
    print(f"score: {(await user())['score']:.2f} / rank {(await rank()):03d}")
    print(f"{(await user())['name']!r} upper={(await name()).upper()}")
    lines = [f"{i}: {await name()}" for i in range(2)]
    print(lines)

asyncio.run(main())
