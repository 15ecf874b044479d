# sum with start values, any and all with short-circuiting generator expressions.
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.5, 0.25]), sum([1, 2], 10))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(x * x for x in range(5)))
print(sum([True, True, False]), sum([2 ** 64, 2 ** 64]), sum([1, 2.5, -3]))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
checked = []


def check(x):
    checked.append(x)
    return x > 2


print(any(check(x) for x in [1, 5, 2, 7]), checked)
checked.clear()
print(all(check(x) for x in [5, 1, 9]), checked)
nums = [3, 8, 12, 5]
print(all(n > 0 for n in nums), any(n % 4 == 0 for n in nums), sum(n for n in nums if n % 2))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
