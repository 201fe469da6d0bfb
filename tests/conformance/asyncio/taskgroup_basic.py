# TaskGroup (3.11): start related tasks, the block waits for all of them
import asyncio

async def fetch_section(name):
    r = await fetch_section_tool(name)
    return f"<{r['args'][0]}>"

async def main():
    async with asyncio.TaskGroup() as tg:
        header = tg.create_task(fetch_section("header"))
        body = tg.create_task(fetch_section("body"))
        footer = tg.create_task(fetch_section("footer"))
        print("inside block, header done:", header.done())
    print("after block:", header.done(), body.done(), footer.done())
    print(header.result() + body.result() + footer.result())
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_section(f"part{i}")) for i in range(4)]
    print([t.result() for t in tasks])
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")

asyncio.run(main())
