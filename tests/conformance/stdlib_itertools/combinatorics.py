# product, permutations, combinations
import itertools as it
print(list(it.product("ab", [1, 2])))
print(list(it.product([0, 1], repeat=3)))
print(list(it.permutations("abc")))
print(list(it.permutations(range(4), 2)))
print(list(it.combinations("abcd", 2)), len(list(it.combinations(range(10), 3))))
print(list(it.combinations_with_replacement("xy", 3)))
coins = [1, 5, 10, 25]
ways = [c for r in range(1, 4) for c in it.combinations_with_replacement(coins, r) if sum(c) == 30]
print(ways)
words = ["".join(p) for p in it.permutations("tea")]
print(sorted(words))
