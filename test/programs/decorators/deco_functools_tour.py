# functools in a hobbyist's toolbox: wraps keeping names and docs, partial with positional
# and keyword arguments, reduce with and without an initial value, lru_cache statistics,
# and total_ordering filling in comparisons.
import functools
from functools import wraps, partial, reduce, lru_cache, total_ordering


def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


def polite(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@plain
def area(w, h):
    """Area of a rectangle."""
    return w * h


@polite
def volume(w, h, d):
    """Volume of a box."""
    return w * h * d


print(area.__name__, area.__doc__, area(2, 3))
print(volume.__name__, volume.__doc__, volume(2, 3, 4), volume.__wrapped__(1, 1, 1))

power = partial(pow, 2)
square = partial(pow, exp=2)
print(power(10), square(9), square(5))
greet = partial("{} {}!".format, "Hello")
print(greet("world"), greet.args, greet.keywords, greet.func is not None)
to_int = partial(int, base=2)
print(to_int("1011"), to_int("1011", base=8))
nested = partial(partial(max, 3), 7)
print(nested(5), nested(10))

print(reduce(lambda a, b: a * b, range(1, 7)))
print(reduce(lambda acc, s: acc + len(s), ["ab", "cde", ""], 0))
print(reduce(max, [3, 8, 2]), reduce(lambda a, b: a + b, [], "empty"))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as err:
    print("TypeError:", err)


@lru_cache(maxsize=3)
def slow_square(n):
    print("  computing", n)
    return n * n


for n in [1, 2, 1, 3, 4, 1, 2]:
    slow_square(n)
info = slow_square.cache_info()
print(info)
print(info.hits, info.misses, info.currsize)
slow_square.cache_clear()
print(slow_square.cache_info())


@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(30), ways.cache_info().misses > 0)
try:
    slow_square([1, 2])
except TypeError as err:
    print("TypeError:", err)


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version("1.10.0"), Version("1.9.3")
print(a > b, a >= b, a <= b, b < a, a == Version("1.10.0"))
print(sorted([Version("2.0"), a, b, Version("0.9.9")]))
print(max(a, b), min([a, b]))
print(functools.cmp_to_key(lambda x, y: len(x) - len(y))("abc") < functools.cmp_to_key(lambda x, y: len(x) - len(y))("abcd"))
print(sorted(["ccc", "a", "bb"], key=functools.cmp_to_key(lambda x, y: len(y) - len(x))))
