# Calling a class runs __init__ as a frame: keyword and default arguments, subclasses inheriting
# __init__, __init__ returning a value, raising, wrong arguments, instances made in a loop.
import sys
class A:
    def __init__(self, x, y=2):
        self.x = x; self.y = y
class B(A):
    pass
class Bad:
    def __init__(self):
        return 5
class Boom:
    def __init__(self, v):
        raise ValueError(v)
a = A(1); b = B(3, y=4)
print(a.x, a.y, b.x, b.y, type(b).__name__)
before = sys.getrefcount(A)
for i in range(100):
    t = A(i)
print(t.x)
try:
    Bad()
except TypeError as e:
    print(e)
try:
    Boom("no")
except ValueError as e:
    print("boom", e)
try:
    A()
except TypeError as e:
    print(e)
objs = [A(i) for i in range(5)]
print([o.x for o in objs], sys.getrefcount(objs[0]) - 1)
