# a plan of steps dispatched to tools by name, with results threaded through
import asyncio

TOOLS = {"search": search, "fetch": fetch, "summarize": summarize}

async def run_step(step, context):
    tool = TOOLS[step["tool"]]
    arg = step["arg"] if step["arg"] != "$prev" else context[-1]
    r = await tool(arg)
    return f"{r['tool']}({r['args'][0]})"

async def main():
    plan = [
        {"tool": "search", "arg": "pycps"},
        {"tool": "fetch", "arg": "$prev"},
        {"tool": "summarize", "arg": "$prev"},
    ]
    context = []
    for i, step in enumerate(plan):
        out = await run_step(step, context)
        context.append(out)
        print(f"step {i + 1}: {out}")
    print("final:", context[-1])
    print("chars:", len(context[-1]))

asyncio.run(main())
