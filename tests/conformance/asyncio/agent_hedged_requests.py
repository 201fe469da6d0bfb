# pycps: scheduler=eager
# hedging: start a backup request if the primary is slow; keep whichever finishes first
import asyncio

async def hedged(key):
    primary = asyncio.create_task(primary_store(key))
    done, _ = await asyncio.wait({primary}, timeout=0.02)
    if done:
        return "primary", primary.result()["args"][0]
    backup = asyncio.create_task(replica_store(key))
    done, pending = await asyncio.wait({primary, backup}, return_when=asyncio.FIRST_COMPLETED)
    for t in pending:
        t.cancel()
    winner = done.pop()
    return ("backup" if winner is backup else "primary"), winner.result()["args"][0]

async def main():
    print(await hedged("user:1"))
    results = await asyncio.gather(hedged("a"), hedged("b"))
    print(results)
    r = await asyncio.wait_for(fast_store("c"), timeout=1)
    print(r["tool"])

asyncio.run(main())
