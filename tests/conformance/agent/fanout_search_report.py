# fan out searches with gather, then aggregate hits into a report
import asyncio

async def search_topic(topic):
    r = await web_search(topic, max_results=3)
    hits = [f"{r['args'][0]}-result-{i}" for i in range(r["kwargs"]["max_results"])]
    return {"topic": topic, "hits": hits}

async def main():
    topics = ["rust async", "python asyncio", "cps transform", "state machines"]
    found = await asyncio.gather(*[search_topic(t) for t in topics])
    total = 0
    print("# Search report")
    for f in found:
        total += len(f["hits"])
        print(f"## {f['topic']} ({len(f['hits'])} hits)")
        for h in f["hits"][:2]:
            print(f"- {h}")
    print(f"total hits: {total}")
    longest = max([len(f["topic"]) for f in found])
    print(f"longest topic has {longest} chars")

asyncio.run(main())
