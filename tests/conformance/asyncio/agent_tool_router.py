# an agent routes plan steps to builtin (sync) and awaitable tools
import asyncio

ROUTES = {"calc": calculator, "search": search, "weather": weather, "now": clock}

async def run_step(step):
    tool = ROUTES[step["tool"]]
    result = tool(*step.get("args", []), **step.get("kwargs", {}))
    if asyncio.iscoroutine(result):
        result = await result
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
