# an agent routes plan steps to builtin (sync) and awaitable tools
import asyncio

ROUTES = {"calc": calculator, "search": search, "weather": weather, "now": clock}
SYNC_TOOLS = {"calc", "now"}

async def run_step(step):
    tool = ROUTES[step["tool"]]
    args, kwargs = step.get("args", []), step.get("kwargs", {})
    if step["tool"] in SYNC_TOOLS:
        result = tool(*args, **kwargs)
    else:
        result = await tool(*args, **kwargs)
    return step["tool"], result

async def main():
    plan = [
        {"tool": "calc", "args": ["2+2"]},
        {"tool": "search", "args": ["cps"], "kwargs": {"k": 2}},
        {"tool": "now"},
        {"tool": "weather", "kwargs": {"city": "Oslo"}},
    ]
    for name, result in [await run_step(s) for s in plan]:
        print(name, "->", result)
    parallel = await asyncio.gather(*[run_step(s) for s in plan])
    print([n for n, _ in parallel])
    print(calculator("1+1") == {"value": 4}, type(clock()).__name__)

asyncio.run(main())
