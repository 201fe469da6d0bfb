# nested gathers with return_exceptions at different levels
import asyncio

async def check(host):
    r = await ping(host)
    if "down" in host:
        raise ConnectionError(f"{host} unreachable")
    return r["args"][0] + " up"

async def region(name, hosts):
    results = await asyncio.gather(*[check(h) for h in hosts], return_exceptions=True)
    failures = [str(r) for r in results if isinstance(r, Exception)]
    if len(failures) == len(hosts):
        raise RuntimeError(f"region {name} is dark")
    return name, len(hosts) - len(failures), failures

async def main():
    regions = {
        "eu": ["eu1", "eu2-down"],
        "us": ["us1", "us2", "us3"],
        "ap": ["ap1-down", "ap2-down"],
    }
    out = await asyncio.gather(*[region(n, h) for n, h in regions.items()], return_exceptions=True)
    for item in out:
        if isinstance(item, RuntimeError):
            print("ERROR", item)
        else:
            name, up, failures = item
            print(name, "up:", up, "failures:", failures)
    try:
        await asyncio.gather(region("eu", ["a"]), region("ap", ["b-down"]))
    except RuntimeError as e:
        print("outer gather raised:", e)

asyncio.run(main())
