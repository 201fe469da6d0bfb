# Managing resources in a small job runner with contextlib helpers.
import asyncio
from contextlib import contextmanager, asynccontextmanager, ExitStack, AsyncExitStack, suppress

log = []


@contextmanager
def timer(label):
    log.append(f"start {label}")
    try:
        yield label
    except ValueError as e:
        log.append(f"{label} failed: {e}")
        raise
    finally:
        log.append(f"stop {label}")


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        self.open = True
        log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False


def run_batch(names, fail_on=None):
    with ExitStack() as stack:
        conns = [stack.enter_context(Connection(n)) for n in names]
        stack.callback(log.append, "batch callbacks done")
        with timer("batch"):
            for c in conns:
                if c.name == fail_on:
                    raise ValueError(f"bad {c.name}")
                log.append(f"use {c.name}")
    return len(conns)


print(run_batch(["db", "cache"]))
try:
    run_batch(["db", "queue", "cache"], fail_on="queue")
except ValueError as e:
    print("batch error:", e)
print("\n".join(log))
log.clear()


@contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception:
        store.clear()
        store.update(snapshot)
        log.append("rolled back")
    else:
        log.append("committed")


accounts = {"a": 100, "b": 50}
with transaction(accounts) as s:
    s["a"] -= 30
    s["b"] += 30
with transaction(accounts) as s:
    s["a"] -= 500
    if s["a"] < 0:
        raise RuntimeError("overdraft")
print(accounts, log)

results = []
for raw in ["1", "x", "3", None, "5"]:
    with suppress(ValueError, TypeError):
        results.append(int(raw))
print(results)


@asynccontextmanager
async def acquire(pool, name):
    await asyncio.sleep(0)
    pool.append(name)
    try:
        yield name
    finally:
        pool.remove(name)
        print("released", name)


async def worker(pool, name, n):
    async with acquire(pool, name):
        await asyncio.sleep(0.001 * n)
        return f"{name} saw {sorted(pool)}"


async def main():
    pool = []
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(acquire(pool, "outer1"))
        b = await stack.enter_async_context(acquire(pool, "outer2"))
        print("holding", a, b, pool)
    out = await asyncio.gather(worker(pool, "w1", 1), worker(pool, "w2", 2))
    print(out, pool)
    try:
        async with acquire(pool, "doomed"):
            raise KeyError("lost")
    except KeyError as e:
        print("KeyError", e, pool)


asyncio.run(main())
