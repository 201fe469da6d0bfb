# map a tool over many inputs with bounded concurrency and per-item error capture
import asyncio

async def bounded_map(fn, items, limit):
    sem = asyncio.Semaphore(limit)
    stats = {"active": 0, "peak": 0}

    async def run(item):
        async with sem:
            stats["active"] += 1
            stats["peak"] = max(stats["peak"], stats["active"])
            try:
                return await fn(item)
            finally:
                stats["active"] -= 1

    results = await asyncio.gather(*[run(i) for i in items], return_exceptions=True)
    return results, stats["peak"]

async def translate(text):
    if text == "":
        raise ValueError("empty text")
    r = await translator(text, target="fr")
    return r["args"][0][::-1]

async def main():
    texts = ["hello", "", "world", "agent", "", "tools", "cps"]
    results, peak = await bounded_map(translate, texts, limit=2)
    print("peak:", peak)
    for t, r in zip(texts, results):
        print(repr(t), "->", r if not isinstance(r, Exception) else f"error: {r}")
    _, peak = await bounded_map(translate, ["x"] * 10, limit=4)
    print("peak:", peak)

asyncio.run(main())
