# retry a slow step with increasing timeouts until it fits
import asyncio

async def render_report(pages):
    await asyncio.sleep(0.01 * pages)
    return f"report with {pages} pages"

async def with_growing_timeout(pages, timeouts):
    for attempt, limit in enumerate(timeouts, 1):
        try:
            result = await asyncio.wait_for(render_report(pages), timeout=limit)
            return attempt, result
        except TimeoutError:
            print(f"  attempt {attempt}: {limit}s was too short")
    return len(timeouts), None

async def main():
    print(await with_growing_timeout(1, [0.5]))
    print(await with_growing_timeout(6, [0.001, 0.002, 0.5]))
    print(await with_growing_timeout(30, [0.001, 0.002]))

asyncio.run(main())
