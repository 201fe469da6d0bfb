# SystemExit raised inside a task that main awaits ends the program with
# that code (asyncio re-raises SystemExit out of the loop).
import asyncio

async def worker(n):
    await asyncio.sleep(0)
    if n == 2:
        print("worker", n, "giving up")
        raise SystemExit(6)
    return n

async def main():
    done = []
    for n in range(5):
        done.append(await asyncio.create_task(worker(n)))
        print("done so far", done)

asyncio.run(main())
