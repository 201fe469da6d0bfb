# done callbacks that append, spawn follow-up tasks, and resolve another future
import asyncio
async def job(n):
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise ValueError("two")
    return n
async def follow(t):
    print("follow-up for", t.get_name())
async def main():
    done = []
    tasks = [asyncio.create_task(job(i), name=f"j{i}") for i in range(4)]
    for t in tasks:
        t.add_done_callback(done.append)
        t.add_done_callback(lambda t: asyncio.create_task(follow(t)))
    res = await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0.01)
    print(res)
    print([t.get_name() for t in done])
    outer = asyncio.get_running_loop().create_future()
    inner = asyncio.create_task(job(1))
    inner.add_done_callback(lambda t: outer.set_result(t.result() * 10))
    print(await outer)
    f = asyncio.Future()
    f.set_exception(KeyError)
    try:
        await f
    except KeyError as e:
        print("KeyError", repr(e))
asyncio.run(main())
