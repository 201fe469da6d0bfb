# main fails while background tasks are pending: asyncio.run still cancels
# them (their cleanup prints) before the exception propagates.
import asyncio


async def uploader(items):
    sent = []
    try:
        for item in items:
            await asyncio.sleep(5)
            sent.append(item)
    finally:
        print(f"uploader stopped after {len(sent)} of {len(items)} items")


async def validate(record):
    await asyncio.sleep(0)
    if "id" not in record:
        raise KeyError("id")
    return record["id"]


async def main():
    up = asyncio.create_task(uploader(["a", "b", "c"]))
    ids = []
    for rec in [{"id": 1}, {"id": 2}, {"name": "x"}]:
        ids.append(await validate(rec))
        print("validated", ids[-1])
    await up


try:
    asyncio.run(main())
except KeyError as e:
    print("caught", repr(e))

asyncio.run(main())
