# try-protected awaits: tool errors become RuntimeError
import asyncio

async def main():
    try:
        await broken("x")
        print("not reached")
    except RuntimeError as e:
        print("caught:", e)
    try:
        r = await working("y")
        print("worked:", r["args"])
    except RuntimeError as e:
        print("unexpected", e)
    finally:
        print("finally after success")
    results = []
    for name in ["a", "b", "c"]:
        try:
            if name == "b":
                results.append(await broken(name))
            else:
                results.append((await working(name))["args"][0])
        except RuntimeError as e:
            results.append("error: " + str(e))
    print(results)
    try:
        x = await working(1)
        y = await broken(2)
    except RuntimeError as e:
        print("second await failed:", e, x["args"])

asyncio.run(main())
