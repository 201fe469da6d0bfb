# breaking out of async for early, then closing the generator runs its finally
import asyncio

log = []

async def stream_tokens(prompt):
    try:
        for i in range(100):
            r = await next_token(prompt, i)
            yield f"tok{r['args'][1]}"
    finally:
        log.append(f"stream for {prompt!r} closed")

async def main():
    gen = stream_tokens("hello")
    tokens = []
    async for tok in gen:
        tokens.append(tok)
        if len(tokens) == 4:
            break
    print(tokens)
    print("before aclose:", log)
    await gen.aclose()
    print("after aclose:", log)
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted after close")
    full = [t async for t in stream_limited(3)]
    print(full)

async def stream_limited(n):
    async for t in stream_tokens("short"):
        if n == 0:
            return
        n -= 1
        yield t

asyncio.run(main())
