# awaiting the same coroutine object twice is an uncaught RuntimeError
import asyncio

async def fetch_config():
    r = await config_api("prod")
    return r["args"][0]

async def main():
    pending = fetch_config()
    print("first:", await pending)
    print("second:", await pending)

asyncio.run(main())
