# coroutines mutating shared lists and dicts, results inspected after gather
import asyncio

async def record(log, counts, name):
    r = await event(name)
    counts[name] = counts.get(name, 0) + len(r["args"][0])
    log.append(name)
    return name.upper()

async def main():
    log = []
    counts = {}
    uppers = await asyncio.gather(*[record(log, counts, n) for n in ["aa", "b", "aa", "ccc"]])
    print(uppers)
    print(sorted(log), len(log))
    print(sorted(list(counts.items())))
    seq = []
    for n in ["x", "yy"]:
        await record(seq, counts, n)
    print(seq, counts["x"], counts["yy"])

asyncio.run(main())
