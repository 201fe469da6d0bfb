# gather returns results in argument order, not completion order
import asyncio

async def ask(source, query):
    r = await search(source, query)
    return f"{r['args'][0]}:{r['args'][1]}"

async def slow_ask(source, query):
    r = await slow_search(source, query)
    return f"{r['args'][0]}:{r['args'][1]}"

async def main():
    results = await asyncio.gather(
        slow_ask("web", "cps"),
        ask("docs", "cps"),
        slow_ask("wiki", "cps"),
        ask("code", "cps"),
    )
    print(results)
    print(type(results).__name__, len(results))
    first, second, *rest = await asyncio.gather(ask("a", "x"), slow_ask("b", "y"), ask("c", "z"))
    print(first, second, rest)
    queries = ["alpha", "beta", "gamma", "delta"]
    answers = await asyncio.gather(*[
        (slow_ask if i % 2 == 0 else ask)("mix", q) for i, q in enumerate(queries)
    ])
    for q, a in zip(queries, answers):
        print(q, "->", a)

asyncio.run(main())
