# int and float methods
print((10).bit_length(), (-10).to_bytes(2, "big", signed=True), (1024).to_bytes(2, "little"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print((3.75).as_integer_ratio(), (0.5).is_integer(), (2.0).is_integer(), (7).as_integer_ratio())
print((1.5).hex(), float.fromhex("0x1.8p1"), (255).conjugate())
print(abs(-7), abs(-7.5), abs(-(2 ** 70)))
print((17).__add__(3), (17).__floordiv__(5), (2.5).__mul__(2))
print(int.__name__, float.__name__, (5).real, (5).imag, (5).numerator, (5).denominator)
