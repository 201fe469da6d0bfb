# tools returning fixed JSON values of every type
import asyncio

async def main():
    print(await get_int(), await get_float(), await get_str(), await get_null(), await get_bool())
    nested = await get_nested()
    print(nested)
    print(nested["items"][1]["tags"], nested["meta"]["ok"], nested["meta"]["ratio"] * 2)
    big = await get_big()
    print(big, big + 1, isinstance(big, int))
    print(isinstance(await get_float(), float), isinstance(await get_int(), int))
    xs = await get_list()
    xs.append(99)
    print(xs, await get_list())

asyncio.run(main())
