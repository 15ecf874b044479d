# Subclasses of tuple: namedtuple classes are tuples (isinstance, %-formatting, hashing, equality
# with plain tuples, unpacking, copying), and a hand-written tuple subclass with __new__.
import copy
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
x, y = p
print(p, isinstance(p, tuple), issubclass(Point, tuple), x + y, p.x * p.y, p[0], p[-1], p[:1], len(p))
print(p == (3, 4), (3, 4) == p, p != (4, 3), p < (3, 5), hash(p) == hash((3, 4)), {p: "here"}[(3, 4)], (3, 4) in {p})
print("%d,%d" % p, "{0}/{1}".format(*p), list(p), tuple(p), p + (5,), (0,) + p, p * 2, sorted([Point(2, 1), Point(1, 9)]))
print(p._replace(y=10), p._asdict(), Point._make([7, 8]), Point._fields, p.count(3), p.index(4), max(Point(1, 2), Point(1, 3)))
print(copy.copy(p), copy.deepcopy(Point([1], [2])), type(copy.copy(p)).__name__)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)


class Interval(tuple):
    """A closed interval stored as a (low, high) tuple."""

    def __new__(cls, low, high):
        if low > high:
            raise ValueError("empty interval")
        return super().__new__(cls, (low, high))

    @property
    def width(self):
        return self[1] - self[0]

    def __contains__(self, value):
        return self[0] <= value <= self[1]

    def __repr__(self):
        return "Interval%s" % (tuple.__repr__(self),)


i = Interval(2, 5)
print(i, i.width, 3 in i, 9 in i, list(i), i == (2, 5), isinstance(i, tuple), sorted([Interval(4, 4), i]))
try:
    Interval(5, 1)
except ValueError as e:
    print("ValueError:", e)


class Pair(tuple):
    pass


q = Pair([1, 2])
print(q, Pair(), Pair("ab"), type(q).__name__, q + q, hash(q) == hash((1, 2)), repr(q))
try:
    Pair(1, 2)
except TypeError as e:
    print("TypeError:", e)
