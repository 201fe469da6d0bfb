# The event loop policy as agents meet it: get_event_loop() at module level
# creates the loop once; asyncio.run leaves no current loop behind;
# set_event_loop type checks; run() of a non-coroutine; a main task that
# cancels itself; get_event_loop() inside a coroutine is the running loop.
import asyncio

async def job(n):
    await asyncio.sleep(0)
    return n + 1

loop = asyncio.get_event_loop()
print(loop.run_until_complete(job(1)))
print(asyncio.get_event_loop() is loop)
print(asyncio.run(job(2)))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(asyncio.new_event_loop())
print(asyncio.get_event_loop().run_until_complete(job(3)))
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print("TypeError:", e)
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
async def main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("main cancelled")
async def lp():
    l = asyncio.get_event_loop()
    print(l is asyncio.get_running_loop(), l.is_running())
asyncio.run(lp())
