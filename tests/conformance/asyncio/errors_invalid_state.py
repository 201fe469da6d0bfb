# asking for a pending task's result is an uncaught InvalidStateError
import asyncio

async def compile_project(name):
    r = await compiler(name)
    return r["args"][0] + ".bin"

async def main():
    t = asyncio.create_task(compile_project("app"))
    print("started, done:", t.done())
    print("result:", t.result())

asyncio.run(main())
