# Sorting lists of small ints (pygil sorts their tagged words directly), at the edges of the
# small-int range and mixed with values that take the general path.
import random

random.seed(7)
edges = [2**30 - 1, -(2**30), 0, -1, 1, 2**30 - 2, -(2**30) + 1]
print(sorted(edges))
print(sorted(edges, reverse=True))
mixed = edges + [2**30, -(2**30) - 1, 2**62]  # beyond the small range: heap ints
print(sorted(mixed))
print(sorted(mixed, reverse=True))
print(sorted([3, True, 0, False, 2]))  # bools are not small ints here
print(sorted([2, 1.5, 1, -0.5]))
for n in (0, 1, 2, 3, 50, 5000):
    xs = [random.randint(-1000, 1000) for _ in range(n)]
    a = sorted(xs)
    ys = list(xs)
    ys.sort(reverse=True)
    print(n, a[:5], ys[:5], a == sorted(xs, key=lambda v: v), ys == a[::-1], sum(a) == sum(xs))
same = [4] * 10
same.sort()
print(same)
nums = [(i * 7919 + 13) % 100003 for i in range(20000)]
o = sorted(nums)
print(o[0], o[len(o) // 2], o[-1], all(o[i] <= o[i + 1] for i in range(len(o) - 1)))
