# call several tools concurrently, some failing; collect per-tool status without crashing
import asyncio

async def call_safely(name, coro_fn, arg):
    try:
        r = await coro_fn(arg)
        return {"name": name, "ok": True, "detail": r["tool"]}
    except RuntimeError as e:
        return {"name": name, "ok": False, "detail": str(e)}

async def main():
    checks = [("db", db_ping), ("cache", cache_ping), ("queue", queue_ping), ("db2", db_ping)]
    results = await asyncio.gather(*[call_safely(n, f, n) for n, f in checks])
    healthy = [r["name"] for r in results if r["ok"]]
    failing = [r for r in results if not r["ok"]]
    print("healthy:", ", ".join(healthy))
    for r in failing:
        print(f"FAIL {r['name']}: {r['detail']}")
    status = "degraded" if failing else "ok"
    print(f"status={status} ({len(healthy)}/{len(results)})")

asyncio.run(main())
