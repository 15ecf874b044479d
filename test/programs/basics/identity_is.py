# `is` compares identity; `==` compares values. Ids are only compared, never printed.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(id(a) == id(b), id(a) == id(c))
b.append(3)
print(a, c)
x = None
print(x is None, None is None)
print(True is True, False is not True)
t = (a, a)
print(t[0] is t[1], t[0] is a)
d = {"k": a}
print(d["k"] is a)
copy = a[:]
print(copy == a, copy is a)
copy2 = list(a)
print(copy2 is a, copy2 == a)


def same(p, q):
    return p is q


print(same(a, b), same(a, c))
e = []
f = []
print(e is f, e == f)
lst = [e, e, f]
print(lst[0] is lst[1], lst[1] is lst[2])
