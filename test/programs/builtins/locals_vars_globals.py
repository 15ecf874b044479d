# locals(), vars() and globals(): what each namespace holds.
counter = 10


def show(x, y=5):
    total = x + y
    items = [total]
    print(sorted(locals()), locals()["total"])
    print(vars() == locals())

    def closure():
        return total
    return closure


show(1)
g = globals()
print(g is globals(), g["counter"], "show" in g, g["__name__"])
g["made_here"] = 42
print(made_here)


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(3, 4)
print(vars(p), vars(p) is p.__dict__)
vars(p)["z"] = 5
print(p.z)
print("dims" in vars(Point), "__init__" in vars(Point))
import math
print(vars(math)["pi"] == math.pi)
for bad in [lambda: vars(5), lambda: vars("s"), lambda: locals(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


def nested():
    a = 1

    def inner():
        b = 2
        print(sorted(locals()), a)
    inner()


nested()
