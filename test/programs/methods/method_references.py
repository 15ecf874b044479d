# Methods must leave reference counts as they found them, on success and on error paths alike:
# each line prints how many references to the tracked objects a group of calls left behind.
import sys
obj = ["tracked"]
key = tuple(["k", 1])
base_obj, base_key = sys.getrefcount(obj), sys.getrefcount(key)
def report(label):
    print(label, sys.getrefcount(obj) - base_obj, sys.getrefcount(key) - base_key)
def attempt(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__
lst = [obj, 3, obj]
lst.insert(1, obj); lst.pop(1); lst.remove(obj); lst.append(obj); lst.extend([obj, obj])
lst.index(obj); lst.count(obj); lst.reverse(); copy = lst.copy(); copy.clear(); del copy
print(attempt(lambda: lst.index(key)), attempt(lambda: lst.remove(key)), attempt(lambda: lst.sort()))
lst.sort(key=lambda v: 0 if v is obj else 1)
lst.sort(key=id, reverse=True)
print(attempt(lambda: lst.sort(key=lambda v: v[0])), attempt(lambda: lst.sort(key=lambda v: lst.append(v))))
lst.clear()
report("list:")
d = {key: obj}
d.get(key); d.get("x", obj); d.setdefault(key, obj); d.setdefault("new", obj); d.pop("new"); d.pop("z", obj)
d.update({key: obj}, other=obj); d.update([(key, obj)]); d2 = d.copy(); d2.clear(); del d2
f = dict.fromkeys([key, "x"], obj); del f
view = d.items(); list(view); del view
print(attempt(lambda: d.pop(obj)), attempt(lambda: d.pop("absent")), attempt(lambda: d.update([(key, obj, 1)])))
print(d.popitem()[0] is key, attempt(lambda: {}.popitem()))
d.clear()
report("dict:")
s = {key, 1, 2}
s.add(key); s.discard(key); s.add(key); s.remove(key); s.update([key], {key}); t = s.copy()
u = s.union([key], (key,)); i = s.intersection([key, 1]); df = s.difference([key]); sd = s.symmetric_difference([key, 5])
s.intersection_update([key, 1, 2]); s.difference_update([2]); s.symmetric_difference_update([key, 9])
fz = frozenset([key]); fz.union([key]); fz.copy(); s.issubset([key]); s.issuperset((key,)); s.isdisjoint([key])
print(attempt(lambda: s.remove(key)), attempt(lambda: s.add(obj)), attempt(lambda: s.update([key], 5)))
del t, u, i, df, sd, fz
while s:
    s.pop()
report("set:")
words = "a,b,c".split(","); text = ",".join(words); text.partition(","); text.replace(",", ";")
"{0[0]}{k}".format(obj, k=key); "{k}".format_map({"k": obj})
print(attempt(lambda: "{0[9]}".format(obj)), attempt(lambda: "{x}".format(obj)), attempt(lambda: ",".join([obj])))
print(attempt(lambda: "{!q}".format(obj)), attempt(lambda: "{0.nope}".format(key)), "{}".format(key))
report("str:")
