# nested TaskGroups: a crawler groups pages per site, sites in an outer group
import asyncio

async def fetch_page(site, page):
    r = await http_get(site, page)
    return f"{r['args'][0]}/{r['args'][1]}"

async def crawl_site(site, pages):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_page(site, p)) for p in pages]
    return [t.result() for t in tasks]

async def main():
    sites = {"a.io": ["index", "about"], "b.dev": ["index"], "c.org": ["x", "y", "z"]}
    async with asyncio.TaskGroup() as outer:
        jobs = {s: outer.create_task(crawl_site(s, p)) for s, p in sites.items()}
    for s, t in jobs.items():
        print(s, t.result())
    print(sum(len(t.result()) for t in jobs.values()), "pages")

asyncio.run(main())
