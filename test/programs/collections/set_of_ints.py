# Sets of small ints: construction, add/discard/remove/pop, membership and sorted output.
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s))
s.add(10)
s.add(1)
s.discard(2)
s.discard(99)
print(sorted(s))
s.remove(3)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
print(sorted(s), 10 in s, 3 in s)
e = set()
print(e, len(e), set([1, 1, 2]) == {1, 2}, set() == set())
print(set(range(5)) == {0, 1, 2, 3, 4}, sorted(set([5, 4, 4, 5, 0])))
print({1, 2, 3}, {0}, {3, 1, 2}, {7, 5})
small = {5}
print(small.pop(), small)
t = {1, 2}
u = t.copy()
u.add(3)
print(sorted(t), sorted(u))
t.clear()
print(t, len(t))
print(sorted({x % 4 for x in range(20)}))
dups = [1, 5, 2, 5, 1, 9, 2]
seen = set()
unique = []
for x in dups:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)
