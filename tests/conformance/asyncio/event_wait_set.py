# workers block on an Event until the coordinator has loaded the model
import asyncio

async def worker(ready, name):
    await ready.wait()
    r = await infer(name)
    return f"{name}: {r['tool']}"

async def coordinator(ready):
    r = await load_model("llm-small")
    ready.set()
    return r["args"][0]

async def main():
    ready = asyncio.Event()
    print("is_set before:", ready.is_set())
    results = await asyncio.gather(worker(ready, "w1"), worker(ready, "w2"), coordinator(ready), worker(ready, "w3"))
    print(results)
    print("is_set after:", ready.is_set())
    print("wait on a set event returns:", await ready.wait())
    ready.clear()
    print("after clear:", ready.is_set())

asyncio.run(main())
