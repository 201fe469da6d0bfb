# order=True comparisons and frozen=True immutability/hashability
from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(0, 9, 9), Version(1, 10), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(59.9, 10.7)
print(c, c == Coord(59.9, 10.7), len({c, Coord(59.9, 10.7), Coord(0, 0)}))
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
visits = {Coord(1, 2): 3}
visits[Coord(1, 2)] += 1
print(visits)
