# anext(it, default) when __anext__ is a plain def returning a Future
import asyncio

class FutureStream:
    """An async iterator whose __anext__ hands out plain futures."""
    def __init__(self, loop, items):
        self.loop = loop
        self.items = list(items)
    def __aiter__(self):
        return self
    def __anext__(self):
        fut = self.loop.create_future()
        if self.items:
            self.loop.call_later(0.01, fut.set_result, self.items.pop(0))
        else:
            self.loop.call_soon(fut.set_exception, StopAsyncIteration())
        return fut

async def main():
    loop = asyncio.get_running_loop()
    s = FutureStream(loop, ["a", "b"])
    print(await anext(s, "default"))
    print(await anext(s, "default"))
    print(await anext(s, "default"))
    print(await anext(s, None))
    try:
        await anext(s)
    except StopAsyncIteration:
        print("StopAsyncIteration without default")
    s2 = FutureStream(loop, ["x"])
    async for item in s2:
        print("item", item)
    done = loop.create_future()
    done.set_exception(StopAsyncIteration())
    class Done:
        def __anext__(self):
            return done
    print(await anext(Done(), "already-done default"))

asyncio.run(main())
