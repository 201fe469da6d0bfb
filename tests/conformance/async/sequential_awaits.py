# several awaits in sequence, each result feeding the next call
import asyncio

async def main():
    a = await step("a")
    print("got", a["args"])
    b = await step(a["args"][0] + "b")
    print("got", b["args"])
    c = await step(b["args"][0] + "c", n=len(b["args"][0]))
    print("got", c["args"], c["kwargs"])
    trail = []
    for i in range(4):
        r = await step(i)
        trail.append(r["args"][0] * 10)
    print(trail)

asyncio.run(main())
