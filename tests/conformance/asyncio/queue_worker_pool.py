# an agent worker pool: URLs in a queue, results collected, failures counted
import asyncio

async def worker(name, q, results, errors):
    while True:
        url = await q.get()
        try:
            if url.endswith(".bad"):
                await broken_fetch(url)
            r = await fetch(url)
            results[url] = len(r["args"][0])
        except RuntimeError as e:
            errors.append(f"{url}: {e}")
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    for u in ["a.com", "bb.com", "x.bad", "ccc.com", "y.bad", "dddd.com"]:
        q.put_nowait(u)
    results, errors = {}, []
    workers = [asyncio.create_task(worker(f"w{i}", q, results, errors)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(results.items()))
    print(sorted(errors))
    print(all(w.cancelled() for w in workers))

asyncio.run(main())
