# __aexit__ returning True suppresses the exception from the block
import asyncio

class IgnoreToolErrors:
    def __init__(self):
        self.errors = []

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, RuntimeError):
            await report(str(exc))
            self.errors.append(str(exc))
            return True
        return None

async def main():
    guard = IgnoreToolErrors()
    for tool in [good_tool, bad_tool, good_tool, bad_tool]:
        async with guard:
            r = await tool("x")
            print("ok:", r["tool"])
    print("suppressed:", guard.errors)
    try:
        async with guard:
            raise KeyError("not suppressed")
    except KeyError as e:
        print("KeyError escaped:", e)
    async with guard as g:
        print(g is guard)

asyncio.run(main())
