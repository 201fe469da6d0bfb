# gather returns results in argument order even when later calls finish first
import asyncio

async def main():
    results = await asyncio.gather(slow("first"), medium("second"), fast("third"), fast("fourth"))
    print([r["args"][0] for r in results])
    print([r["tool"] for r in results])
    mixed = await asyncio.gather(fast(1), slow(2), asyncio.sleep(0), medium(3))
    print(mixed[2], mixed[1]["args"], len(mixed))

asyncio.run(main())
