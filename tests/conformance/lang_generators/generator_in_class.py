# generator methods and __iter__ as a generator
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b", Tree("b1")))
print(list(t))
print(list(t.leaves()))
for d, v in t.depth_first():
    print("  " * d + v)
print(sorted(t), len(list(t)), "b1" in t)
