# Counter, defaultdict and OrderedDict are dicts: isinstance, dict methods, ** and dict(),
# their own behaviour (missing keys, ordering, arithmetic), copies and reprs.
from collections import Counter, defaultdict, OrderedDict
import copy

words = "the cat and the hat and the bat sat on the mat".split()
c = Counter(words)
print(isinstance(c, dict), issubclass(Counter, dict), type(c).__name__)
print(c["the"], c["dog"], "dog" in c, len(c), c.most_common(2))
print(sorted(c.keys())[:3], sum(c.values()), c.total())
c.update({"the": 1, "dog": 2})
c.update(["cat", "cat"])
print(c.most_common(3), c["dog"])
c.subtract(dog=5)
print(c["dog"], +c == c, (-c)["dog"])
del c["nothing"]          # no error for a missing count
print(dict(c) == {**c}, len(dict(c)))
x, y = Counter(a=3, b=1), Counter(a=1, b=2, d=4)
print(x + y, x - y, x | y, x & y)
z = Counter(a=1)
z += Counter(a=2, b=-1)
print(z, type(z).__name__)
print(Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
print(repr(Counter()), list(Counter("xyzzy").elements()))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)

d = defaultdict(list)
for i, w in enumerate(words):
    d[w[0]].append(i)
print(isinstance(d, dict), d["t"], sorted(d), d.default_factory is list)
print(d.get("q"), "q" in d, len(d))
print(repr(defaultdict(int, {"a": 1})))
n = defaultdict(int)
for ch in "mississippi":
    n[ch] += 1
print(dict(n), max(n, key=n.get))
nd = copy.deepcopy(d)
nd["t"].append(99)
print(d["t"] != nd["t"], type(nd).__name__, nd.default_factory is list)
nodefault = defaultdict()
try:
    nodefault["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
print(defaultdict(int, a=1) | {"b": 2})

od = OrderedDict()
od["z"] = 1; od["a"] = 2; od["m"] = 3
od.move_to_end("z")
print(list(od), od)
od.move_to_end("m", last=False)
print(list(od.items()), od.popitem(), od.popitem(last=False), od)
o1, o2 = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(o1 == o2, o1 == {"b": 2, "a": 1}, dict(o1) == dict(o2), o1 != o2)
print(list(reversed(OrderedDict.fromkeys("abc"))), OrderedDict.fromkeys("xy", 0))
print(type(OrderedDict(a=1).copy()).__name__, OrderedDict(), isinstance(o1, dict))


def describe(mapping):
    """Code written for plain dicts works with all three."""
    return ", ".join("%s=%s" % (k, mapping[k]) for k in sorted(mapping))


print(describe(Counter("abca")), "|", describe(defaultdict(int, x=1)), "|", describe(OrderedDict(q=2)))
print("{the} {cat}".format(**Counter(words)), "%(a)s" % OrderedDict(a="ok"))
