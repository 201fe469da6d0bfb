# retry a flaky tool a bounded number of times, then fall back to a backup
import asyncio

async def with_retries(query, attempts=3):
    errors = []
    for attempt in range(1, attempts + 1):
        try:
            r = await primary(query, attempt=attempt)
            return {"source": "primary", "data": r}
        except RuntimeError as e:
            errors.append(f"attempt {attempt}: {e}")
            await asyncio.sleep(0.001 * attempt)
    r = await backup(query)
    return {"source": "backup", "data": r["args"][0], "errors": errors}

async def main():
    result = await with_retries("weather in Oslo")
    print("source:", result["source"])
    print("data:", result["data"])
    for line in result["errors"]:
        print(line)
    results = await asyncio.gather(*[with_retries(q, attempts=2) for q in ["a", "b"]])
    print([r["source"] for r in results], [len(r["errors"]) for r in results])

asyncio.run(main())
