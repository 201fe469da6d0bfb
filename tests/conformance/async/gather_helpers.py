# gather over helper coroutines that each await several tools
import asyncio

async def enrich(item):
    meta = await metadata(item)
    price = await pricing(item, currency="EUR")
    return {"item": item, "source": meta["tool"], "currency": price["kwargs"]["currency"]}

async def main():
    items = ["apple", "pear", "fig"]
    enriched = await asyncio.gather(*[enrich(i) for i in items])
    for e in enriched:
        print(e)
    pair = await asyncio.gather(enrich("kiwi"), metadata("direct"))
    print(pair[0]["item"], pair[1]["args"])

asyncio.run(main())
