# The main task cancelled by another task: main's finally runs, the other
# leftover task is cancelled at shutdown, and CancelledError ends the program.
import asyncio

async def killer(t):
    await asyncio.sleep(0.01)
    print("killing main")
    t.cancel()

async def other():
    try:
        await asyncio.sleep(5)
    finally:
        print("other cleanup")

async def main():
    asyncio.create_task(killer(asyncio.current_task()))
    asyncio.create_task(other())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")

asyncio.run(main())
