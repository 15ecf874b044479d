# `in` and `not in` across the built-in containers.
nums = [1, 2, 3, 4]
print(3 in nums, 9 in nums, 9 not in nums)
print(2 in (1, 2), 5 in (1, 2))
print("ell" in "hello", "" in "abc", "z" in "abc")
d = {"a": 1, "b": 2}
print("a" in d, 1 in d, "c" not in d)
print(1 in d.values(), "b" in d.keys())
print(("a", 1) in d.items())
s = {1, 2, 3}
print(2 in s, 7 in s)
r = range(0, 20, 3)
print(9 in r, 10 in r, 18 in r, 20 in r, -3 in r)
print(1.0 in [1, 2], True in [1], 0 in [False])
print([1, 2] in [[1, 2], [3]], [2] in [[1, 2]])
print(None in [None], None in [])
nested = [[1, 2], [3, 4]]
print(any(4 in row for row in nested))
word = "mississippi"
print(sum(1 for ch in word if ch in "sp"))
