# Class statement basics: class vs instance attributes, __init__ defaults, methods calling
# methods, assigning and deleting instance attributes, __dict__ contents, shadowing; a class
# body that runs statements (loop, comprehension, nested class) and has a docstring.
class Counter:
    kind = "counter"
    step_default = 1
    shared = []
    def __init__(self, name, start=0, step=None):
        self.name = name
        self.value = start
        self.step = self.step_default if step is None else step
    def bump(self):
        self.value += self.step
        return self.value
    def bump_twice(self):
        self.bump()
        return self.bump()
    def describe(self):
        return self.name + "=" + str(self.value) + " (" + self.kind + ")"

a = Counter("a")
b = Counter("b", 10, 5)
print(a.describe(), b.describe())
print(a.bump_twice(), b.bump_twice(), a.bump())
print(sorted(a.__dict__.items()), sorted(b.__dict__.items()))
print(sorted(k for k in Counter.__dict__ if not k.startswith("__")))

# an instance attribute shadows the class attribute until it is deleted
a.kind = "special"
print(a.kind, b.kind, Counter.kind, "kind" in a.__dict__, "kind" in b.__dict__)
del a.kind
print(a.kind, "kind" in a.__dict__)

# changing the class attribute shows through instances that do not shadow it
Counter.kind = "tally"
print(a.describe(), b.describe())
Counter.step_default = 3
c = Counter("c")
print(c.step, a.step, c.bump_twice())

# a mutable class attribute is shared by every instance
a.shared.append("from a")
b.shared.append("from b")
print(Counter.shared, c.shared is a.shared)

# attributes created on the fly, then deleted
c.extra = [1, 2]
c.extra.append(3)
print(c.extra, hasattr(c, "extra"), hasattr(a, "extra"))
del c.extra
print(hasattr(c, "extra"), sorted(c.__dict__))
try:
    del c.extra
except AttributeError as e:
    print("AttributeError", e)
c.__dict__["late"] = 99
setattr(c, "value", -1)
print(c.late, getattr(c, "missing", "default"), c.describe(), type(c) is Counter, Counter.__doc__)

class Palette:
    "Colours built while the class body runs."
    base = ["red", "green"]
    codes = {name: len(name) for name in base}
    for extra in ("blue", "cyan"):
        base = base + [extra]
    class Entry:
        pass

print(Palette.__doc__, Palette.codes, Palette.base, Palette.extra, Palette().base[-1])
print(Palette.Entry.__name__, Palette.Entry.__qualname__, Palette.__name__, Palette.__qualname__)
