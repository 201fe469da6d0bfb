# A small task scheduler and top-k report built on heapq.
import heapq
from operator import itemgetter

tasks = [
    (3, "write report"),
    (1, "fix outage"),
    (2, "review PR"),
    (1, "call customer"),
    (5, "clean desk"),
    (2, "plan sprint"),
]

queue = []
for priority, name in tasks:
    heapq.heappush(queue, (priority, name))
print("heap:", queue)
order = []
while queue:
    priority, name = heapq.heappop(queue)
    order.append(f"{priority}:{name}")
print("run order:", ", ".join(order))

# heapify in place, then replace and pushpop
nums = [9, 4, 7, 1, 8, 2, 6, 3, 5]
heapq.heapify(nums)
print("heapified:", nums)
print("pushpop 0 ->", heapq.heappushpop(nums, 0), nums)
print("pushpop 10 ->", heapq.heappushpop(nums, 10), nums)
print("replace 0 ->", heapq.heapreplace(nums, 0), nums)

# timers with a counter as a tie breaker
timers = []
for seq, (at, label) in enumerate([(5.0, "b"), (1.5, "a"), (5.0, "c"), (0.5, "z")]):
    heapq.heappush(timers, (at, seq, label))
print([heapq.heappop(timers)[2] for _ in range(len(timers))])

# top-k with keys
sales = [
    {"rep": "ann", "total": 1200},
    {"rep": "bob", "total": 900},
    {"rep": "cid", "total": 1200},
    {"rep": "dee", "total": 300},
    {"rep": "eve", "total": 1500},
]
print(heapq.nlargest(3, sales, key=itemgetter("total")))
print(heapq.nsmallest(2, sales, key=lambda r: (r["total"], r["rep"])))
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(3, [4, 1, 7, 3, 9, 2]))
print(heapq.nlargest(1, [3, 8, 1]), heapq.nsmallest(1, []), heapq.nlargest(10, iter([2, 1, 3])))
print(heapq.nsmallest(0, [1, 2]), heapq.nlargest(-1, [1, 2]))
print(heapq.nsmallest(4, (x * x % 17 for x in range(30))))

# merging sorted streams
a = [1, 4, 9, 12]
b = [2, 3, 10]
c = [5, 11, 13, 14]
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge(["apple", "kiwi"], ["fig", "banana"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))

# Dijkstra on a small graph
graph = {"A": {"B": 4, "C": 1}, "C": {"B": 2, "D": 7}, "B": {"D": 1}, "D": {}}
dist = {"A": 0}
pq = [(0, "A")]
while pq:
    d, node = heapq.heappop(pq)
    if d > dist.get(node, float("inf")):
        continue
    for nxt, w in graph[node].items():
        nd = d + w
        if nd < dist.get(nxt, float("inf")):
            dist[nxt] = nd
            heapq.heappush(pq, (nd, nxt))
print(sorted(dist.items()))

for bad in ([], ()):
    try:
        heapq.heappop(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
