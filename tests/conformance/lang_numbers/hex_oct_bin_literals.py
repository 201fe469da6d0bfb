# numeric literals in different bases and with underscores
print(0xFF, 0o17, 0b1011, 1_000_000, 0x_dead_beef, 1_0.5_0, 1e1_0)
print(0XAB, 0O7, 0B1, 00, 0.5e-2, 5E2, .5, 5.)
print(hex(-1), oct(-8), bin(0), hex(0), hex(2 ** 64 - 1))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(f"{0xFF:d} {255:#x} {255:#X} {8:#o} {5:#b}")
print(type(1_000).__name__, type(1e3).__name__, type(0x10).__name__)
