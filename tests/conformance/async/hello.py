# the smallest async program: asyncio.run of a coroutine that sleeps
import asyncio

async def greet(name):
    await asyncio.sleep(0)
    return "hello " + name

async def main():
    print("start")
    msg = await greet("world")
    print(msg)
    await asyncio.sleep(0.001)
    print(await greet("again"))
    return 42

result = asyncio.run(main())
print("main returned", result)
