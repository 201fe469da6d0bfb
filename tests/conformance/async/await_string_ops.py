# awaited strings fed to string methods and joins
import asyncio

async def main():
    text = await doc()
    print(len(text), text.split("\n")[0])
    print(", ".join(await tags()))
    print((await doc()).upper().split()[-1])
    print([w for w in (await doc()).split() if w.startswith("s")])
    heading = (await tags())[0].upper() + ": " + (await doc()).split("\n")[1].strip()
    print(heading)
    print(f"{len(await tags())} tags, first={(await tags())[0]!r}")

asyncio.run(main())
