# bitwise operators on ints, including negatives
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 7, -12 | 7, -12 ^ 7, ~-12, -12 >> 1, -1 >> 10)
print(bin(a & b), bin(-5), bin(~5))
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
print((2 ** 100).bit_length())
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(flags, bin(flags), [i for i in range(8) if flags & (1 << i)])
flags &= ~(1 << 3)
print(flags, bin(flags))
print(bin(0xF0F0 ^ 0xFFFF), 1 << 64)
print(bin(12).count("1"), format(5, "08b"))
