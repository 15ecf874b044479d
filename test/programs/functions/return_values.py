# Return statements: multiple values as tuples, early return, implicit None, return in loops.
def min_max(values):
    return min(values), max(values)


lo, hi = min_max([4, 9, 1, 7])
print(lo, hi, min_max([5]))


def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1


print(find("hello", "l"), find("hello", "z"))


def no_return(x):
    x * 2


def bare_return():
    return


print(no_return(3), bare_return())


def stats(nums):
    if not nums:
        return None
    n = len(nums)
    mean = sum(nums) / n
    return {"n": n, "mean": mean, "spread": max(nums) - min(nums)}


print(stats([2, 4, 6, 8]), stats([]))


def nested_return(n):
    while True:
        for i in range(n):
            if i * i > n:
                return i
        return "none"


print(nested_return(10), nested_return(0))
