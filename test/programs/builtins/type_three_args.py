# type(name, bases, namespace) makes a class, as the class statement does.
Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point, Point.__name__, Point.__qualname__, Point.__module__, p.norm(), type(p) is Point)


def describe(self):
    return f"{type(self).__name__} with {self.legs} legs"


Animal = type("Animal", (object,), {"legs": 4, "describe": describe, "__repr__": lambda self: "<animal>"})
Bird = type("Bird", (Animal,), {"legs": 2})
print(Bird().describe(), Animal().describe(), repr(Bird()), Bird.__mro__)
print(issubclass(Bird, Animal), isinstance(Bird(), Animal), Bird.__bases__)
Err = type("Err", (ValueError,), {})
try:
    raise Err("made by type()")
except ValueError as e:
    print(type(e).__name__, e)
print(type(5), type("s"), type(Point), type(type))
for bad in [lambda: type("X", [object], {}), lambda: type("X", (), []), lambda: type(1, (), {}), lambda: type("A", ())]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
