# Conway's game of life on a small torus
def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}

def neighbours(cell, rows, cols):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield (r + dr) % rows, (c + dc) % cols

def step(live, rows, cols):
    counts = {}
    for cell in live:
        for n in neighbours(cell, rows, cols):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))

GLIDER = """
.#......
..#.....
###.....
........
........
........
"""
rows, cols = 6, 8
live = parse(GLIDER)
for gen in range(5):
    print(f"gen {gen}: {len(live)} alive, bbox rows {min(r for r, _ in live)}-{max(r for r, _ in live)}")
    if gen % 2 == 0:
        print(render(live, rows, cols))
    live = step(live, rows, cols)
blinker = {(1, 0), (1, 1), (1, 2)}
states = [sorted(blinker)]
for _ in range(2):
    blinker = step(blinker, 5, 5)
    states.append(sorted(blinker))
print(states)
print("period 2:", states[0] == states[2])
