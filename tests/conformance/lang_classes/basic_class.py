# __init__, methods, class attributes vs instance attributes
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        self.tricks = []
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return f"{self.name} ({self.age}) knows {', '.join(self.tricks) or 'nothing'}"
    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"
a = Dog("Rex", 3).add_trick("sit").add_trick("roll")
b = Dog("Fido")
print(a.describe())
print(b.describe())
print(a, b, [a, b], Dog.count, a.species, b.species)
b.species = "lupus"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
print(type(a).__name__, isinstance(a, Dog), vars(b))
