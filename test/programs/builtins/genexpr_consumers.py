# Generator expressions consumed by sum, any, all, list, min, max, sorted, tuple, set, dict and join.
nums = [5, 3, 8, 1, 9, 2]
print(sum(n * 2 for n in nums), list(n for n in nums if n > 4))
print(min(n for n in nums if n > 2), max(-n for n in nums), sorted(n % 4 for n in nums))
print(any(n > 8 for n in nums), all(n < 10 for n in nums), tuple(n for n in nums[:3]))
print(sorted(set(n % 3 for n in nums)), dict((n, n * n) for n in nums[:2]))
print(", ".join(str(n) for n in nums), max((n for n in []), default="none"))
gen = (n * n for n in range(4))
print(list(gen), list(gen))
g = (c for c in "xyz")
print(next(g), next(g), next(g), next(g, "exhausted"))
print(sum(x * y for x in range(3) for y in range(3) if x != y))
total = sum(len(w) for w in "the quick brown fox".split())
print(total)
