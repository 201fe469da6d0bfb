# explicit acquire/release, locked(), and BoundedSemaphore over-release
import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    await sem.acquire()
    print("after 1 acquire, locked:", sem.locked())
    await sem.acquire()
    print("after 2 acquires, locked:", sem.locked())
    sem.release()
    print("after release, locked:", sem.locked())
    sem.release()
    sem.release()
    print("plain Semaphore allows extra release; locked:", sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print("bounded held, locked:", bounded.locked())
        r = await audit("held")
        print(r["args"])
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    print(await bounded.acquire(), bounded.locked())

asyncio.run(main())
