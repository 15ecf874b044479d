# Lists: creation, indexing, slicing, concatenation, repetition, nesting and equality.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3])
print(a + [0], [0] * 3, [[0] * 2] * 2, [] * 5)
print(list(), list("abc"), list(range(4)), list((1, 2)))
b = a[:]
b[0] = 100
print(a[0], b[0])
print([1, [2, [3, [4]]]], [[]], [None, True, 1.5, "s"])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 3], [2] > [1, 9])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 7
print(shared)
print(len([[]]), len([[], []]), [1, 2, 3][1:][0])
print(sum(a), max(a), min(a), sorted(a), a.count(1), a.index(9))
try:
    a[20]
except IndexError as e:
    print("IndexError:", e)
print(a * 0, a[100:], a[-100:2])
