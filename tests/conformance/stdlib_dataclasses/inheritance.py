# dataclass inheritance and methods
from dataclasses import dataclass, field
@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return f"{self.name} says {self.sound}"
@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)
@dataclass
class Puppy(Dog):
    age_weeks: int = 8
    def speak(self):
        return super().speak() + " (tiny)"
for a in [Animal("generic"), Dog("rex", tricks=["sit"]), Puppy("bit")]:
    print(a, "|", a.speak())
print(Puppy("x") == Puppy("x"), Dog("x") == Animal("x", "woof"), isinstance(Puppy("y"), Animal))
