# exceptions raised inside coroutines after an await, caught by the awaiting caller
import asyncio

async def parse(raw):
    r = await fetch(raw)
    text = r["args"][0]
    return int(text)

async def lookup(table, key):
    await fetch(key)
    return table[key]

async def main():
    for raw in ["12", "x", "30"]:
        try:
            print("parsed", await parse(raw))
        except ValueError as e:
            print("bad:", e)
    try:
        print(await lookup({"a": 1}, "a"))
        print(await lookup({"a": 1}, "zz"))
    except KeyError as e:
        print("missing key", e)
    try:
        await fetch(1 / 0)
    except ZeroDivisionError as e:
        print("argument failed before the call:", e)

asyncio.run(main())
