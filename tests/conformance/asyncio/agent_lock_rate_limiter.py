# a token bucket guarded by a Lock; calls beyond the bucket wait for a refill
import asyncio

class Bucket:
    def __init__(self, tokens):
        self.tokens = tokens
        self.lock = asyncio.Lock()
        self.refills = 0

    async def take(self):
        async with self.lock:
            if self.tokens == 0:
                await asyncio.sleep(0.002)
                self.tokens = 2
                self.refills += 1
            self.tokens -= 1

async def call_api(bucket, i):
    await bucket.take()
    r = await api(i)
    return r["args"][0]

async def main():
    bucket = Bucket(3)
    results = await asyncio.gather(*[call_api(bucket, i) for i in range(9)])
    print(results)
    print("refills:", bucket.refills, "tokens left:", bucket.tokens)

asyncio.run(main())
