# async with A() as a, B() as b: entered left to right, exited right to left
import asyncio

log = []

class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await acquire(self.name)
        log.append(f"+{self.name}")
        return self.name.upper()

    async def __aexit__(self, *exc_info):
        await release(self.name)
        log.append(f"-{self.name}")

async def main():
    async with Resource("db") as db, Resource("cache") as cache:
        log.append(f"using {db} and {cache}")
    print(log)
    log.clear()
    async with Resource("outer") as o:
        async with Resource("inner") as i:
            log.append(f"{o}/{i}")
    print(log)
    log.clear()
    results = await asyncio.gather(use("r1"), use("r2"))
    print(results, sorted(log))

async def use(name):
    async with Resource(name) as r:
        return r + "!"

asyncio.run(main())
