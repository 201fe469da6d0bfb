# list append, extend, pop, insert, index, count, reverse
xs = [3, 1, 4]
xs.append(1)
xs.extend([5, 9])
xs.extend((2, 6))
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs)
xs.insert(0, 100)
xs.insert(3, 200)
xs.insert(-1, 300)
xs.insert(99, 400)
print(xs)
print(xs.index(200), xs.index(1), xs.count(1), xs.count(42))
xs.reverse()
print(xs)
print(xs.pop(2), xs)
stack = []
for ch in "abc":
    stack.append(ch)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
r = xs.reverse()
print(r, xs)
nested = [[1], [2]]
nested[0].append(10)
nested.append(nested[0])
nested[0].append(20)
print(nested)
