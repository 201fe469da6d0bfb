# token-bucket and sliding-window rate limiters over a simulated clock
from collections import deque

class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate, self.capacity = rate, capacity
        self.tokens = capacity
        self.last = 0.0

    def allow(self, now):
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False

class SlidingWindow:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.hits = deque()

    def allow(self, now):
        while self.hits and self.hits[0] <= now - self.window:
            self.hits.popleft()
        if len(self.hits) < self.limit:
            self.hits.append(now)
            return True
        return False

requests = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 1.0, 1.05, 1.6, 2.5, 2.6, 2.7, 2.8, 4.0]
bucket = TokenBucket(rate=2, capacity=3)
window = SlidingWindow(limit=3, window=1.0)
print(f"{'t':>5} {'bucket':>7} {'tokens':>7} {'window':>7}")
stats = {"bucket": 0, "window": 0}
for t in requests:
    b = bucket.allow(t)
    w = window.allow(t)
    stats["bucket"] += b
    stats["window"] += w
    print(f"{t:>5.2f} {str(b):>7} {bucket.tokens:>7.2f} {str(w):>7}")
print(stats, f"of {len(requests)}")
per_client = {}
events = [("a", 0), ("b", 0), ("a", 0.2), ("a", 0.4), ("a", 0.6), ("b", 0.7), ("a", 1.3)]
for client, t in events:
    limiter = per_client.setdefault(client, SlidingWindow(2, 1.0))
    print(client, t, "ok" if limiter.allow(t) else "throttled")
