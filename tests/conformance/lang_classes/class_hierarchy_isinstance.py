# isinstance/issubclass with tuples and built-in hierarchies
class Animal: pass
class Mammal(Animal): pass
class Bird(Animal): pass
class Bat(Mammal): pass
for obj in [Animal(), Mammal(), Bird(), Bat()]:
    print(type(obj).__name__, isinstance(obj, Animal), isinstance(obj, (Bird, Bat)), isinstance(obj, Mammal))
print(issubclass(Bat, (Bird, Mammal)), issubclass(Bat, Bat), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(1, float), isinstance([], (tuple, list)), isinstance(None, type(None)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(ValueError, Exception))
print(type(Bat()) is Bat, type(Bat()) is Mammal, Bat.__bases__[0].__name__, Bat.__name__)
print([c.__name__ for c in Bat.__mro__])
