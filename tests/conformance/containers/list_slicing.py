# list slicing, copies and aliasing
nums = list(range(10))
print(nums[2:6], nums[:3], nums[-4:], nums[::3], nums[::-1], nums[7:2:-2])
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0])
alias = nums
alias.append(10)
print(len(nums), len(alias))
m = list(nums)
m.pop()
print(len(m), len(nums))
print(nums[100:], nums[-100:2], nums[5:5])
first, last = nums[0], nums[-1]
print(first, last)
windows = [nums[i:i + 3] for i in range(0, len(nums), 3)]
print(windows)
pairs = list(zip(nums[::2], nums[1::2]))
print(pairs)
print(sum(nums[1::2]), sum(nums[::2]))
words = ["a", "b", "c", "d"]
print(words[1:3] + words[:1], words * 2)
