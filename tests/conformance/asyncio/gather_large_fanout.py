# a wide fan-out: hundreds of tool calls in one gather, then a reduction
import asyncio

async def score(doc_id):
    r = await rank(doc_id, model="small")
    return r["args"][0] % 7, doc_id

async def main():
    ids = list(range(300))
    scored = await asyncio.gather(*[score(i) for i in ids])
    print(len(scored), scored[:3], scored[-1])
    best = sorted(scored, key=lambda p: (-p[0], p[1]))[:5]
    print("best:", best)
    buckets = {}
    for s, d in scored:
        buckets[s] = buckets.get(s, 0) + 1
    print(sorted(buckets.items()))
    echoes = await asyncio.gather(*[rank(i) for i in range(50)])
    print(sum(e["args"][0] for e in echoes), echoes[10]["kwargs"])

asyncio.run(main())
