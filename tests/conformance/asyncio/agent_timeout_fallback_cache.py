# pycps: scheduler=eager
# live lookups that exceed their deadline fall back to a cache; outcome follows latencies
import asyncio

CACHE = {"AAPL": 190.0, "MSFT": 410.0}

async def quote(symbol):
    try:
        async with asyncio.timeout(0.03):
            r = await live_quote(symbol)
            return symbol, "live", r["tool"]
    except TimeoutError:
        return symbol, "cache", CACHE.get(symbol)

async def fast_quote(symbol):
    r = await asyncio.wait_for(snapshot_quote(symbol), timeout=0.5)
    return symbol, "snapshot", r["args"][0]

async def main():
    results = await asyncio.gather(quote("AAPL"), fast_quote("GOOG"), quote("MSFT"), quote("TSLA"))
    for sym, source, value in results:
        print(f"{sym:<5} {source:<8} {value}")
    print(sum(1 for _, s, _ in results if s == "cache"), "from cache")

asyncio.run(main())
