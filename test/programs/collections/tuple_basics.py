# Tuples: packing, single-element syntax, immutability, comparison, methods and nesting.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1), tuple(), tuple("ab"), tuple([4, 5]))
print(t + (4,), t * 2, (0,) * 3)
print(t.count(2), t.index(3), 2 in t)
print((1, 2) < (1, 3), (2,) > (1, 9, 9), (1, 2) == (1, 2), (1, "a") < (1, "b"))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
lst_in_tuple = ([1], [2])
lst_in_tuple[0].append(10)
print(lst_in_tuple)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs))
print(max(pairs), min(pairs))
x = 1, 2
y = x, 3
print(x, y, type(x).__name__)
a, b = (1, 2) if len(t) > 5 else (10, 20)
print(a, b)
print(tuple(range(5))[1:4], tuple(i * i for i in range(4)))
