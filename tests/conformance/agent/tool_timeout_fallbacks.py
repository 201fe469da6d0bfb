# try a chain of providers in order until one succeeds; report which failed
import asyncio

PROVIDERS = [("alpha", provider_alpha), ("beta", provider_beta), ("gamma", provider_gamma)]

async def translate(text):
    failures = []
    for name, provider in PROVIDERS:
        try:
            r = await provider(text, target="fr")
            return name, r["args"][0].upper(), failures
        except RuntimeError as e:
            failures.append(name + ": " + str(e))
    return None, text, failures

async def main():
    used, out, failures = await translate("hello")
    print("used:", used, "output:", out)
    for f in failures:
        print(" failed ->", f)
    results = await asyncio.gather(translate("a"), translate("b"))
    print([r[0] for r in results], [len(r[2]) for r in results])

asyncio.run(main())
