# pycps: scheduler=eager
# a timeout racing a slow tool call depends on latencies, which only eager follows
import asyncio

async def answer(question):
    try:
        r = await asyncio.wait_for(big_model(question), timeout=0.02)
        return "big: " + r["args"][0]
    except TimeoutError:
        r = await small_model(question)
        return "small: " + r["args"][0]

async def main():
    print(await answer("what is cps?"))
    answers = await asyncio.gather(*[answer(q) for q in ["q1", "q2", "q3"]])
    print(answers)
    r = await asyncio.wait_for(small_model("quick"), timeout=0.5)
    print(r["tool"], r["args"])

asyncio.run(main())
