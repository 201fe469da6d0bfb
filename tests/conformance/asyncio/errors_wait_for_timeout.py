# an uncaught TimeoutError from wait_for ends the program
import asyncio

async def slow_render(page):
    await asyncio.sleep(5)
    return page

async def main():
    print(await asyncio.wait_for(asyncio.sleep(0.001, result="fast page"), timeout=1))
    print("rendering the slow page with a 20 ms budget")
    await asyncio.wait_for(slow_render("report"), timeout=0.02)
    print("not reached")

asyncio.run(main())
