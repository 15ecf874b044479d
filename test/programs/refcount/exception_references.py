# An exception's args hold a reference while it is alive; after the handler it is released.
import sys

obj = ["in exception"]
base = sys.getrefcount(obj)
try:
    raise ValueError(obj)
except ValueError as e:
    print("inside handler:", sys.getrefcount(obj) - base, e.args[0] is obj)
print("after handler:", sys.getrefcount(obj) - base)
for i in range(20):
    try:
        raise KeyError(obj)
    except KeyError:
        pass
print("after 20 caught exceptions:", sys.getrefcount(obj) - base)
saved = None
try:
    raise RuntimeError(obj, obj)
except RuntimeError as e:
    saved = e
print("saved exception:", sys.getrefcount(obj) - base)
saved = None
print("saved exception dropped:", sys.getrefcount(obj) - base)


def failing(x):
    local_copy = x
    raise TypeError("no reference to x here")


try:
    failing(obj)
except TypeError:
    pass
print("after exception from a call:", sys.getrefcount(obj) - base)
