# nested function definitions and recursion on inner functions
def tree_sum(tree):
    def walk(node, depth):
        if isinstance(node, int):
            return node * depth
        return sum(walk(child, depth + 1) for child in node)
    return walk(tree, 0)
print(tree_sum([1, [2, 3], [[4]]]))
def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        return items.pop() if items else None
    def peek():
        return items[-1] if items else None
    return push, pop, peek
push, pop, peek = make_stack()
print(push(1), push(2), peek(), pop(), pop(), pop(), peek())
def power_set(xs):
    def go(i):
        if i == len(xs):
            return [[]]
        rest = go(i + 1)
        return rest + [[xs[i]] + r for r in rest]
    return go(0)
print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
