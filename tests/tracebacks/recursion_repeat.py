def walk(node, depth=0):
    return walk(node.get("child", node), depth + 1)


walk({"child": {}})
