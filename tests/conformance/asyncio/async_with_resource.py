# async with on a class with __aenter__/__aexit__: enter, body, exit in order
import asyncio

log = []

class Browser:
    def __init__(self, profile):
        self.profile = profile
        self.pages = 0

    async def __aenter__(self):
        r = await launch_browser(self.profile)
        log.append(f"launched {r['args'][0]}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await close_browser(self.profile)
        log.append(f"closed {self.profile} after {self.pages} pages ({exc_type.__name__ if exc_type else 'ok'})")
        return False

    async def visit(self, url):
        r = await open_page(url)
        self.pages += 1
        return r["args"][0]

async def main():
    async with Browser("default") as b:
        print(await b.visit("a.com"), await b.visit("b.com"))
    try:
        async with Browser("incognito") as b:
            await b.visit("c.com")
            raise ConnectionError("tab crashed")
    except ConnectionError as e:
        print("propagated:", e)
    for line in log:
        print(line)

asyncio.run(main())
