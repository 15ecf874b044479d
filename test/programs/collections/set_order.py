# Set iteration order matches CPython's table order: displays, set(), comprehensions, the
# operators and methods, in-place forms, deletions and slot reuse, negative ints, big ints.
print({1, 9, 17, 25} | {33})
print({1, 9, 17, 25}.union({33, 41}))
a = set(range(0, 100, 7)); b = set(range(0, 100, 5))
print(a | b)
print(a & b, a - b, a ^ b)
s = {5, 3, 1}
s.add(100); s.add(64); s.discard(3); s.add(35)
print(s)
print(set([40, 8, 16, 24, 32]))
print({x * 8 for x in range(10)})
c = set()
for i in range(20):
    c.add(i * 9 % 31)
print(c)
c2 = c.copy(); c2.update(range(50, 60))
print(c2)
print(frozenset({3, 1, 2}), sorted({3, 1, 2}))
d = {i: i for i in range(10)}
print(set(d), set(d.values()))
a = {i * 13 % 64 for i in range(40)}
b = set(range(0, 200, 3))
print(a | b)
print(b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b)
c = set(a); c |= b; print(c)
c = set(a); c &= b; print(c)
c = set(a); c -= b; print(c)
c = set(a); c ^= b; print(c)
d = {k: 1 for k in range(30, 0, -3)}
e = set(d); print(e)
e.update(d); e.update([100, 7, 8]); print(e)
for k in list(e)[:5]:
    e.discard(k)
e.add(3); e.add(1000); e.add(-5); print(e)
print(a.union([5, 6], (70, 71)), a.intersection(range(10)), a.difference(range(50)), a.symmetric_difference([1, 2, 3, 200]))
f = set(range(100))
while len(f) > 10:
    f.pop()
print(f)
print({-1, -2, -3, 0, 1}, {2**40, 7, 2**33})
