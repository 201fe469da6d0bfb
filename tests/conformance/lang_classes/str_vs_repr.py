# __str__ and __repr__ in print, f-strings and containers
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        return format(str(self), spec)
m = Money(12345)
print(m, str(m), repr(m), [m], (m,), {"price": m})
print(f"{m}", f"{m!r}", f"{m:>12}|", "%s %r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), f"{OnlyStr()}", str(OnlyStr()))
