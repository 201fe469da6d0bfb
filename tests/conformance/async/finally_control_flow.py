# break, continue and return crossing try/finally blocks that await
import asyncio

async def note(log, msg):
    r = await audit(msg)
    log.append(r["args"][0])

async def first_big(xs, log):
    for x in xs:
        try:
            if x > 10:
                return x
            if x < 0:
                continue
            await note(log, "small " + str(x))
        finally:
            await note(log, "checked " + str(x))
    return None

async def main():
    log = []
    print(await first_big([3, -1, 5, 20, 7], log))
    print(log)
    log = []
    i = 0
    while True:
        i += 1
        try:
            if i == 3:
                break
            await note(log, "loop " + str(i))
        finally:
            await note(log, "finally " + str(i))
    print(log)
    try:
        try:
            await failing()
        finally:
            await note(log, "inner cleanup")
    except RuntimeError as e:
        print("outer caught:", e, log[-1])

asyncio.run(main())
