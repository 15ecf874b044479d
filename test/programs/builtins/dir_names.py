# dir() on classes, instances, exceptions, modules, built-in values, and with no argument.
import math


class Base:
    kind = "base"

    def shared(self):
        return 1


class Shape(Base):
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0


s = Shape("blob")
s.extra = True
print(dir(Shape))
print(dir(s))
print([n for n in dir(s) if not n.startswith("_")])
print(set(dir(s)) - set(dir(Shape)))


class Oops(ValueError):
    code = 3


print([n for n in dir(Oops("x")) if not n.startswith("__")])
print([n for n in dir(math) if n.startswith("is")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir(3) if not n.startswith("_")])
print("upper" in dir(""), "keys" in dir({}), "add" in dir(set()))


def inside(a, b=2, *rest, **named):
    local_value = a + b
    print(dir())


inside(1)


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Custom()))
print(sorted(n for n in dir() if not n.startswith("__")))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)
