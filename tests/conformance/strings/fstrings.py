# f-strings with expressions, conversions and literal braces
name = "Ada"
langs = ["python", "rust"]
info = {"age": 36, "city": "London"}
print(f"Hello, {name}!")
print(f"{name!r} knows {len(langs)} languages: {', '.join(langs)}")
print(f"{info['city']} / {info['age'] + 1}")
print(f"{{literal braces}} and {name}")
print(f"{1 + 2 * 3} {10 // 3} {2 ** 10}")
print(f"{langs} {langs[0].upper()} {langs[-1][::-1]}")
print(f"{'yes' if info['age'] > 30 else 'no'}")
print(f"{None} {True} {3.5} {[1, 'a']!r}")
print(f"{name}{name}" + f"-{name.lower()}")
for i, lang in enumerate(langs):
    print(f"{i + 1}. {lang:>8}|{lang:<8}|")
width = 3
print(f"{'x' * width}")
print(f"{info!r}")
print(f"multi {name} "
      f"part {len(name)}")
