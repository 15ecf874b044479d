# Each slot of a list, tuple or dict value that holds an object counts as one reference.
import sys

item = ["shared"]
base = sys.getrefcount(item)
lst = [item, item, item]
print("list of 3:", sys.getrefcount(item) - base)
tup = (item, 0, item)
print("plus tuple of 2:", sys.getrefcount(item) - base)
d = {"a": item, "b": item}
print("plus dict of 2:", sys.getrefcount(item) - base)
lst.pop()
print("after pop:", sys.getrefcount(item) - base)
lst.append(item)
lst.remove(item)
print("after append+remove:", sys.getrefcount(item) - base)
d["a"] = None
print("after overwriting a value:", sys.getrefcount(item) - base)
lst.clear()
del tup
d.clear()
print("all cleared:", sys.getrefcount(item) - base)
many = [item] * 10
print("repeat 10:", sys.getrefcount(item) - base)
del many[2:5]
print("after deleting a slice of 3:", sys.getrefcount(item) - base)
many = many + many
print("after concatenation:", sys.getrefcount(item) - base)
many = None
print("released:", sys.getrefcount(item) - base)
