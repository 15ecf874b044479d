# sorted and list.sort: stability, key functions, reverse, tuples and multi-key sorting.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 25), ("ed", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n * n, reverse=True))
nums.sort(key=lambda n: -n)
print(nums)
print(sorted("sorting"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted([]))
data = [3, 1, 2]
result = sorted(data)
print(data, result, data.sort(), data)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
