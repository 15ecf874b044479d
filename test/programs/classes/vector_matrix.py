# A Vector and a Matrix class with operators: + - * (scalar, dot, matrix-vector, matrix-
# matrix), reflected *, unary - + abs, ==, in-place +=, indexing, iteration and len.
class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self): return "Vector(" + ", ".join(str(x) for x in self.xs) + ")"
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __eq__(self, other): return isinstance(other, Vector) and self.xs == other.xs
    def __add__(self, other): return Vector(*[a + b for a, b in zip(self, other)])
    def __sub__(self, other): return self + -other
    def __neg__(self): return Vector(*[-x for x in self])
    def __pos__(self): return Vector(*self.xs)
    def __abs__(self): return sum(x * x for x in self) ** 0.5

    def __mul__(self, other):
        if isinstance(other, Vector):
            return sum(a * b for a, b in zip(self, other))
        return Vector(*[x * other for x in self])

    def __rmul__(self, k): return self * k

    def __iadd__(self, other):
        for i, v in enumerate(other):
            self.xs[i] += v
        return self


class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __repr__(self): return "Matrix(" + repr(self.rows) + ")"
    def __str__(self): return "\n".join(" ".join(f"{x:>4}" for x in r) for r in self.rows)
    def __eq__(self, other): return self.rows == other.rows

    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def transpose(self): return Matrix(zip(*self.rows))

    def __mul__(self, other):
        if isinstance(other, Vector):
            return Vector(*[Vector(*r) * other for r in self.rows])
        if isinstance(other, Matrix):
            cols = other.transpose().rows
            return Matrix([[Vector(*r) * Vector(*c) for c in cols] for r in self.rows])
        return Matrix([[x * other for x in r] for r in self.rows])

    __rmul__ = __mul__


u, v = Vector(1, 2, 3), Vector(4, -5, 6)
print(u + v, u - v, -v, +u, u * v, u * 2, 3 * u, abs(Vector(3, 4)), len(u), v[1])
print(u == Vector(1, 2, 3), u == v, u != v, u == [1, 2, 3], list(u), max(v))
w = u
u += v
print(u, w, u is w, u.xs is w.xs, abs(Vector(1, 1)))
m = Matrix([[1, 2], [3, 4]])
print(m * Vector(1, 1), m * m, 2 * m, m * Matrix.identity(2) == m)
print(m.transpose())
print(m * m.transpose() * 10)
r = Matrix([[0, -1], [1, 0]])
print(r * r * r * r == Matrix.identity(2), r * Vector(5, 7), repr(Matrix.identity(3)))
