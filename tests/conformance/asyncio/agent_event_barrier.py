# all agents prepare in parallel, wait at a barrier built from an Event, then act
import asyncio

async def agent(name, ready_count, all_ready, n, log):
    r = await prepare(name)
    log.append(("prepared", r["args"][0]))
    ready_count[0] += 1
    if ready_count[0] == n:
        all_ready.set()
    await all_ready.wait()
    log.append(("acting", name))
    await act(name)
    return name

async def main():
    names = ["planner", "coder", "tester"]
    log = []
    all_ready = asyncio.Event()
    counter = [0]
    done = await asyncio.gather(*[agent(n, counter, all_ready, len(names), log) for n in names])
    print(done)
    phases = [p for p, _ in log]
    print(phases)
    print(phases.index("acting") == len(names))

asyncio.run(main())
