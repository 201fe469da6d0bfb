# deque as queue, stack, sliding window; maxlen and rotate
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], 7 in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
w = deque(maxlen=3)
for i in range(6):
    w.append(i)
    print(list(w), sum(w) / len(w))
print(w, w.maxlen)
q = deque()
try:
    q.popleft()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc"), deque(reversed("abc")), list(deque([1, 2]) + deque([3])), deque([1, 2, 2]).count(2))
