# asyncio.wait(ALL_COMPLETED) returns (done, pending) sets: print them sorted
import asyncio

async def check_service(name):
    r = await health(name)
    if name == "billing":
        raise RuntimeError("billing is down")
    return f"{r['args'][0]} healthy"

async def main():
    names = ["auth", "billing", "search", "storage"]
    tasks = [asyncio.create_task(check_service(n)) for n in names]
    done, pending = await asyncio.wait(tasks)
    print(len(done), "done,", len(pending), "pending")
    ok = sorted(t.result() for t in done if t.exception() is None)
    bad = sorted(str(t.exception()) for t in done if t.exception() is not None)
    print(ok)
    print(bad)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending), asyncio.ALL_COMPLETED)
    more = [asyncio.create_task(check_service(n)) for n in ["cdn", "dns"]]
    done, _ = await asyncio.wait(more, timeout=2)
    print(sorted(t.result() for t in done))

asyncio.run(main())
