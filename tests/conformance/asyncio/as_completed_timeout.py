# pycps: scheduler=eager
# as_completed with a timeout: results that arrive in time, then TimeoutError
import asyncio

async def crawl(url, delay):
    await asyncio.sleep(delay)
    r = await fetch_page(url)
    return r["args"][0]

async def main():
    jobs = [crawl("c.com", 5), crawl("a.com", 0.0), crawl("b.com", 0.05)]
    got = []
    try:
        for fut in asyncio.as_completed(jobs, timeout=0.3):
            got.append(await fut)
    except TimeoutError:
        print("gave up waiting")
    print(got)

asyncio.run(main())
