# f-strings with format specs, conversions, nesting, and =
x, w, p = 3.14159265, 10, 3
name = "pycps"
items = ["a", "b"]
print(f"{x:{w}.{p}f}|{x:<{w}.{p - 1}f}|{name:^{w}}|{name:>{w + 2}}")
print(f"{x=}", f"{name=}", f"{items=}", f"{x = :.2f}", f"{1 + 2 = }")
print(f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{items!r:>12}")
print(f"{'nested ' + name.upper()}", f"{len(items) * 2}", f"{items[0]}{items[-1]}")
print(f"{{literal braces}}", f"{{{x:.1f}}}", f"{'{}'}")
print(f"{3 if x > 3 else 4}", f"{[i * i for i in range(4)]}", f"{dict(a=1)}")
print(f"{name:*<8}", f"{name:.2}", f"{42:{'>'}{8}}", f"{-5:{'+'}}")
width = 6
for row in [("apple", 1.5), ("kiwi", 12.25), ("fig", 100.0)]:
    print(f"{row[0]:<{width}}|{row[1]:>{width + 2}.2f}|")
print(f"""multi
line {name}""")
