# driving an async generator by hand: anext, asend, athrow
import asyncio

async def conversation():
    reply = None
    turn = 0
    while True:
        try:
            msg = yield f"turn {turn}: got {reply!r}"
        except ValueError as e:
            msg = f"recovered from {e}"
        turn += 1
        r = await chat_model(msg)
        reply = r["args"][0]

async def main():
    conv = conversation()
    print(await anext(conv))
    print(await conv.asend("hello"))
    print(await conv.asend("how are you"))
    print(await conv.athrow(ValueError("bad token")))
    await conv.aclose()
    try:
        await anext(conv)
    except StopAsyncIteration:
        print("closed conversation is exhausted")
    print(await anext(conversation(), "unused"))

asyncio.run(main())
