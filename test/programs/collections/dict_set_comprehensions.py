# Dict and set comprehensions, including ones built from zip and nested comprehensions.
print({x: x ** 3 for x in range(5)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({w[0]: w for w in ["apple", "avocado", "banana"]})
print(sorted({x % 5 for x in range(50)}), sorted({len(w) for w in ["a", "bb", "cc", "d"]}))
print({i: [j for j in range(i)] for i in range(4)})
print({i: {j: i * j for j in range(3)} for i in range(2)})
nums = [3, 8, 1, 8, 3, 3]
counts = {n: nums.count(n) for n in nums}
print(counts)
print({k: v for k, v in counts.items() if v > 1})
evens = {x for x in range(10) if x % 2 == 0}
print(sorted(evens), 4 in evens, 5 in evens)
