# pycps: scheduler=eager
# progress reporting while a batch finishes; order follows the latencies
import asyncio

async def convert(doc, delay):
    await asyncio.sleep(delay)
    r = await converter(doc)
    return r["args"][0].replace(".docx", ".pdf")

async def main():
    docs = {"b.docx": 0.05, "a.docx": 0.0, "d.docx": 0.15, "c.docx": 0.1}
    total = len(docs)
    finished = 0
    for fut in asyncio.as_completed([convert(d, s) for d, s in docs.items()]):
        pdf = await fut
        finished += 1
        print(f"[{finished}/{total}] {pdf}")
    print("all converted")

asyncio.run(main())
