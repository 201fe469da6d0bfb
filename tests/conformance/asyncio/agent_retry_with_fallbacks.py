# retry each provider with backoff, then fall back to the next provider
import asyncio

log = []

async def with_retries(tool, prompt, attempts=2):
    for i in range(attempts):
        try:
            r = await tool(prompt)
            log.append(f"{r['tool']} ok on try {i + 1}")
            return r
        except RuntimeError as e:
            log.append(f"try {i + 1} failed: {e}")
            await asyncio.sleep(0.001 * (2 ** i))
    raise RuntimeError(f"gave up after {attempts} attempts")

async def complete(prompt):
    for provider in [primary_llm, secondary_llm, local_llm]:
        try:
            r = await with_retries(provider, prompt)
            return r["tool"]
        except RuntimeError as e:
            log.append(str(e))
    return None

async def main():
    print(await complete("summarize the doc"))
    print("\n".join(log))
    log.clear()
    answers = await asyncio.gather(*[complete(p) for p in ["a", "b"]])
    print(answers, len(log))

asyncio.run(main())
