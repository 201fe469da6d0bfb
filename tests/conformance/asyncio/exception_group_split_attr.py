# ExceptionGroup.split/subgroup/derive used as stored attributes
import asyncio

async def tool(name, fail_with=None):
    await asyncio.sleep(0.001)
    if fail_with:
        raise fail_with(f"{name} failed")
    return name

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(tool("search", ValueError))
            tg.create_task(tool("fetch", TimeoutError))
            tg.create_task(tool("parse", ValueError))
            tg.create_task(tool("rank"))
    except ExceptionGroup as eg:
        split = eg.split
        retryable, fatal = split(TimeoutError)
        print("retryable:", [str(e) for e in retryable.exceptions])
        print("fatal:", sorted(str(e) for e in fatal.exceptions))
        pick = eg.subgroup
        print(pick(lambda e: "parse" in str(e)))
        print(pick(KeyError))
        derive = fatal.derive
        d = derive([RuntimeError("wrapped")])
        print(type(d).__name__, d.message, d.exceptions)
        handlers = {name: getattr(eg, name) for name in ("split", "subgroup")}
        match, rest = handlers["split"]((ValueError, TimeoutError))
        print(len(match.exceptions), rest)

asyncio.run(main())
