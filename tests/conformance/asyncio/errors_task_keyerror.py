# a KeyError inside a background task surfaces when main awaits the task
import asyncio

async def load_settings(user):
    r = await settings_api(user)
    settings = {"theme": "dark", "lang": r["args"][0]}
    return settings["timezone"]

async def main():
    t = asyncio.create_task(load_settings("en"))
    other = await settings_api("fr")
    print("other call finished:", other["args"])
    tz = await t
    print("not reached", tz)

asyncio.run(main())
