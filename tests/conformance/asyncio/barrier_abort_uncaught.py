# A barrier aborted while a party still arrives: the late wait() raises
# BrokenBarrierError, which nobody catches.
import asyncio


async def stage(barrier, name, results):
    results.append(f"{name} ready")
    await barrier.wait()
    results.append(f"{name} through")


async def main():
    barrier = asyncio.Barrier(2)
    results = []
    await asyncio.gather(stage(barrier, "a", results), stage(barrier, "b", results))
    print(results)
    print(isinstance(asyncio.BrokenBarrierError("x"), RuntimeError), asyncio.Condition.__name__)
    await barrier.abort()
    print("broken:", barrier.broken, "waiting:", barrier.n_waiting)
    await stage(barrier, "late", results)


asyncio.run(main())
