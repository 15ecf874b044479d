# Set algebra on sets of ints: union, intersection, difference, symmetric difference, subsets.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, {100})), sorted(a.intersection([2, 4, 8])), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {5}, a > {9})
print({1, 2}.issubset(a), a.issuperset({1, 9}), {10, 11}.isdisjoint(a))
c = set(a)
c |= {9}
c &= {1, 2, 9, 42}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
d = set(range(10))
d.update([10, 11], (12,))
d.difference_update({0, 1, 2})
d.intersection_update(range(5, 20))
print(sorted(d))
print(a == {5, 4, 3, 2, 1}, a != b, len(a | b))
print(sorted(x for x in a if x in b))
