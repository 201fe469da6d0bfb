# await as a method receiver: (await get()).upper()
import asyncio

async def main():
    print((await title()).upper())
    print((await title()).split())
    print((await title()).replace("brown", "red").strip())
    print((await words()).index("b"), (await words()).count("a"))
    d = await record()
    print((await record()).get("name"), (await record()).get("missing", "n/a"))
    print(list((await record()).keys()))
    print("-".join(await words()))

asyncio.run(main())
