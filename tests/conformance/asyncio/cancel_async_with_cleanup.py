# __aexit__ runs when a task is cancelled inside an async with block
import asyncio

log = []
inside = asyncio.Event()

class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await connect(self.name)
        log.append(f"enter {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} with {exc_type.__name__ if exc_type else None}")
        return False

async def job():
    async with Session("db") as s:
        log.append(f"using {s.name}")
        inside.set()
        await slow_query("select 1")
        log.append("query finished")

async def main():
    t = asyncio.create_task(job())
    await inside.wait()
    t.cancel()
    results = await asyncio.gather(t, return_exceptions=True)
    print(type(results[0]).__name__)
    print(log)

asyncio.run(main())
