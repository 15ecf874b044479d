# Starred targets in unpacking, and star expressions in list/tuple displays and calls.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
head, *tail = (9,)
print(head, tail)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
combined = [*rest, *"xy", 0]
print(combined)
t = (*range(3), *[7, 8])
print(t)
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged)


def f(a, b, c):
    return a * 100 + b * 10 + c


args = [1, 2, 3]
print(f(*args))
print(f(1, *[2, 3]))
kw = {"c": 9, "b": 8}
print(f(7, **kw))
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
