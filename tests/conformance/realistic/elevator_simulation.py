# an elevator controller simulation with a SCAN scheduling policy
class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.direction = 1
        self.stops = set()
        self.log = []
        self.travelled = 0

    def request(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        self.stops.add(floor)

    def step(self, t):
        if not self.stops:
            return False
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.log.append(f"t={t:>2} stop at {self.floor}")
            return True
        ahead = [f for f in self.stops if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
            self.log.append(f"t={t:>2} reverse to {'up' if self.direction > 0 else 'down'}")
            return True
        self.floor += self.direction
        self.travelled += 1
        return True

e = Elevator(10)
schedule = {0: [5, 2], 3: [8], 6: [1], 9: [9], 14: [0, 7]}
t = 0
while t < 60:
    for f in schedule.get(t, []):
        try:
            e.request(f)
            e.log.append(f"t={t:>2} request {f}")
        except ValueError as err:
            e.log.append(f"t={t:>2} rejected: {err}")
    if not e.step(t) and t > max(schedule):
        break
    t += 1
print("\n".join(e.log))
print("finished at t =", t, "floor", e.floor, "travelled", e.travelled)
