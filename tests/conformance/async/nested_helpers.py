# helper coroutines calling helper coroutines that await tools
import asyncio

async def get_user(uid):
    r = await db("user", uid)
    return {"id": r["args"][1], "name": "user" + str(r["args"][1])}

async def get_posts(uid):
    r = await db("posts", uid)
    return [f"post-{r['args'][1]}-{i}" for i in range(uid)]

async def profile(uid):
    user = await get_user(uid)
    posts = await get_posts(uid)
    return {"user": user["name"], "posts": posts, "count": len(posts)}

async def main():
    for uid in [1, 3]:
        p = await profile(uid)
        print(p["user"], p["count"], p["posts"])
    summary = await summarize([1, 2, 3])
    print(summary)

async def summarize(uids):
    total = 0
    for uid in uids:
        total += (await profile(uid))["count"]
    return f"{len(uids)} users, {total} posts"

asyncio.run(main())
