# score candidates with a builtin scorer and a remote reranker, then rank
import asyncio

def local_score(doc):
    s = scorer(doc)
    return len(s["args"][0]) % 7

async def rerank(doc):
    r = await reranker(doc)
    return (len(r["args"][0]) * 3) % 11

async def main():
    docs = ["intro to cps", "state machines", "async python", "rust futures", "agents"]
    remote = await asyncio.gather(*[rerank(d) for d in docs])
    scored = []
    for d, rs in zip(docs, remote):
        scored.append((local_score(d) + rs, d))
    ranked = sorted(scored, reverse=True)
    for pos, (score, doc) in enumerate(ranked, start=1):
        print(f"{pos}. {doc:<16} {score:>3}")
    print("best:", ranked[0][1])
    cfg = settings()
    print("top-k:", [d for s, d in ranked[:cfg["top_k"]]])

asyncio.run(main())
