# with statements: nested, multiple targets, tuple unpacking in as
class Tag:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self.name, Tag.depth
    def __exit__(self, *exc):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
        return False
with Tag("html"):
    with Tag("body"), Tag("div") as (name, depth):
        print("  " * depth + f"text in {name} at depth {depth}")
    with Tag("footer") as info:
        print("  " * 2 + str(info))
def early_return():
    with Tag("section"):
        return "returned inside with"
print(early_return())
for i in range(2):
    with Tag(f"item{i}"):
        if i == 0:
            continue
        print("    second item body")
