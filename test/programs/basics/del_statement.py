# del on names, list items and slices, and dict keys.
x = 10
y = 20
del x
try:
    x
except NameError:
    print("x is gone", y)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b, c = 1, 2, 3
del a, b
print(c)
matrix = [[1, 2], [3, 4]]
del matrix[0][1]
print(matrix)
try:
    print(x)
except NameError as e:
    print("NameError:", e)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
