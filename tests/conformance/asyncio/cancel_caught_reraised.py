# a worker notices cancellation, records partial progress, and re-raises
import asyncio

progress = {}

async def summarize_all(docs):
    done = []
    try:
        for d in docs:
            r = await summarize(d)
            done.append(r["args"][0])
            await asyncio.sleep(0.02)
    except asyncio.CancelledError:
        progress["partial"] = list(done)
        progress["saw_cancel"] = True
        raise
    return done

async def main():
    task = asyncio.create_task(summarize_all(["a", "b", "c", "d", "e", "f", "g", "h"]))
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError as e:
        print("main saw", type(e).__name__)
    print("saw_cancel:", progress["saw_cancel"])
    print("some but not all done:", 0 < len(progress["partial"]) < 8)
    print("prefix order kept:", progress["partial"] == ["a", "b", "c", "d", "e", "f", "g", "h"][:len(progress["partial"])])
    print(task.cancelled())

asyncio.run(main())
