# collatz sequences: longest chain under a bound
def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

best = 0
best_n = 0
for n in range(1, 3000):
    length = collatz_len(n)
    if length > best:
        best = length
        best_n = n
print("longest under 3000:", best_n, best)
seq = [27]
while seq[-1] != 1:
    last = seq[-1]
    seq.append(last // 2 if last % 2 == 0 else 3 * last + 1)
print(len(seq), max(seq), seq[:10], seq[-5:])
print([collatz_len(n) for n in range(1, 16)])
