# an ExceptionGroup from a TaskGroup escapes asyncio.run
import asyncio

async def sync_repo(name):
    if name.endswith("-archived"):
        raise PermissionError(f"{name} is read-only")
    r = await git_pull(name)
    return r["args"][0]

async def main():
    async with asyncio.TaskGroup() as tg:
        ok = tg.create_task(sync_repo("core"))
    print("synced", ok.result())
    async with asyncio.TaskGroup() as tg:
        for name in ["web", "old-archived", "cli"]:
            tg.create_task(sync_repo(name))
    print("not reached")

asyncio.run(main())
