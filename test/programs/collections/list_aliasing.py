# Aliasing and copying: names share objects, slices and list() make shallow copies.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
b.append(4)
print(a, c, d)
c[1].append("shared")
print(a, c, d)
print(a[1] is c[1], a is c)


def mutate(lst):
    lst.append("mutated")


def rebind(lst):
    lst = ["new"]
    return lst


mutate(a)
print(a)
print(rebind(a), a)
row = [0] * 3
grid = [row, row]
grid[0][0] = 1
print(grid)
grid2 = [list(row), list(row)]
grid2[0][1] = 2
print(grid2, row)
t = (a,)
a.clear()
print(t)
