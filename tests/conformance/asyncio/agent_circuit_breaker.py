# a circuit breaker opens after consecutive failures and short-circuits further calls
import asyncio

class Breaker:
    def __init__(self, threshold):
        self.threshold = threshold
        self.failures = 0
        self.calls = 0

    @property
    def open(self):
        return self.failures >= self.threshold

    async def call(self, tool, *args):
        if self.open:
            return "short-circuited"
        self.calls += 1
        try:
            r = await tool(*args)
        except RuntimeError as e:
            self.failures += 1
            return f"failed: {e}"
        self.failures = 0
        return f"ok: {r['args'][0]}"

async def main():
    b = Breaker(3)
    for i, tool in enumerate([payments, payments_down, payments_down, payments, payments_down, payments_down, payments_down, payments, payments]):
        print(i, await b.call(tool, f"charge-{i}"))
    print("open:", b.open, "calls made:", b.calls)
    b2 = Breaker(2)
    outcomes = await asyncio.gather(*[b2.call(payments_down, n) for n in range(4)])
    print(outcomes, b2.open)

asyncio.run(main())
