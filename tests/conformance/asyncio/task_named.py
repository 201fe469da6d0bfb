# naming tasks so an agent can report on them
import asyncio

async def crawl(site):
    pages = await crawler(site)
    return len(pages["args"][0])

async def main():
    tasks = [asyncio.create_task(crawl(s), name=f"crawl:{s}") for s in ["a.io", "bb.org", "ccc.net"]]
    print([t.get_name() for t in tasks])
    results = await asyncio.gather(*tasks)
    for t, n in zip(tasks, results):
        print(t.get_name(), n, t.done())
    tasks[0].set_name("renamed")
    print(tasks[0].get_name())
    me = asyncio.current_task()
    print(type(me).__name__, me.done())

asyncio.run(main())
