# send() into a generator; the first send must be None
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count
a = averager()
print(next(a))
for v in [10, 20, 60, 5]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received
e = echo()
next(e)
e.send("a"); e.send("b")
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
