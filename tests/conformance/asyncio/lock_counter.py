# read-modify-write across an await: lost updates without a Lock, correct with one
import asyncio

balance = 0

async def deposit_unsafe(amount):
    global balance
    current = balance
    await ledger_write(amount)
    balance = current + amount

async def deposit_safe(lock, amount):
    global balance
    async with lock:
        current = balance
        await ledger_write(amount)
        balance = current + amount

async def main():
    global balance
    await asyncio.gather(*[deposit_unsafe(10) for _ in range(5)])
    print("without lock:", balance)
    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*[deposit_safe(lock, 10) for _ in range(5)])
    print("with lock:", balance)
    print("lock free again:", not lock.locked())

asyncio.run(main())
