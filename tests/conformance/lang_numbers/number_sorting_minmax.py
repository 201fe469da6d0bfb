# sorting and min/max over mixed numbers
nums = [3, -1.5, 2, 0, 7.25, -10, 2.0, 1e3]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(sorted(nums, key=abs))
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=lambda v: -v))
print(sorted([2, 2.0, 1, 1.0]), sorted([1.0, 1, True]))
print(max([], default=None), min([5], default=0), max(3, 9, 4))
print(sum(nums), sum(nums, 100), round(sum(nums) / len(nums), 3))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
