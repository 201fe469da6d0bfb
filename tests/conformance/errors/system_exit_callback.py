# SystemExit raised by an event-loop callback (a done callback here) is
# not reported like other callback errors: it ends the program with its
# status, as asyncio re-raises it out of the loop.
import asyncio
import sys

async def job(n):
    await asyncio.sleep(0)
    return n * 10

def on_done(task):
    value = task.result()
    print("job finished with", value)
    if value >= 20:
        sys.exit(value // 10)

async def main():
    for n in range(1, 4):
        t = asyncio.create_task(job(n))
        t.add_done_callback(on_done)
        await t
        await asyncio.sleep(0)
        print("after job", n)

asyncio.run(main())
