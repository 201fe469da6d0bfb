# deduplicate queries, fetch each unique one once in parallel, map answers back
import asyncio

async def main():
    requested = ["Paris", "rome", "paris", "Oslo", "ROME", "lima"]
    unique = []
    index = {}
    for q in requested:
        key = q.lower()
        if index.get(key) == None:
            index[key] = len(unique)
            unique.append(key)
    print("unique:", unique)
    answers = await asyncio.gather(*[geocode(u) for u in unique])
    for q in requested:
        a = answers[index[q.lower()]]
        print(f"{q:>6} -> {a['args'][0]}")
    print(f"saved {len(requested) - len(unique)} calls")

asyncio.run(main())
