# breadth-first crawl of a small fake site; each level fetched concurrently
import asyncio

LINKS = {
    "/": ["/docs", "/blog"],
    "/docs": ["/docs/intro", "/docs/api", "/"],
    "/blog": ["/blog/1", "/docs"],
    "/docs/intro": [],
    "/docs/api": ["/docs/api/v2"],
    "/blog/1": [],
    "/docs/api/v2": [],
}

async def fetch_links(url):
    r = await http_get(url)
    return LINKS.get(r["args"][0], [])

async def main():
    seen = {"/": 0}
    frontier = ["/"]
    depth = 0
    while frontier:
        results = await asyncio.gather(*[fetch_links(u) for u in frontier])
        next_frontier = []
        for links in results:
            for link in links:
                if seen.get(link) == None:
                    seen[link] = depth + 1
                    next_frontier.append(link)
        print(f"depth {depth}: fetched {len(frontier)}, discovered {len(next_frontier)}")
        frontier = next_frontier
        depth += 1
    for url, d in sorted(list(seen.items())):
        print(f"{d} {url}")

asyncio.run(main())
