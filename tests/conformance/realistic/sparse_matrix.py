# a sparse matrix class (dict of keys) with arithmetic and pretty printing
class Sparse:
    def __init__(self, rows, cols, data=None):
        self.rows, self.cols = rows, cols
        self.data = {k: v for k, v in (data or {}).items() if v != 0}

    @classmethod
    def from_dense(cls, dense):
        return cls(len(dense), len(dense[0]), {(r, c): v for r, row in enumerate(dense) for c, v in enumerate(row)})

    @classmethod
    def identity(cls, n):
        return cls(n, n, {(i, i): 1 for i in range(n)})

    def __getitem__(self, rc):
        return self.data.get(rc, 0)

    def __add__(self, other):
        keys = sorted(set(self.data) | set(other.data))
        return Sparse(self.rows, self.cols, {k: self[k] + other[k] for k in keys})

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Sparse(self.rows, self.cols, {k: v * other for k, v in self.data.items()})
        if self.cols != other.rows:
            raise ValueError(f"shape mismatch {self.shape} x {other.shape}")
        out = {}
        for (r, k), v in sorted(self.data.items()):
            for c in range(other.cols):
                w = other[k, c]
                if w:
                    out[(r, c)] = out.get((r, c), 0) + v * w
        return Sparse(self.rows, other.cols, out)

    def transpose(self):
        return Sparse(self.cols, self.rows, {(c, r): v for (r, c), v in self.data.items()})

    @property
    def shape(self):
        return (self.rows, self.cols)

    def density(self):
        return len(self.data) / (self.rows * self.cols)

    def __eq__(self, other):
        return self.shape == other.shape and self.data == other.data

    def __str__(self):
        return "\n".join(" ".join(f"{self[r, c]:>4}" for c in range(self.cols)) for r in range(self.rows))

a = Sparse.from_dense([[1, 0, 0, 2], [0, 0, 3, 0], [0, 4, 0, 0]])
b = Sparse.from_dense([[0, 1], [1, 0], [0, 0], [5, 0]])
print(a, "", b, sep="\n")
print("a*b:", (a * b).data)
print(a * b)
print((a * 2 + a).data, a.density(), a.transpose().shape)
print(a.transpose().transpose() == a, Sparse.identity(3) * a == a)
try:
    a * a
except ValueError as e:
    print("ValueError:", e)
