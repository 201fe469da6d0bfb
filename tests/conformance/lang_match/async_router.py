# async request routing: await in the subject, in guards and in case bodies
import asyncio

USERS = {"ada": "admin", "bob": "viewer"}


async def role_of(user):
    await asyncio.sleep(0.001)
    return USERS.get(user, "anonymous")


async def load(path):
    await asyncio.sleep(0.001)
    return {"path": path, "size": len(path) * 10}


async def parse(raw):
    await asyncio.sleep(0)
    method, _, rest = raw.partition(" ")
    parts = [p for p in rest.split("/") if p]
    return {"method": method, "parts": parts, "user": parts[-1] if parts else None}


async def route(raw):
    match await parse(raw):
        case {"method": "GET", "parts": ["files", *path]} if path:
            doc = await load("/".join(path))
            return f"file {doc['path']} ({doc['size']} bytes)"
        case {"method": "DELETE", "parts": ["users", name]} if await role_of(name) == "admin":
            return f"refusing to delete admin {name}"
        case {"method": "DELETE", "parts": ["users", name]}:
            return f"deleted {name} ({await role_of(name)})"
        case {"method": "GET" | "HEAD" as m, "parts": []}:
            return f"{m} index"
        case {"method": m, "parts": parts}:
            return f"405 {m} /{'/'.join(parts)}"


async def main():
    requests = [
        "GET /files/docs/readme.md",
        "GET /files",
        "DELETE /users/ada",
        "DELETE /users/bob",
        "DELETE /users/eve",
        "HEAD /",
        "POST /upload",
    ]
    results = await asyncio.gather(*(route(r) for r in requests))
    for r, res in zip(requests, results):
        print(f"{r:28} -> {res}")


asyncio.run(main())
