# Tuple and list unpacking, swaps, nesting and unpacking in for loops.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q] = "hi"
print(p, q)
i, j, k = range(3)
print(i, j, k)
first, second = [10, 20]
print(first + second)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for idx, (num, word) in enumerate(pairs):
    print(idx, num, word[0])
m = n = 7
print(m, n)
a, b, c = x, y, z = 1, 2, 3
print(a, b, c, x, y, z)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
t = 1, 2, 3
print(t, type(t))
