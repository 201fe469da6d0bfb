# a polite crawler: at most 2 requests per host, peak concurrency tracked per host
import asyncio

current = {}
peaks = {}

async def get(host, path, limits):
    async with limits[host]:
        current[host] = current.get(host, 0) + 1
        peaks[host] = max(peaks.get(host, 0), current[host])
        r = await http_get(host, path)
        current[host] -= 1
    return f"{r['args'][0]}{r['args'][1]}"

async def main():
    hosts = ["a.com", "b.com"]
    limits = {h: asyncio.Semaphore(2) for h in hosts}
    paths = ["/", "/about", "/blog", "/docs", "/faq"]
    jobs = [get(h, p, limits) for h in hosts for p in paths]
    pages = await asyncio.gather(*jobs)
    print(len(pages))
    print(pages[:3])
    print("peaks:", sorted(peaks.items()))
    print("current:", sorted(current.items()))

asyncio.run(main())
