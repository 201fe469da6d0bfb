# Popping more items than were pushed ends in CPython's IndexError.
import heapq

jobs = []
heapq.heappush(jobs, (2, "b"))
heapq.heappush(jobs, (1, "a"))
for _ in range(3):
    print(heapq.heappop(jobs))
