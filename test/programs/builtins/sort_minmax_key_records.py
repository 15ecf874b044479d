# sorted/list.sort with key and reverse (stable sorting, multi-level keys), min/max with key
# and default, and the errors: empty sequences, unorderable mixtures, bad keyword use.
people = [
    ("ann", 31, "oslo"), ("bob", 25, "rome"), ("cid", 31, "lima"),
    ("dee", 19, "oslo"), ("eve", 25, "lima"), ("fay", 40, "rome"),
]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print([p[0] for p in sorted(people, key=lambda p: (p[2], -p[1]))])
by_city = sorted(people, key=lambda p: p[0], reverse=True)
by_city.sort(key=lambda p: p[2])
print([(p[2], p[0]) for p in by_city])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())), sorted(set(w.lower() for w in words)))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda n: (n % 3, n)))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]), sorted("hello"), sorted((3, 1, 2), reverse=True))
print(min([], default="nothing"), max((), default=None), max([4], default=0), min("zebra"), max("ab", "b", "abc"))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: (p[1], p[0]))[0])
print(max(3, 7, 5), min(2.5, 2), max([1, 2], [1, 3]), min(True, 0), max(-0.0, 0))
print(max({"x": 1, "y": 9}, key={"x": 1, "y": 9}.get), min(range(10, 0, -3)))
scores = {"ann": 88, "bob": 95, "cid": 88, "dee": 70}
ranked = sorted(scores, key=lambda name: (-scores[name], name))
print(ranked, [f"{i}. {n}" for i, n in enumerate(ranked, 1)])
data = [[3, "c"], [1, "a"], [2, "b"]]
data.sort()
print(data, data.sort(reverse=True), data)

errors = [
    lambda: max([]),
    lambda: min(()),
    lambda: sorted([1, "2", 3]),
    lambda: max(1, "a"),
    lambda: [3, None, 1].sort(),
    lambda: sorted([1, 2], lambda x: x),
    lambda: max(1, 2, default=0),
    lambda: min(5),
    lambda: sorted([{"a": 1}, {"a": 2}]),
    lambda: max([1, 2], key=len),
]
for i, bad in enumerate(errors):
    try:
        print(i, "no error:", bad())
    except (ValueError, TypeError) as err:
        print(i, type(err).__name__ + ":", err)
