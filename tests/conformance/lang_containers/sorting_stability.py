# sort is stable; keys, reverse, multi-key sorting
people = [("alice", 30, "nyc"), ("bob", 25, "sf"), ("carol", 30, "sf"), ("dan", 25, "nyc"), ("eve", 35, "la")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(people, key=lambda p: p[0], reverse=True)
by_city.sort(key=lambda p: p[2])
print([p[0] for p in by_city])
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, 1, 2]
nums.sort(key=lambda n: -n)
print(nums, sorted([[2, 1], [1, 2], [1, 1]]), sorted("bca"))
