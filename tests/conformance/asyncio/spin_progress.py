# A progress reporter that spins on asyncio.sleep(0) beside timed work:
# the sleeping tasks must still wake up (the loop checks its timers on
# every iteration), and call_soon/call_later(0) keep CPython's order.
import asyncio


async def download(name, delay, size):
    await asyncio.sleep(delay)
    return name, size


async def main():
    tasks = [asyncio.create_task(download(f"file{i}", 0.005 * (i + 1), 100 * i))
             for i in range(4)]
    spins = 0
    finished = []
    while len(finished) < len(tasks):
        spins += 1
        for t in tasks:
            if t.done() and t.result()[0] not in finished:
                finished.append(t.result()[0])
        await asyncio.sleep(0)
    print("finished in order:", finished)
    print("spun:", spins > 4)
    total = sum(t.result()[1] for t in tasks)
    print("total bytes:", total)

    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0, order.append, "later0")
    loop.call_soon(order.append, "soon1")
    loop.call_later(0.001, order.append, "later1ms")
    loop.call_soon(order.append, "soon2")
    while len(order) < 4:
        await asyncio.sleep(0)
    print("order:", order)

    flag = {"stop": False}

    async def ticker():
        n = 0
        while not flag["stop"]:
            n += 1
            await asyncio.sleep(0)
        return n

    t = asyncio.create_task(ticker())
    await asyncio.sleep(0.01)
    flag["stop"] = True
    n = await t
    print("ticker ran:", n > 1)


asyncio.run(main())
