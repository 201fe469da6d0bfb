# str.format with positional, keyword, index and attribute fields
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{:.3f} {:,} {:08.2f} {:+.1e}".format(2 / 3, 10 ** 9, -3.5, 12345.678))
print("{!r} {!s}".format("q", "q"), "{{}}".format())
print("{:{}{}}".format(3.14159, ">", 10), "{:.{prec}f}".format(1 / 7, prec=4))
row = "{:<8}{:>6}{:>8.2f}"
for item in [("pen", 3, 1.5), ("notebook", 12, 3.25)]:
    print(row.format(*item))
print("{0}{0}{0}".format("ab"), "{x}{y}".format(**{"x": 1, "y": 2}))
