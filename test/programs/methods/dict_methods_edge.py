# dict methods: get/pop/popitem/setdefault defaults, update from dicts, pairs and keywords
# (with partial updates on error), fromkeys through the type and an instance, views, and errors.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("zz"), d.get("zz", []), d.pop("a"), d.pop("a", "gone"), d)
print(d.setdefault("b", 0), d.setdefault("c"), d.setdefault("d", [1]), d)
d.update({"e": 5}, f=6)
d.update([("g", 7), ["h", 8], "ij"])
d.update(zip("kl", (11, 12)))
d.update(d)
d.update()
print(d)
print(d.popitem(), d.popitem(), len(d))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]), {}.fromkeys((1, 2), "x"))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
snapshot = d.copy()
d["new"] = 1
del snapshot["b"]
print(len(d), len(snapshot), "b" in d, "new" in snapshot)
ks, vs, its = d.keys(), d.values(), d.items()
d["late"] = 99
print(list(ks)[-2:], list(vs)[-2:], list(its)[-1], len(ks), "late" in ks)
print(sorted(k for k, v in d.items() if isinstance(v, int) and v > 5))
d.clear()
print(d, len(ks), list(its))
inventory = {}
for item, qty in [("nut", 3), ("bolt", 5), ("nut", 4), ("gear", 1), ("bolt", 2)]:
    inventory[item] = inventory.get(item, 0) + qty
print(inventory, dict.get(inventory, "gear"), max(inventory, key=inventory.get))
partial = {"x": 0}
try:
    partial.update([("y", 1), ("z", 2, 3), ("w", 4)])
except ValueError as e:
    print(type(e).__name__, e, partial)
errors = [lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {1: 2}.pop((1, 2)),
          lambda: {}.get(), lambda: {}.get([1]), lambda: {}.setdefault({}, 1),
          lambda: {}.update(1), lambda: {}.update([1]), lambda: {}.update({}, {}),
          lambda: {}.pop(), lambda: dict.fromkeys(), lambda: dict.fromkeys(3),
          lambda: dict.get([], 1), lambda: {}.keys(1), lambda: {}.copy(x=1)]
for f in errors:
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
