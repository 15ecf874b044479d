# Subclasses of list and dict: inherited methods and operators, overrides that the built-in
# operations honour, super() into the built-in methods, __missing__, and the error cases.
import copy, heapq, bisect


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


s = Stack()
for n in (3, 1, 4):
    s.push(n)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, bool(Stack()))
print(s.pop(), s, 1 in s, 9 in s, list(s), [x * 2 for x in s], sorted(s), s[::-1])
t = Stack([5, 6])
print(t == [5, 6], [5, 6] == t, t + [7], [0] + t, t * 2, 2 * t, t < [5, 7], [5] < t)
t += [8]
t[0] = 50
del t[1]
print(t, type(t).__name__, list(reversed(t)), t.index(8), t.count(50))
t.x = "attr"
print(t.x, vars(t), str(t), [t])


class SortedList(list):
    """Keeps itself sorted: append is overridden, and extend goes through it."""

    def __init__(self, items=()):
        super().__init__()
        for item in items:
            self.append(item)

    def append(self, item):
        bisect.insort(self, item)

    def extend(self, items):
        for item in items:
            self.append(item)


sl = SortedList([5, 2, 9])
sl.append(4)
sl.extend([7, 1])
print(sl, sl[0], sl[-1], len(sl), sum(sl), max(sl))
heap = Stack()
for n in (5, 1, 3):
    heapq.heappush(heap, n)
print(heapq.heappop(heap), heap, type(heap).__name__)
print(copy.copy(sl), type(copy.copy(sl)).__name__, copy.deepcopy(Stack([[1], [2]])))


class UpperDict(dict):
    """Keys are stored upper-cased: __setitem__ and __getitem__ overridden."""

    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v


u = UpperDict({"a": 1}, b=2)
u["c"] = 3
print(u, u["a"], u["B"], "A" in u, "a" in u, u.get("a"), u.get("A"), len(u))
print(dict(u), {**u}, sorted(u.items()), list(u), isinstance(u, dict))


class Tally(dict):
    def __missing__(self, key):
        return 0


tally = Tally()
for ch in "abracadabra":
    tally[ch] += 1
print(tally, tally["z"], "z" in tally, tally.get("z"), max(tally, key=tally.get))
print(Tally.fromkeys("xy", 1), type(Tally.fromkeys("xy")).__name__, tally | {"q": 1})


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug, cfg, hasattr(cfg, "nope"))


def show(**options):
    return sorted(options.items())


print(show(**cfg), "{host}:{port}".format(**cfg), "%(port)d" % cfg)


class Pair(list):
    pass


class Mixin:
    def describe(self):
        return "%s of %d" % (type(self).__name__, len(self))


class Described(Mixin, Pair):
    pass


dsc = Described("xy")
print(dsc.describe(), Described.__mro__[1:], isinstance(dsc, Pair), issubclass(Described, list))
for bad in ("hash", "layout", "descriptor", "unhashable key"):
    try:
        if bad == "hash":
            hash(Stack())
        elif bad == "layout":
            class Both(list, dict):
                pass
        elif bad == "descriptor":
            list.append({}, 1)
        else:
            Tally()[[1]]
    except TypeError as e:
        print("TypeError:", e)
