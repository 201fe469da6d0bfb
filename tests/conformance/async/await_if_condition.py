# await inside if and elif conditions
import asyncio

async def status(code):
    r = await probe(code)
    return r["args"][0]

async def classify(code):
    if await status(code) == 200:
        return "ok"
    elif await status(code) == 404:
        return "missing"
    elif await status(code) >= 500:
        return "server error"
    else:
        return "other"

async def main():
    for code in [200, 404, 503, 301]:
        print(code, await classify(code))
    if not await status(0):
        print("zero is falsy")
    if await status(1) and await status(2) == 2:
        print("both checks passed")

asyncio.run(main())
