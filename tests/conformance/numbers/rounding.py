# round(): banker's rounding, ndigits, and abs()
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4, 2.6, -2.6]:
    print(v, round(v))
for v in [2.675, 1.005, 3.14159, 12345.6789, -0.125, 0.125]:
    print(v, round(v, 2), round(v, 1), round(v, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1550, -2))
print(round(7), round(7, 2), round(2 ** 70))
print(abs(-3.5), abs(2.25), abs(-0.0), abs(-7))
temps = [21.456, 19.999, -3.14159, 0.004]
print([round(t, 1) for t in temps])
print(isinstance(round(2.5), int), isinstance(round(2.5, 1), float))
