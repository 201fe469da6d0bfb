# list methods
xs = [5, 3, 8]
xs.append(1); xs.extend([9, 2]); xs.insert(0, 7); xs.insert(100, 0); xs.insert(-1, 4)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(8)
print(xs, xs.index(3), xs.count(3), 3 in xs, 8 in xs)
xs.reverse(); print(xs)
xs.sort(); print(xs)
xs.sort(reverse=True); print(xs)
ys = xs.copy(); ys.clear(); print(xs, ys)
try:
    xs.remove(100)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    xs.index(42)
except ValueError as e:
    print("ValueError:", e)
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2, len([[], []]))
