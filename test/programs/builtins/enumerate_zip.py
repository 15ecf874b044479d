# enumerate with start, zip of several iterables (shortest wins), and unzipping with zip(*...).
for i, ch in enumerate("abc"):
    print(i, ch)
for i, word in enumerate(["x", "y"], start=10):
    print(i, word)
print(list(enumerate([5, 6], 1)), list(enumerate("")), list(enumerate(range(3), -1)))
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()), list(zip([1, 2])))
print(dict(zip(names, ages)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
total = 0
for a, b in zip(range(5), range(10, 15)):
    total += a * b
print(total)
print([i * v for i, v in enumerate([3, 3, 3])])
e = enumerate("ab")
print(list(e), list(e))
