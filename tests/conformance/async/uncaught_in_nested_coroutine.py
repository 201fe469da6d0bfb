# a KeyError deep in nested coroutines propagates out of asyncio.run
import asyncio

async def field(record, name):
    await audit(name)
    return record[name]

async def render(record):
    title = await field(record, "title")
    body = await field(record, "body")
    return title + ": " + body

async def main():
    print(await render({"title": "one", "body": "first"}))
    print(await render({"title": "two"}))

asyncio.run(main())
