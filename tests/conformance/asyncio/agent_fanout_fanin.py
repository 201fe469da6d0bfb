# fan out a question to several search tools, fan in, dedupe and rank
import asyncio

async def search_all(question):
    web, news, papers = await asyncio.gather(
        web_search(question, k=3),
        news_search(question),
        paper_search(question, year=2023),
    )
    return [web, news, papers]

async def main():
    hits = await search_all("continuation passing style")
    for h in hits:
        print(h["tool"], h["args"], h["kwargs"])
    questions = ["what is cps", "why async", "what is cps"]
    unique = list(dict.fromkeys(questions))
    batches = await asyncio.gather(*[search_all(q) for q in unique])
    table = {q: [h["tool"] for h in b] for q, b in zip(unique, batches)}
    print(table)
    counts = {}
    for b in batches:
        for h in b:
            counts[h["tool"]] = counts.get(h["tool"], 0) + 1
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    print(rank_results(len(batches))["top"])

asyncio.run(main())
