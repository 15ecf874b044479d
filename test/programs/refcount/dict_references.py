# Dict keys and values are references: insertion, overwrite, pop, setdefault, copy and update.
import sys

key = (7, 8)
val = [7, 8]
kbase = sys.getrefcount(key)
vbase = sys.getrefcount(val)
d = {}
d[key] = val
print("one entry:", sys.getrefcount(key) - kbase, sys.getrefcount(val) - vbase)
d[key] = val
print("same entry again:", sys.getrefcount(key) - kbase, sys.getrefcount(val) - vbase)
d[key] = None
print("value overwritten:", sys.getrefcount(key) - kbase, sys.getrefcount(val) - vbase)
d.setdefault("v", val)
d.setdefault("v", None)
print("setdefault:", sys.getrefcount(val) - vbase)
copy = d.copy()
print("after copy:", sys.getrefcount(key) - kbase, sys.getrefcount(val) - vbase)
popped = copy.pop("v")
print("popped into a name:", sys.getrefcount(val) - vbase)
del popped, copy
print("copy gone:", sys.getrefcount(key) - kbase, sys.getrefcount(val) - vbase)
d.update({key: val})
print("update:", sys.getrefcount(key) - kbase, sys.getrefcount(val) - vbase)
del d[key]
d.pop("v")
print("emptied:", sys.getrefcount(key) - kbase, sys.getrefcount(val) - vbase, len(d))
