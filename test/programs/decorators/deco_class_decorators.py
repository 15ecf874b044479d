# Class decorators: adding methods and attributes, registering classes, a hand-written
# dataclass-like decorator that builds __init__/__repr__/__eq__ from a field list, and
# decorating classes with a decorator that takes arguments.
plugins = []


def plugin(cls):
    plugins.append(cls.__name__)
    cls.is_plugin = True
    return cls


def with_describe(cls):
    def describe(self):
        return f"{type(self).__name__} with {sorted(vars(self))}"
    cls.describe = describe
    return cls


def record(*fields):
    def decorate(cls):
        def __init__(self, *args):
            if len(args) != len(fields):
                raise TypeError(f"{cls.__name__} expects {len(fields)} values, got {len(args)}")
            for name, value in zip(fields, args):
                setattr(self, name, value)

        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{cls.__name__}({inner})"

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__hash__ = None
        cls.fields = fields
        return cls
    return decorate


@plugin
@with_describe
class Exporter:
    def __init__(self):
        self.fmt = "csv"
        self.rows = 0


@plugin
class Importer:
    pass


print(plugins, Exporter.is_plugin, hasattr(Importer, "describe"))
print(Exporter().describe())


@record("x", "y")
class Point:
    def norm1(self):
        return abs(self.x) + abs(self.y)


@record("name", "qty", "price")
class Item:
    def total(self):
        return self.qty * self.price


p = Point(3, -4)
print(p, p.norm1(), p == Point(3, -4), p == Point(0, 0), p != Point(3, -4))
print(p == (3, -4), Point.fields)
items = [Item("nut", 10, 0.25), Item("bolt", 4, 1.5), Item("gear", 1, 12.0)]
for it in sorted(items, key=Item.total):
    print(it, it.total())
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    hash(p)
except TypeError as err:
    print("TypeError:", err)


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, level):
        self.level = level


c1 = Config(1)
c2 = Config(99)
print(c1 is c2, c2.level, type(Config).__name__)
