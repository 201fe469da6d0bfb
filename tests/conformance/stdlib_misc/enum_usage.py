# enum.Enum basics
from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color(2), Color["RED"])
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
for c in Color:
    print(c.name.lower(), c.value)
class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    DONE = auto()
print([s.value for s in Status], Status.ACTIVE)
class Priority(IntEnum):
    LOW = 1
    HIGH = 3
print(Priority.HIGH > Priority.LOW, Priority.LOW + 1, sorted([Priority.HIGH, Priority.LOW]))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2
print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet.MERCURY)
