# dataclasses: generated __init__/__repr__/__eq__/ordering/hash, field() options, __post_init__, frozen instances, inheritance, asdict/astuple/replace, and the definition errors.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError
from typing import List


@dataclass
class Point:
    x: int
    y: int = 0

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.norm2(), p == Point(3, 4), p != Point(3), Point(1), Point(y=2, x=1))
print(Point.y, [f.name for f in fields(p)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="x", compare=False)

    def __post_init__(self):
        self.count = len(self.items)


a = Inventory("ann")
b = Inventory("bob", ["sword", "shield"])
a.items.append("map")
print(a, b, b.count, Inventory("c") == Inventory("c", secret="y"), Inventory("c").items is not a.items)
print(asdict(b), astuple(b), replace(b, owner="ben"))


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    @property
    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)


c = Color(255, 128, 0)
print(c, c.hex, hash(c) == hash(Color(255, 128, 0)), {c: "orange"}[Color(255, 128, 0)])
try:
    c.r = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))


@dataclass
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), Point3(1, z=5), [f.name for f in fields(Point3)])


@dataclass
class Line:
    start: Point
    end: Point


print(asdict(Line(Point(0, 0), Point(1, 1))), astuple(Line(Point(0), Point(2))))
for bad in ("missing", "extra", "keyword", "twice", "order", "mutable", "hash"):
    try:
        if bad == "missing":
            Line(Point(0))
        elif bad == "extra":
            Point(1, 2, 3)
        elif bad == "keyword":
            Point(1, w=2)
        elif bad == "twice":
            Point(1, x=2)
        elif bad == "order":
            @dataclass
            class Bad:
                a: int = 1
                b: int
        elif bad == "mutable":
            @dataclass
            class Bad2:
                a: list = []
        else:
            hash(Point(1))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
