# C3 MRO and cooperative super()
class Base:
    def hello(self):
        return ["Base"]
class A(Base):
    def hello(self):
        return ["A"] + super().hello()
class B(Base):
    def hello(self):
        return ["B"] + super().hello()
class C(A, B):
    def hello(self):
        return ["C"] + super().hello()
class D(B, A):
    pass
print(C().hello())
print(D().hello())
print([k.__name__ for k in C.__mro__])
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Z, Y): pass
print([k.__name__ for k in W.__mro__], W.__bases__ == (Z, Y))
try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print("TypeError:", e)
