# on timeout wait_for really cancels the inner coroutine (its finally runs before wait_for returns)
import asyncio

log = []

async def generate(prompt):
    log.append(f"start {prompt}")
    try:
        await asyncio.sleep(5)
        log.append("finished")
    except asyncio.CancelledError:
        log.append(f"cancelled {prompt}")
        raise
    finally:
        log.append(f"cleanup {prompt}")

async def main():
    try:
        await asyncio.wait_for(generate("essay"), timeout=0.02)
    except TimeoutError:
        log.append("main: timeout")
    print("\n".join(log))
    task = asyncio.create_task(generate("poem"))
    try:
        await asyncio.wait_for(task, timeout=0.02)
    except TimeoutError:
        print("task done:", task.done(), "cancelled:", task.cancelled())
    print(log[-2:])

asyncio.run(main())
