# await inside raise expressions and error messages
import asyncio

async def message(code):
    r = await describe(code)
    return "error code " + str(r["args"][0])

async def check(code):
    if code != 0:
        raise ValueError(await message(code))
    return "ok"

async def main():
    for code in [0, 3, 0, 7]:
        try:
            print(await check(code))
        except ValueError as e:
            print("caught:", e)
    try:
        raise RuntimeError((await describe("direct"))["args"][0])
    except RuntimeError as e:
        print("direct:", e)

asyncio.run(main())
