# __hash__ with __eq__: instances as dict keys and set members (printed sorted), identity
# hashing by default, __eq__ without __hash__ making instances unhashable, __hash__ = None.
class Cell:
    def __init__(self, row, col):
        self.row = row
        self.col = col

    def __eq__(self, other):
        return isinstance(other, Cell) and (self.row, self.col) == (other.row, other.col)

    def __hash__(self):
        return hash((self.row, self.col))

    def __repr__(self):
        return f"Cell({self.row},{self.col})"


class Token:
    def __init__(self, text):
        self.text = text


class EqOnly:
    def __eq__(self, other):
        return True


class NoHash(Cell):
    __hash__ = None


key = lambda c: (c.row, c.col)
cells = [Cell(1, 2), Cell(0, 0), Cell(1, 2), Cell(2, 1), Cell(0, 0), Cell(1, 2)]
uniq = set(cells)
print(len(uniq), sorted(uniq, key=key))
counts = {}
for c in cells:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(counts[Cell(1, 2)], Cell(2, 1) in counts, Cell(9, 9) in counts, Cell(0, 0) in uniq)
print(hash(Cell(3, 4)) == hash(Cell(3, 4)), hash(Cell(3, 4)) == hash((3, 4)))
grid = {Cell(r, c): r * 10 + c for r in range(3) for c in range(3)}
del grid[Cell(1, 1)]
grid[Cell(0, 0)] = "origin"
print(len(grid), grid[Cell(2, 2)], grid[Cell(0, 0)], list(grid)[:3])
print(sorted(uniq | {Cell(5, 5)}, key=key), sorted(uniq - {Cell(0, 0)}, key=key))
print(sorted(uniq & set([Cell(2, 1), Cell(7, 7)]), key=key), frozenset(cells) == uniq)

t1, t2 = Token("a"), Token("a")
print(t1 == t2, t1 == t1, len({t1, t2, t1}), {t1: 1, t2: 2}[t1], hash(t1) == hash(t1))
print(type(Token.__hash__).__name__ != "NoneType", EqOnly.__hash__ is None)
for bad in (EqOnly(), NoHash(1, 1)):
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError", e)
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
print(NoHash(1, 1) == Cell(1, 1), NoHash(1, 1) in [Cell(1, 1)])
