# triple-quoted strings and manual indentation handling
template = """
Dear {name},
    Your order #{order} has shipped.
    Total: ${total:.2f}
Thanks!
"""
print(template.format(name="Sam", order=1042, total=59.5))
lines = template.strip("\n").splitlines()
print(len(lines), [len(l) for l in lines])
print([l.lstrip() for l in lines if l.startswith("    ")])
poem = "roses are red\nviolets are blue\n"
print(poem.count("\n"), poem.upper(), end="")
print(repr(poem.rstrip()))
