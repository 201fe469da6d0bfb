# a polynomial class with arithmetic, evaluation, derivative and pretty printing
class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        result = 0
        for coef in reversed(self.c):
            result = result * x + coef
        return result

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (other.c[i] if i < len(other.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-x for x in self.c])

    def __sub__(self, other):
        return self + (-other if isinstance(other, Poly) else Poly([-other]))

    def __mul__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def derivative(self):
        return Poly([i * self.c[i] for i in range(1, len(self.c))])

    def __repr__(self):
        terms = []
        for power in range(self.degree, -1, -1):
            coef = self.c[power]
            if coef == 0 and self.degree > 0:
                continue
            sign = "-" if coef < 0 else "+"
            mag = abs(coef)
            body = "" if (mag == 1 and power) else str(mag)
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            terms.append((sign, body + var))
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            s += f" {sign} {t}"
        return s

x = Poly([0, 1])
p = 3 * x ** 2 - 2 * x + 1
q = (x + 1) ** 3
print(p, "|", q, "|", p * q, "|", q - q)
print(p.degree, q.degree, (p * q).degree, [p(v) for v in range(-2, 3)], q(0.5))
print(q.derivative(), q.derivative().derivative(), Poly([5]).derivative())
print((x - 1) * (x + 1) == x ** 2 - 1, p + 0 == p, Poly([0, 0, 0]), -p)
print(Poly([1.5, 0, -0.5]), Poly([0, -1]), (2 * x - 4)(2))
