# map-reduce: split documents into chunks, count words per chunk in parallel, merge
import asyncio

DOCS = [
    "the quick brown fox jumps over the lazy dog",
    "the dog barks and the fox runs",
    "a quick test of the map reduce agent",
]

async def map_chunk(chunk_id, text):
    r = await tokenize(chunk_id, text)
    counts = {}
    for w in r["args"][1].split():
        counts[w] = counts.get(w, 0) + 1
    return counts

def reduce_counts(parts):
    merged = {}
    for part in parts:
        for w, c in part.items():
            merged[w] = merged.get(w, 0) + c
    return merged

async def main():
    parts = await asyncio.gather(*[map_chunk(i, d) for i, d in enumerate(DOCS)])
    print([len(p) for p in parts])
    merged = reduce_counts(parts)
    top = sorted([(-c, w) for w, c in merged.items()])[:5]
    for neg, w in top:
        print(f"{w:<6}{-neg:>3}")
    print("distinct:", len(merged), "total:", sum(list(merged.values())))

asyncio.run(main())
