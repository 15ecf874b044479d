# set and frozenset methods with sets, lists, strings, dicts and generators as operands, several
# operands at once, in-place updates, relations, and the errors (KeyError, unhashable, arity).
a = {1, 2, 3, 4}
b = [3, 4, 5, 3]
print(sorted(a.union(b)), sorted(a.union()), sorted(a.union(b, (9,), range(6, 8))))
print(sorted(a.intersection(b)), sorted(a.intersection(b, {4, 3, 99})), sorted(a.intersection()))
print(sorted(a.difference(b)), sorted(a.difference([1], {2})), sorted(a.symmetric_difference(b)))
print(sorted(a.difference({1: "x", 7: "y"})), sorted(a.intersection(x for x in range(3))))
print(a.issubset(range(10)), a.issubset(b), a.issuperset([1, 2]), a.issuperset({5}), a.isdisjoint("ab"))
print({1, 2} <= {1, 2, 3}, set().issubset(()), a.isdisjoint({5, 6}), a.isdisjoint([4]), a == {4, 3, 2, 1})
s = set("hello")
s.add("z")
s.discard("missing")
s.remove("h")
print(sorted(s), len(s), "l" in s)
s.update("abc", ["q"], {"r": 1})
print(sorted(s))
s.intersection_update("abcdefghijklmnopq", "aelq")
print(sorted(s))
s.difference_update(["a"], "q")
print(sorted(s))
s.symmetric_difference_update("lemon")
print(sorted(s))
s.symmetric_difference_update(s)
print(s, len(s))
n = {10, 20, 30}
n.difference_update(n)
print(n)
pops = {7, 8, 9}
total = 0
while pops:
    total += pops.pop()
print(total, pops)
f = frozenset([3, 1, 2])
g = f.union([4])
print(type(g).__name__, sorted(g), f.copy() is f, type(f.intersection({1})).__name__, sorted(f.difference({1})))
print(sorted(f.symmetric_difference([2, 5])), f.issuperset([1, 2]), f.isdisjoint([]), len(frozenset.union(f, "ab")))
c = a.copy()
c.clear()
print(c, a, sorted(set.union(a, {0})))
errors = [lambda: set().pop(), lambda: {1}.remove(2), lambda: {1}.remove([1]), lambda: {1}.add({}),
          lambda: {1}.union(5), lambda: {1}.update([[1]]), lambda: {1}.symmetric_difference(),
          lambda: {1}.issubset(), lambda: {1}.isdisjoint(1, 2), lambda: f.add(1),
          lambda: set.update(f, [1]), lambda: frozenset.union({1}), lambda: {1}.discard({2}),
          lambda: set().union(x=1)]
for fn in errors:
    try:
        print(fn())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
