# groupby requires sorted input; key functions
from itertools import groupby
data = [("fruit", "apple"), ("veg", "carrot"), ("fruit", "banana"), ("veg", "pea"), ("nut", "almond")]
for k, g in groupby(sorted(data), key=lambda x: x[0]):
    print(k, [name for _, name in g])
print([(k, len(list(g))) for k, g in groupby("aaabccddddae")])
print(["".join(g) for _, g in groupby("aaabccdd")])
nums = [1, 2, 4, 5, 6, 9, 10, 12]
runs = []
for _, g in groupby(enumerate(nums), key=lambda p: p[1] - p[0]):
    g = [v for _, v in g]
    runs.append(f"{g[0]}-{g[-1]}" if len(g) > 1 else str(g[0]))
print(runs)
def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
print(rle("WWWWBBBWWC"), rle(""))
print({k: list(g) for k, g in groupby(sorted([5, 12, 17, 23, 8], key=lambda n: n // 10), key=lambda n: n // 10)})
