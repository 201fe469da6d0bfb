# A worker pool whose workers wait on the queue forever: main returns
# once the jobs are done, and asyncio.run cancels the idle workers, whose
# cleanup code still runs before asyncio.run returns.
import asyncio

stopped = []
log = []


async def worker(name, queue, results):
    handled = 0
    try:
        while True:
            job = await queue.get()
            try:
                kind, payload = job
                if kind == "sum":
                    results[payload[0]] = sum(payload[1])
                elif kind == "upper":
                    results[payload[0]] = payload[1].upper()
                else:
                    raise ValueError(f"unknown job kind {kind!r}")
                handled += 1
            except ValueError as e:
                log.append(f"{name}: {e}")
            finally:
                queue.task_done()
    except asyncio.CancelledError:
        stopped.append((name, handled >= 0))
        raise
    finally:
        log.append(f"{name} finally")


async def main():
    queue = asyncio.Queue()
    results = {}
    workers = [asyncio.create_task(worker(f"w{i}", queue, results), name=f"w{i}")
               for i in range(3)]
    jobs = [("sum", ("a", [1, 2, 3])), ("upper", ("b", "hello")),
            ("bogus", ("c", None)), ("sum", ("d", range(10))),
            ("upper", ("e", "pycps"))]
    for job in jobs:
        await queue.put(job)
    await queue.join()
    print("results:", dict(sorted(results.items())))
    print("pending workers:", sorted(t.get_name() for t in workers if not t.done()))
    return len(results)


n = asyncio.run(main())
print("asyncio.run returned", n)
print("stopped:", sorted(stopped))
print("log:", sorted(log))
