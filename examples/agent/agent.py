"""A "code mode" agent program: the model writes this Python, the host runs it.

Tools (tools.json): `search` and `fetch` are awaitable host calls, `lookup`
is a plain synchronous builtin, and `flaky` is a backend that keeps failing.
"""
import asyncio

QUERIES = ["rust async runtimes", "cps transform", "python asyncio gather", "state machines"]


def score(hit):
    # Rank hits by how specific their query was: more words, then longer.
    query = hit["args"][0]
    return (len(query.split()), len(query))


async def call_with_retry(tool, arg, attempts=3):
    errors = []
    for attempt in range(1, attempts + 1):
        try:
            return await tool(arg, attempt=attempt)
        except RuntimeError as e:
            errors.append(f"attempt {attempt}: {e}")
    return {"status": "unavailable", "errors": errors}


async def main():
    # 1. Fan out every search at once: one round trip (~50 ms), not four.
    hits = await asyncio.gather(*[search(q, limit=3) for q in QUERIES])
    print(f"searched {len(hits)} queries")

    # 2. Fetch details for the two best hits, again concurrently.
    top = sorted(hits, key=score, reverse=True)[:2]
    details = await asyncio.gather(*[fetch(hit["args"][0]) for hit in top])
    for hit, doc in zip(top, details):
        print(f"- {hit['args'][0]!r}: {doc['title']} ({doc['stars']} stars, {', '.join(doc['tags'])})")

    # 3. A synchronous builtin tool: called directly, no await.
    account = lookup("quota")
    remaining = account["quota"] - len(hits) - len(details)
    print(f"quota left: {remaining} of {account['quota']} ({account['plan']} plan)")

    # 4. A flaky backend: retry, then degrade gracefully.
    status = await call_with_retry(flaky, "publish")
    if status.get("status") == "unavailable":
        print(f"publish skipped after {len(status['errors'])} attempts:")
        for line in status["errors"]:
            print("  " + line)

    report = {
        "queries": len(QUERIES),
        "fetched": [hit["args"][0] for hit in top],
        "quota_left": remaining,
        "published": status.get("status") != "unavailable",
    }
    print("report:", report)
    return report


asyncio.run(main())
