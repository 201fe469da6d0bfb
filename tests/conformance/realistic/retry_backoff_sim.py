# retry with exponential backoff and jitter against a flaky simulated service (seeded)
import random

class TransientError(Exception):
    pass

class PermanentError(Exception):
    pass

class FlakyService:
    def __init__(self, seed, fail_rate):
        self.rng = random.Random(seed)
        self.fail_rate = fail_rate
        self.calls = 0

    def call(self, request):
        self.calls += 1
        if request == "bad":
            raise PermanentError(f"invalid request {request!r}")
        if self.rng.random() < self.fail_rate:
            raise TransientError(f"timeout on call {self.calls}")
        return f"result({request})"

def with_retry(fn, *, attempts=5, base=0.1, cap=2.0, rng=None):
    rng = rng or random.Random(0)
    delays = []
    for attempt in range(1, attempts + 1):
        try:
            return fn(), attempt, delays
        except TransientError:
            if attempt == attempts:
                raise
            delay = min(cap, base * 2 ** (attempt - 1))
            delay = round(delay / 2 + rng.uniform(0, delay / 2), 4)
            delays.append(delay)

svc = FlakyService(seed=3, fail_rate=0.6)
for req in ["a", "b", "bad", "c", "d", "e"]:
    try:
        result, attempts, delays = with_retry(lambda: svc.call(req), rng=random.Random(len(req) + svc.calls))
        print(f"{req:<4} {result:<10} attempts={attempts} waited={sum(delays):.4f} {delays}")
    except TransientError as e:
        print(f"{req:<4} gave up: {e}")
    except PermanentError as e:
        print(f"{req:<4} permanent failure: {e}")
print("total calls:", svc.calls)
