# BFS, DFS, Dijkstra and topological sort on small graphs
from collections import deque

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20)]
graph = {}
for u, v, w in EDGES:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, [])

def bfs(start):
    seen = [start]
    q = deque([start])
    while q:
        node = q.popleft()
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                q.append(nxt)
    return seen

def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt, _ in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        heap.sort()
        d, node = heap.pop(0)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heap.append((nd, nxt))
    return dist, prev

def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]

def topo_sort():
    indeg = {n: 0 for n in graph}
    for u in graph:
        for v, _ in graph[u]:
            indeg[v] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for v, _ in graph[n]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    return order

print("bfs:", bfs("A"))
print("dfs:", dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>2} via {' -> '.join(path_to(prev, node))}")
print("unreachable from C:", sorted(set(graph) - set(dijkstra("C")[0])))
print("topo:", topo_sort())
