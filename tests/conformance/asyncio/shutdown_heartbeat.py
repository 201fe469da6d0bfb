# A background heartbeat that main never cancels: asyncio.run cancels it
# when main returns, so its `except CancelledError`/`finally` output comes
# after main's last line and before the code after asyncio.run.
import asyncio


class Monitor:
    def __init__(self):
        self.beats = 0
        self.events = []

    async def heartbeat(self, interval):
        try:
            while True:
                self.beats += 1
                await asyncio.sleep(interval)
        except asyncio.CancelledError:
            print("heartbeat cancelled; cancelling() =", asyncio.current_task().cancelling())
            raise
        finally:
            print("heartbeat cleanup, beats > 0:", self.beats > 0)


async def fetch(i):
    await asyncio.sleep(0.001 * i)
    return {"id": i, "score": i * i % 7}


async def main():
    mon = Monitor()
    hb = asyncio.create_task(mon.heartbeat(30))
    rows = await asyncio.gather(*(fetch(i) for i in range(6)))
    best = max(rows, key=lambda r: (r["score"], r["id"]))
    print("rows:", len(rows), "best:", best)
    print("heartbeat running:", not hb.done(), hb.get_name())
    print("main returns")
    return hb


hb = asyncio.run(main())
print("after run: done", hb.done(), "cancelled", hb.cancelled())
