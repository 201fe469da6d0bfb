# create_task starts work in the background; done() and result() report on it
import asyncio

async def index_document(doc):
    r = await indexer(doc)
    return f"indexed {r['args'][0]}"

async def main():
    task = asyncio.create_task(index_document("readme.md"))
    print("done right after create:", task.done())
    value = await task
    print(value)
    print("done after await:", task.done())
    print("result():", task.result())
    print("cancelled():", task.cancelled())
    print("exception():", task.exception())
    print("await again:", await task)
    tasks = [asyncio.create_task(index_document(f"doc{i}.md")) for i in range(3)]
    await asyncio.sleep(0.05)
    print([t.done() for t in tasks])
    print([t.result() for t in tasks])
    print(isinstance(task, asyncio.Task), isinstance(task, asyncio.Future))

asyncio.run(main())
