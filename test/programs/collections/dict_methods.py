# dict.get/pop/popitem/update/setdefault/copy/clear/fromkeys and views.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.pop("b"), d.pop("z", "dflt"), d)
d.update({"d": 4, "a": 10})
d.update(e=5)
d.update([("f", 6)])
print(d)
print(d.setdefault("a", 99), d.setdefault("g", 7), d.setdefault("h"), d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d)
c.clear()
print(c)
print(dict.fromkeys([1, 2, 3]), dict.fromkeys("ab", 0))
keys = d.keys()
d["late"] = 0
print(list(keys), len(keys))
print(sorted(d.values()), [k for k, v in d.items() if v > 4])
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
