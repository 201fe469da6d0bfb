# floor division and modulo with every sign combination
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -1), (-1, 3)]
for a, b in pairs:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-(-7 // 2), (-7) // 2, int(-7 / 2))
print(13 % 5, -13 % 5, 13 % -5, -13 % -5)
print(2 ** 100 // -3, 2 ** 100 % -3)
