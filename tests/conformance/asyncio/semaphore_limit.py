# a Semaphore caps how many tool calls are in flight; count the peak in Python
import asyncio

in_flight = 0
peak = 0

async def limited_fetch(sem, url):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        r = await fetch(url)
        in_flight -= 1
        return r["args"][0]

async def main():
    global peak
    sem = asyncio.Semaphore(3)
    urls = [f"https://site/{i}" for i in range(10)]
    pages = await asyncio.gather(*[limited_fetch(sem, u) for u in urls])
    print(len(pages), pages[0], pages[-1])
    print("peak in flight:", peak)
    print("all released:", not sem.locked(), in_flight)
    peak = 0
    one = asyncio.Semaphore(1)
    await asyncio.gather(*[limited_fetch(one, u) for u in urls[:4]])
    print("peak with Semaphore(1):", peak)

asyncio.run(main())
