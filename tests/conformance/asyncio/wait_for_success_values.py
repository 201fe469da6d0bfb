# wait_for passes results and exceptions through when the deadline is not hit
import asyncio

async def classify(text):
    r = await classifier(text)
    return "long" if len(r["args"][0]) > 5 else "short"

async def main():
    print(await asyncio.wait_for(classify("hello world"), timeout=2))
    print(await asyncio.wait_for(classify("hi"), 2.0))
    labels = await asyncio.gather(*[asyncio.wait_for(classify(t), timeout=2) for t in ["a", "abcdefg", "xyz"]])
    print(labels)
    try:
        await asyncio.wait_for(failing_tool("x"), timeout=2)
    except RuntimeError as e:
        print("error passed through:", e)
    t = asyncio.create_task(classify("background job"))
    print(await asyncio.wait_for(t, timeout=2), t.done())
    print(await asyncio.wait_for(classifier("z"), timeout=None))

asyncio.run(main())
