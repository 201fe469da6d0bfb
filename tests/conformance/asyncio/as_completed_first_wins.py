# pycps: scheduler=eager
# hedged requests: take the first answer from several providers, cancel the rest
import asyncio

async def ask(provider):
    r = await provider("capital of France?")
    return r["tool"]

async def main():
    tasks = [asyncio.create_task(ask(p)) for p in [provider_slow, provider_fast, provider_mid]]
    for fut in asyncio.as_completed(tasks):
        winner = await fut
        break
    print("winner:", winner)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in results])
    print(sum(t.cancelled() for t in tasks), "cancelled")

asyncio.run(main())
