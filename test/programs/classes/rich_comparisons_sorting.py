# Rich comparisons: __eq__/__ne__/__lt__/__le__/__gt__/__ge__, reflected comparisons,
# NotImplemented falling back to identity for ==, subclass priority, sorted()/min()/max().
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self): return "v" + ".".join(str(p) for p in self.parts)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if isinstance(other, str):
            other = Version(other)
        return self.parts < other.parts

    def __le__(self, other): return self == other or self < other


class Weight:
    calls = []
    def __init__(self, kg): self.kg = kg

    def __gt__(self, other):
        Weight.calls.append("gt")
        return self.kg > other.kg

    def __ge__(self, other):
        Weight.calls.append("ge")
        return self.kg >= other.kg


class Release(Version):  # a subclass overriding the reflected method is asked first
    def __eq__(self, other):
        print("  Release.__eq__ first")
        return NotImplemented

    def __gt__(self, other): return "Release.__gt__"


a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a == c, a != c, a == b, a != b, a is c)
print(a < b, b < a, a <= c, a > b, b > a, a >= c, b >= a)
print(a < "1.3", a == "1.2", "1.2" == a, a != 1.2, a == None)
vs = [Version(s) for s in ["2.0", "1.10", "1.2", "1.9.1", "0.9", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True), min(vs), max(vs))
print(vs.index(c), vs.count(a), a in vs, Version("3") in vs, [a] == [c])
print(a < b < Version("2.0"), Version("0.1") < a <= c)
print(a == Release("1.2"), Release("1.3") != a, a < Release("0.1"), Release("5") < a)
vs.sort()
print(vs, sorted(vs, key=lambda v: -v.parts[-1]))
light, heavy = Weight(2), Weight(9)
print(light < heavy, heavy < light, light <= heavy, heavy <= light, Weight.calls)
print(max([Weight(1), Weight(5), Weight(3)], key=lambda w: w.kg).kg)
try:
    light > 3
except AttributeError as e:
    print("AttributeError", e)
try:
    5 <= a
except TypeError as e:
    print("TypeError", e)
print([w.kg for w in sorted([heavy, Weight(5), light])], light == Weight(2), light != light)
try:
    Weight(1) < 5
except TypeError as e:
    print("TypeError", e)
