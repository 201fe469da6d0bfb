# sys.exit inside a coroutine run by asyncio.run: the exit status comes
# from the code, no traceback; `finally` and `async with` exits run.
import asyncio
import sys

class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return False

async def fetch(i):
    await asyncio.sleep(0)
    return {"id": i, "ok": i % 4 != 3}

async def main():
    async with Conn("db"):
        results = await asyncio.gather(*(fetch(i) for i in range(6)))
        bad = [r["id"] for r in results if not r["ok"]]
        print("results:", len(results), "bad:", bad)
        try:
            if bad:
                sys.exit(4)
        finally:
            print("flushing metrics")

asyncio.run(main())
print("unreachable")
