# Decorators on methods and recursive functions: a tracer that indents nested calls, a
# per-instance memo cache keyed by arguments, an attribute-adding decorator, and a
# decorator-produced classmethod counter.
depth = 0


def trace(func):
    def wrapper(*args):
        global depth
        shown = ", ".join(repr(a) for a in args if not hasattr(a, "__dict__"))
        print("  " * depth + f"-> {func.__name__}({shown})")
        depth += 1
        try:
            result = func(*args)
        except Exception as err:
            print("  " * (depth - 1) + f"!! {type(err).__name__}: {err}")
            raise
        finally:
            depth -= 1
        print("  " * depth + f"<- {result!r}")
        return result
    wrapper.__name__ = func.__name__
    return wrapper


@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


@trace
def checked_sqrt(x):
    if x < 0:
        raise ValueError(f"negative input {x}")
    return x ** 0.5


print(gcd(84, 36))
try:
    trace(lambda v: checked_sqrt(v))(-4)
except ValueError as err:
    print("outer caught:", err)
print("depth restored:", depth, gcd.__name__)


def memo_method(method):
    def wrapper(self, *args):
        cache = self.__dict__.setdefault("_memo", {})
        key = (method.__name__,) + args
        if key not in cache:
            cache[key] = method(self, *args)
        else:
            self.hits += 1
        return cache[key]
    return wrapper


def describe_as(text):
    def decorate(func):
        func.description = text
        return func
    return decorate


class Grid:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.hits = 0

    @memo_method
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

    @describe_as("count of cells")
    def size(self):
        return self.rows * self.cols


g = Grid(10, 10)
print(g.paths(10, 10), g.hits, len(g._memo), g.size(), Grid.size.description, g.size.description)
h = Grid(3, 3)
print(h.paths(3, 3), h.hits, "_memo" in vars(g), g.paths(2, 2), g.hits)


def counted_constructor(cls):
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        type(self).created += 1
        original_init(self, *args, **kwargs)

    cls.created = 0
    cls.__init__ = __init__
    cls.how_many = classmethod(lambda c: f"{c.__name__}: {c.created}")
    return cls


@counted_constructor
class Token:
    def __init__(self, text):
        self.text = text


tokens = [Token(w) for w in "to be or not".split()]
print(Token.how_many(), tokens[-1].text, tokens[0].how_many())
try:
    Token()
except TypeError as err:
    print("TypeError:", err)
print(Token.created)
