# geometry helpers using math
import math
def polygon_area(pts):
    n = len(pts)
    return abs(sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))) / 2
def perimeter(pts):
    return sum(math.dist(pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts)))
square = [(0, 0), (2, 0), (2, 2), (0, 2)]
tri = [(0, 0), (4, 0), (0, 3)]
print(polygon_area(square), perimeter(square))
print(polygon_area(tri), perimeter(tri))
hexagon = [(math.cos(math.pi / 3 * k), math.sin(math.pi / 3 * k)) for k in range(6)]
print(round(polygon_area(hexagon), 10), round(perimeter(hexagon), 10))
def angle(a, b, c):
    ab = (a[0] - b[0], a[1] - b[1])
    cb = (c[0] - b[0], c[1] - b[1])
    dot = ab[0] * cb[0] + ab[1] * cb[1]
    return math.degrees(math.acos(dot / (math.hypot(*ab) * math.hypot(*cb))))
print(round(angle((1, 0), (0, 0), (0, 1)), 9), round(angle((4, 0), (0, 0), (0, 3)), 9))
print(f"{math.pi * 2.5 ** 2:.4f}", f"{4 / 3 * math.pi * 1.0 ** 3:.6f}")
