# Binding a second name adds one reference; del and rebinding give it back.
import sys

data = [1, 2, 3]
base = sys.getrefcount(data)
alias = data
print("after alias:", sys.getrefcount(data) - base)
another = alias
print("after another:", sys.getrefcount(data) - base)
del alias
print("after del alias:", sys.getrefcount(data) - base)
another = None
print("after rebinding another:", sys.getrefcount(data) - base)
a = b = c = data
print("chained assignment:", sys.getrefcount(data) - base)
a, b = 1, 2
del c
print("all released:", sys.getrefcount(data) - base)
x, y = data, data
print("tuple unpacking:", sys.getrefcount(data) - base)
del x, y
print("released again:", sys.getrefcount(data) - base)
