# augmented assignments on numbers
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x /= 4; print(x)
x = 0b1111
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b0011; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
counts = [0, 0, 0]
for i in range(10):
    counts[i % 3] += i
print(counts)
acc = {"a": 1.5}
acc["a"] *= 3
acc["a"] -= 0.5
print(acc)
