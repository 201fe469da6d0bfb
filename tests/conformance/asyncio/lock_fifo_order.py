# waiters acquire a Lock in the order they asked for it
import asyncio

order = []

async def writer(lock, name):
    async with lock:
        order.append(f"{name} in")
        await write_file(name)
        order.append(f"{name} out")

async def main():
    lock = asyncio.Lock()
    print("locked before:", lock.locked())
    await asyncio.gather(*[writer(lock, n) for n in ["w1", "w2", "w3"]])
    print(order)
    await lock.acquire()
    print("locked after acquire():", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
