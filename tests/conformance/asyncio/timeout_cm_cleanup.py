# code inside asyncio.timeout sees CancelledError; finally blocks run before TimeoutError escapes
import asyncio

log = []

async def transcode(name):
    log.append(f"{name}: start")
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        log.append(f"{name}: cancelled")
        raise
    finally:
        log.append(f"{name}: temp files removed")

async def main():
    try:
        async with asyncio.timeout(0.02):
            try:
                await transcode("video.mp4")
            finally:
                log.append("block: finally")
    except TimeoutError:
        log.append("outside: TimeoutError")
    print("\n".join(log))
    try:
        async with asyncio.timeout(0.5):
            raise ValueError("bad input")
    except ValueError as e:
        print("other errors pass through:", e)

asyncio.run(main())
