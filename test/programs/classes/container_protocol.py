# Container dunders: __len__, __getitem__ with ints, negative indexes, slices and tuples,
# __setitem__, __delitem__, __contains__, and the old __getitem__ iteration protocol.
class Ring:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Ring(*self.items[key])
        if isinstance(key, tuple):
            return [self[k] for k in key]
        return self.items[key % len(self.items)]

    def __setitem__(self, key, value):
        self.items[key % len(self.items)] = value

    def __delitem__(self, key):
        print("  deleting", key)
        del self.items[key]

    def __contains__(self, value):
        print("  contains", value)
        return value in self.items

    def __repr__(self):
        return "Ring" + repr(self.items)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


class Spy:
    def __getitem__(self, key):
        return repr(key)


r = Ring("a", "b", "c", "d")
print(len(r), r[0], r[5], r[-1], r[1:3], r[::2], r[0, 6, -2])
r[6] = "C"
r[-4] += "!"
print(r, "C" in r, "z" in r, "z" not in r)
del r[1]
del r[-1]
print(r, len(r), bool(r), r[:0], len(r[:0]))
try:
    del r[10]
except IndexError as e:
    print("IndexError", e)
sq = Squares()
print(list(sq), 9 in sq, 7 in sq, [x for x in sq if x % 2], sum(sq), sorted(sq, reverse=True))
a, b, *rest = sq
print(a, b, rest, max(sq), tuple(zip(sq, "xyz")))
s = Spy()
print(s[1], s["k"], s[1:2], s[::3], s[1, "a"], s[-1:], s[(2,)])
try:
    len(sq)
except TypeError as e:
    print("TypeError", e)
try:
    sq[1] = 5
except TypeError as e:
    print("TypeError", e)
