# __call__ (callable instances), truthiness from __bool__ and from __len__ (and which one
# wins), and __getattr__ consulted only for attributes that normal lookup cannot find.
class Adder:
    def __init__(self, base):
        self.base = base
        self.calls = 0

    def __call__(self, x, scale=1):
        self.calls += 1
        return self.base + x * scale


class Switch:
    def __init__(self, on): self.on = on
    def __bool__(self): return self.on


class Bag:
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)


class Both(Bag):
    def __bool__(self): return True


class Settings:
    defaults = {"colour": "blue", "size": 10}

    def __init__(self, **given):
        self.given = given

    def __getattr__(self, name):
        if name in self.given:
            return self.given[name]
        if name in Settings.defaults:
            return "default " + str(Settings.defaults[name])
        raise AttributeError(f"no setting {name!r}")

    @property
    def area(self):  # an AttributeError inside a property falls back to __getattr__
        return self.width * self.height

add5 = Adder(5)
print(add5(1), add5(2, scale=10), add5.calls, callable(add5), callable(Bag()), callable(Adder))
print(list(map(add5, [0, 1, 2])), sorted([3, 1, 2], key=Adder(-10)), add5.calls)
for obj in (Switch(True), Switch(False), Bag(), Bag(0), Both(), Adder(0)):
    print(type(obj).__name__, bool(obj), not obj, "yes" if obj else "no", (obj and 1) is obj, (obj or 0) is obj)
print([len(b) for b in (Bag(), Bag(1, 2), Both())], sum(1 for b in [Bag(), Bag(1), Switch(True)] if b))
n = 0
bag = Bag(1, 2, 3)
while bag:
    bag = Bag(*bag.items[1:])
    n += 1
print("loops", n, any([Switch(False), Bag()]), all([Switch(True), Bag(1)]))

class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
s = Settings(size=12)
print(s.size, s.colour, s.given, getattr(s, "font", "fallback"), hasattr(s, "font"))
s.colour = "red"
print(s.colour, sorted(s.__dict__), hasattr(s, "size"), Settings(width=2, height=3).area)
try:
    print(s.area)
except AttributeError as e:
    print("AttributeError", e)
