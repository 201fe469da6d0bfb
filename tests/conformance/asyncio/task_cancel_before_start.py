# a task cancelled before it ever runs never executes its body
import asyncio

started = []

async def job(name):
    started.append(name)
    r = await work(name)
    return r["args"][0]

async def main():
    t1 = asyncio.create_task(job("kept"))
    t2 = asyncio.create_task(job("dropped"))
    t2.cancel()
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    print(results[0], type(results[1]).__name__)
    print("started:", started)
    print(t2.cancelled(), t1.cancelled())
    t3 = asyncio.create_task(job("late"))
    await asyncio.sleep(0)
    print("cancel after start:", t3.cancel())
    try:
        await t3
    except asyncio.CancelledError:
        print("t3 cancelled after starting")
    print("started:", started)

asyncio.run(main())
