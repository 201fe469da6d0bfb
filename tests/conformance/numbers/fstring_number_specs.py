# numeric format specs in f-strings
pi = 3.14159265
big = 1234567
small = 7
neg = -42
print(f"{pi:.2f} {pi:.0f} {pi:.4f} {-pi:.3f}")
print(f"[{small:>5}] [{neg:>6}] [{big:>10}]")
print(f"[{small:<5}] [{'ab':<4}] [{'ab':>4}]")
print(f"{big:,} {10 ** 10:,} {neg * 1000:,} {999:,}")
print(f"{small:03d} {big:03d} {neg:05d} {0:02d}")
print(f"{2.5:.1f} {0.125:.2f} {1e6:.2f} {1234.5678:,.2f}")
for i, price in enumerate([3.5, 12.25, 100.0, 0.99]):
    print(f"{i:02d} | {price:>8.2f} |")
print(f"{small!r} {pi!r} {'q'!r}")
print(f"{big / 3:.3f} {big // 3}")
print(f"total={sum([1, 2, 3]):>4}|")
