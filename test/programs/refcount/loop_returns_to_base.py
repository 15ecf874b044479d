# Temporaries created inside loops are released: the count returns to its starting value.
import sys

obj = {"payload": 1}
base = sys.getrefcount(obj)
for i in range(200):
    pair = [obj, obj]
    d = {"k": obj, "j": obj}
    t = (obj, i)
del pair, d, t
print("after container loop:", sys.getrefcount(obj) - base)
for i in range(100):
    tmp = obj
    tmp = None
print("after rebinding loop:", sys.getrefcount(obj) - base)
n = 0
while n < 50:
    s = str(obj)
    n += 1
print("after str loop:", sys.getrefcount(obj) - base)
for item in [obj, obj, obj]:
    pass
print("loop variable still bound:", sys.getrefcount(obj) - base)
del item
print("after del item:", sys.getrefcount(obj) - base)
counts = []
for _ in range(5):
    counts.append(sys.getrefcount(obj) - base)
print("stable inside loop:", counts)
