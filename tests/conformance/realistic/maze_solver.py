# maze solving with DFS (iterative) and BFS, comparing path lengths
from collections import deque

MAZE = """
#########
#S  #   #
# # # # #
# #   #E#
# ##### #
#       #
#########
"""
grid = [list(row) for row in MAZE.strip().splitlines()]
R, C = len(grid), len(grid[0])
find = lambda ch: next((r, c) for r in range(R) for c in range(C) if grid[r][c] == ch)
start, end = find("S"), find("E")
MOVES = [(0, 1), (1, 0), (0, -1), (-1, 0)]

def neighbours(cell):
    r, c = cell
    for dr, dc in MOVES:
        nr, nc = r + dr, c + dc
        if grid[nr][nc] != "#":
            yield nr, nc

def bfs():
    prev, q = {start: None}, deque([start])
    while q:
        cell = q.popleft()
        if cell == end:
            break
        for n in neighbours(cell):
            if n not in prev:
                prev[n] = cell
                q.append(n)
    path, node = [], end
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)

def dfs():
    stack, seen = [(start, [start])], {start}
    explored = 0
    while stack:
        cell, path = stack.pop()
        explored += 1
        if cell == end:
            return path, explored
        for n in neighbours(cell):
            if n not in seen:
                seen.add(n)
                stack.append((n, path + [n]))
    return None, explored

for name, (path, explored) in [("bfs", bfs()), ("dfs", dfs())]:
    print(f"{name}: length {len(path) - 1}, explored {explored}")
    canvas = [row[:] for row in grid]
    for r, c in path[1:-1]:
        canvas[r][c] = "."
    print("\n".join("".join(row) for row in canvas))
