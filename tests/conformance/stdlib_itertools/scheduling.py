# itertools for a round-robin scheduler and cumulative sums
from itertools import cycle, accumulate, chain, islice
tasks = {"A": 3, "B": 1, "C": 2}
remaining = dict(tasks)
order = []
for name in cycle(list(tasks)):
    if not any(remaining.values()):
        break
    if remaining[name]:
        remaining[name] -= 1
        order.append(name)
print("".join(order))
durations = [5, 3, 8, 2]
ends = list(accumulate(durations))
starts = [0] + ends[:-1]
for d, s, e in zip(durations, starts, ends):
    print(f"{s:>3} -> {e:>3} ({d})")
print(list(islice(chain.from_iterable(cycle([[1, 2], [3]])), 7)))
