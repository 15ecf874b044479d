# sorted with key and reverse on assorted iterables, and reversed on sequences.
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("cab"), sorted((2, 1)))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), sorted(range(5, 0, -1)))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted([-3, 2, -1], key=abs))
print(sorted(x % 7 for x in range(20, 30)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print("".join(reversed("stressed")), list(reversed([])))
r = reversed([10, 20, 30])
for first in r:
    break
print(first, list(r), list(r))
d = {"first": 1, "second": 2, "third": 3}
print(list(reversed(d)), list(reversed(d.values())))
people = [("x", 3), ("y", 1), ("z", 3), ("w", 2)]
print(sorted(people, key=lambda p: p[1], reverse=True))
