# default equality is identity; __eq__ changes it; __ne__ derived
class Plain:
    def __init__(self, v):
        self.v = v
class Valued:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Valued):
            return NotImplemented
        return self.v == other.v
p1, p2 = Plain(1), Plain(1)
print(p1 == p2, p1 == p1, p1 != p2, p1 in [p2], p1 in [p1])
v1, v2 = Valued(1), Valued(1)
print(v1 == v2, v1 != v2, v1 == Valued(2), v1 == 1, v1 in [Valued(0), Valued(1)])
print([Valued(1), Valued(2)].count(Valued(1)), [Valued(3)].index(Valued(3)))
print(Valued.__hash__ is None)
