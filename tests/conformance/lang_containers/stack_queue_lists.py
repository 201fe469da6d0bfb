# lists as stacks and queues; bracket matching
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()[]{}", "([)]", "((", "{[()()]}", "", "]"]:
    print(repr(s), balanced(s))
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item < 5:
        queue.append(item * 2 + 1)
    print(item, queue)
