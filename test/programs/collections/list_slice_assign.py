# Slice assignment and deletion on lists, including growing, shrinking and extended slices.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
b = list(range(8))
b[::2] = ["e0", "e2", "e4", "e6"]
print(b)
b[1::2] = [0] * 4
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3]
c[1:2] = [20, 21, 22]
print(c)
c[:] = "xyz"
print(c)
d = list(range(10))
del d[::3]
print(d)
d[-2:] = [None]
print(d)
e = [0, 1, 2, 3]
e[3:1] = ["ins"]
print(e)
