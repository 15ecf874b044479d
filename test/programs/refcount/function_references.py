# Calls release their argument references on return; stored references and closures keep theirs.
import sys

obj = [0]
base = sys.getrefcount(obj)
kept = []


def read_only(x):
    return len(x)


def store(x):
    kept.append(x)


def make_closure(x):
    def inner():
        return x
    return inner


for _ in range(10):
    read_only(obj)
print("after plain calls:", sys.getrefcount(obj) - base)
store(obj)
store(obj)
print("after storing twice:", sys.getrefcount(obj) - base)
kept.clear()
print("after clearing store:", sys.getrefcount(obj) - base)
f = make_closure(obj)
print("closure alive:", sys.getrefcount(obj) - base)
print("closure returns it:", f() is obj)
del f
print("closure deleted:", sys.getrefcount(obj) - base)


def default_holder(x=obj):
    return x


print("function default:", sys.getrefcount(obj) - base)
del default_holder
print("function deleted:", sys.getrefcount(obj) - base)
g = lambda: obj
print("lambda reading a global:", sys.getrefcount(obj) - base)
