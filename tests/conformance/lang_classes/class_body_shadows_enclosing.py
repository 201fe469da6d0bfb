# A method named like a variable of the enclosing function: the class body
# binds it in the class namespace; methods still see the enclosing variable.
def make_types():
    def date(y, m, d):
        return (y, m, d)

    class Stamp:
        def __init__(self, y, m, d):
            self.parts = (y, m, d)

        def date(self):
            return date(*self.parts)

        def label(self):
            return "-".join(str(p) for p in self.date())

    return Stamp, date


Stamp, date_fn = make_types()
s = Stamp(2024, 1, 5)
print(s.date(), date_fn(1, 2, 3), s.label())
print(Stamp.date.__qualname__, callable(date_fn))
