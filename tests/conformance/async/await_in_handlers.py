# awaits inside except and finally blocks
import asyncio

async def main():
    log = []
    try:
        await failing("first")
    except RuntimeError as e:
        r = await recover(str(e))
        log.append(r["args"][0])
    finally:
        done = await recover("cleanup")
        log.append(done["args"][0])
    print(log)
    for i in range(2):
        try:
            if i == 0:
                await failing(i)
            log.append("ok " + str(i))
        except RuntimeError as e:
            log.append("handled " + (await recover(i))["tool"])
        finally:
            log.append((await recover("f" + str(i)))["args"][0])
    print(log)

asyncio.run(main())
