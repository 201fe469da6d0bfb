# exceptions raised from awaits inside comprehensions and call arguments
import asyncio

async def checked(x):
    r = await validate(x)
    if r["args"][0] < 0:
        raise ValueError("negative: " + str(x))
    return r["args"][0] * 2

async def main():
    try:
        print([await checked(x) for x in [1, 2, 3]])
        print([await checked(x) for x in [4, -5, 6]])
    except ValueError as e:
        print("comprehension failed:", e)
    partial = []
    try:
        for x in [7, 8, -9, 10]:
            partial.append(await checked(x))
    except ValueError as e:
        print("loop failed:", e, "after", partial)
    try:
        print(max(await checked(1), await checked(-2), await checked(3)))
    except ValueError as e:
        print("argument failed:", e)
    try:
        print(await broken() + await checked(1))
    except RuntimeError as e:
        print("tool failed:", e)

asyncio.run(main())
