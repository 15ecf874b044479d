# A Matrix class with operators: + - * (by matrix and by number, reflected), @ for matrix
# products, ** by repeated squaring, ==, unary -, indexing by (row, col) tuples, transpose,
# determinant by cofactors, and shape errors raised as ValueError.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join("[" + " ".join(str(v).rjust(width) for v in row) + "]" for row in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def _check_same(self, other, op):
        if self.shape != other.shape:
            raise ValueError(f"cannot {op} {self.shape} and {other.shape}")

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        self._check_same(other, "add")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[v * k for v in row] for row in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        if self.shape[0] != self.shape[1] or n < 0:
            raise ValueError("power needs a square matrix and n >= 0")
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError(f"determinant of non-square {self.shape}")
        if n == 1:
            return self.rows[0][0]
        total = 0
        for c in range(n):
            minor = Matrix([row[:c] + row[c + 1:] for row in self.rows[1:]])
            total += (-1) ** c * self.rows[0][c] * minor.det()
        return total


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a - b, sep="\n--\n")
print(repr(2 * a), repr(a * 0.5), a @ b == Matrix([[2, 1], [4, 3]]), a == [[1, 2], [3, 4]])
print(-a)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1], "det:", a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
rect = Matrix([[1, 2, 3], [4, 5, 6]])
print(rect.shape, rect.transpose().shape, rect @ rect.transpose(), sep="\n")
m = Matrix.identity(3)
m[0, 2] = 7
print(m, m ** 3, sep="\n")
for label, action in [("add shapes", lambda: a + rect), ("matmul shapes", lambda: rect @ rect),
                      ("det shape", lambda: rect.det()), ("ragged", lambda: Matrix([[1], [2, 3]])),
                      ("add number", lambda: a + 1), ("power", lambda: rect ** 2),
                      ("index", lambda: a[2, 0]), ("times text", lambda: "x" * a)]:
    try:
        print(label, "->", action())
    except (ValueError, TypeError, IndexError) as err:
        print(label, "->", type(err).__name__ + ":", err)
