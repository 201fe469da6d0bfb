# cancellation travels through a chain of awaits; each level's finally runs inner to outer
import asyncio

trail = []

async def level3():
    try:
        await deep_tool("leaf")
    finally:
        trail.append("level3 finally")

async def level2():
    try:
        await level3()
    except asyncio.CancelledError:
        trail.append("level2 saw CancelledError")
        raise
    finally:
        trail.append("level2 finally")

async def level1():
    try:
        await level2()
        trail.append("level1 not reached")
    finally:
        trail.append("level1 finally")

async def main():
    task = asyncio.create_task(level1())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        trail.append("main caught CancelledError")
    print("\n".join(trail))

asyncio.run(main())
