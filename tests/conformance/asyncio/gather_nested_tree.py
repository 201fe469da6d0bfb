# nested gathers: a planner fans out to topics, each topic fans out to sources
import asyncio

async def fetch_source(topic, source):
    r = await fetch(topic, source=source)
    return f"{r['args'][0]}/{r['kwargs']['source']}"

async def research_topic(topic):
    docs = await asyncio.gather(*[fetch_source(topic, s) for s in ["web", "kb"]])
    summary = await summarize(topic, len(docs))
    return {"topic": topic, "docs": docs, "n": summary["args"][1]}

async def plan(goal):
    topics = [goal + "-" + t for t in ["why", "how"]]
    sections = await asyncio.gather(*[research_topic(t) for t in topics])
    return sections

async def main():
    plans = await asyncio.gather(plan("retry"), plan("cache"), asyncio.gather(fetch_source("x", "y")))
    for p in plans[:2]:
        for section in p:
            print(section["topic"], section["n"], section["docs"])
    print(plans[2])
    inner = await asyncio.gather(asyncio.gather(), asyncio.gather(asyncio.sleep(0, result="z")))
    print(inner)

asyncio.run(main())
