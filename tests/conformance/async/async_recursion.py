# recursive coroutines: tree walk and divide-and-conquer sum with gather
import asyncio

async def walk(node, depth):
    await visit(node["name"])
    lines = ["  " * depth + node["name"]]
    for child in node.get("children", []):
        lines.extend(await walk(child, depth + 1))
    return lines

async def dsum(xs):
    if len(xs) <= 2:
        r = await visit(sum(xs))
        return r["args"][0]
    mid = len(xs) // 2
    left, right = await asyncio.gather(dsum(xs[:mid]), dsum(xs[mid:]))
    return left + right

async def main():
    tree = {"name": "root", "children": [
        {"name": "a", "children": [{"name": "a1"}, {"name": "a2"}]},
        {"name": "b"},
    ]}
    print("\n".join(await walk(tree, 0)))
    print(await dsum(list(range(1, 21))))

asyncio.run(main())
