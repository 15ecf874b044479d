# Comprehensions hold references only through what they build; their loop variables are released.
import sys

obj = (1, 2)
other = [obj]
base = sys.getrefcount(obj)
built = [obj for _ in range(7)]
print("list comprehension of 7:", sys.getrefcount(obj) - base)
del built
print("deleted:", sys.getrefcount(obj) - base)
mapping = {i: obj for i in range(4)}
print("dict comprehension of 4:", sys.getrefcount(obj) - base)
mapping = {}
print("replaced:", sys.getrefcount(obj) - base)
total = sum(len(x) for x in [obj, obj, obj])
print("after generator expression:", sys.getrefcount(obj) - base, total)
found = [x for x in other if x is obj]
print("filtered copy:", sys.getrefcount(obj) - base)
found = None
nested = [[obj for _ in range(2)] for _ in range(3)]
print("nested 3x2:", sys.getrefcount(obj) - base)
nested.pop()
print("after popping one row:", sys.getrefcount(obj) - base)
del nested
print("all released:", sys.getrefcount(obj) - base)
