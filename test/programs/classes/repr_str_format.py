# __repr__ and __str__: print, str(), repr(), f-strings with !r/!s, %-formatting,
# containers use __repr__ of their items, fallbacks when only one is defined.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<Tag " + self.name + ">"


class Label:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return "Label:" + self.text


class Plain:
    pass


p = Point(1, 2.5)
q = Point("a", None)
print(p)
print(q)
print(str(p), repr(p), repr(q))
print(f"{p} {p!r} {p!s} [{q!r}]")
print([p, q])
print((p,), {"k": p}, {1: [p, (q,)]})
print("%s and %r" % (p, q))
print(str([p]), repr((q, q)))
t = Tag("x")
print(t, str(t), f"{t}", [t, t], {t.name: t})
lab = Label("hi")
print(lab, f"{lab}", str(lab), "%s" % lab)
print(repr(lab).startswith("<__main__.Label object at "), repr(lab).endswith(">"))
print(Plain, [Point], repr(Tag), f"{Label}")
pl = Plain()
print(type(pl).__name__, str(pl) == repr(pl), f"{pl}" == repr(pl))
print(format(p), format(t), "{} {!r}".format(p, p))
print(len(str(p)), str(p).upper(), repr(p)[:5])
print(" | ".join(str(x) for x in [p, t, lab]), " | ".join(map(repr, [p, t])))


class Bad:
    def __str__(self):
        return 42


try:
    str(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    format(p, ">10")
except TypeError as e:
    print("TypeError", e)
