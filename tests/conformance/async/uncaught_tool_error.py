# a tool's RuntimeError escapes main and ends the program
import asyncio

async def main():
    r = await fine("warmup")
    print("warmup ok", r["args"])
    print("calling the broken tool")
    await broken("payload")
    print("not reached")

asyncio.run(main())
